package id.desatumis.monitoring.application;

import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.domain.Scorecard;
import id.desatumis.monitoring.persistence.ProjectionReads;
import id.desatumis.monitoring.persistence.ScorecardQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Actors' scorecards, and who may read which: programme staff (dinsos, tkpkd, auditor) every one; an office its own
 * (the actor whose office code is its token's {@code opd}); a partner its own (its token's {@code partner_id}).
 */
@ApplicationScoped
public class ScorecardReader {

    private final ProjectionReads reads;
    private final ScorecardQueries queries;
    private final Clock clock;

    public ScorecardReader(ProjectionReads reads, ScorecardQueries queries, Clock clock) {
        this.reads = reads;
        this.queries = queries;
        this.clock = clock;
    }

    /** A page of scorecards, of one partner type or all. */
    public Uni<Fresh<PageOf<Scorecard>>> page(String type, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        return Fresh.read(reads, tx -> queries.actors(tx, type, page, size)
                .chain(p -> queries.of(tx, p.ids(), today).map(cards -> new PageOf<>(cards, page, size, p.total()))));
    }

    /** One actor's scorecard, if the caller may read it: 403 for another's, 404 for an actor not registered. */
    public Uni<Fresh<Scorecard>> of(Caller caller, UUID partnerId) {
        LocalDate today = LocalDate.now(clock);
        return Fresh.read(reads, tx -> queries.officeOf(tx, partnerId).chain(office -> {
            if (!mayRead(caller, partnerId, office)) {
                throw new ProblemException(Problems.FORBIDDEN, "an office or partner reads its own scorecard only");
            }
            if (office.isEmpty()) throw Problems.notFound("partner");
            return queries.of(tx, List.of(partnerId), today).map(cards -> cards.get(0));
        }));
    }

    /** The caller's own scorecard: its office's, or its partner's. */
    public Uni<Fresh<Scorecard>> mine(Caller caller) {
        if (caller.has(Roles.OPD) && caller.opdCode() != null) {
            return reads.read(tx -> queries.actorOfOffice(tx, caller.opdCode()))
                    .chain(actor -> of(caller, actor.orElseThrow(() -> Problems.notFound("the actor of your office"))));
        }
        UUID partner = partnerIdOf(caller).orElseThrow(() -> Problems.notFound("the actor of your partner_id"));
        return of(caller, partner);
    }

    private static boolean mayRead(Caller caller, UUID partnerId, Optional<String> office) {
        if (caller.has(Roles.DINSOS) || caller.has(Roles.TKPKD) || caller.has(Roles.AUDITOR)) return true;
        if (caller.has(Roles.PARTNER) && partnerIdOf(caller).filter(partnerId::equals).isPresent()) return true;
        return caller.has(Roles.OPD) && caller.opdCode() != null && office.filter(caller.opdCode()::equals).isPresent();
    }

    private static Optional<UUID> partnerIdOf(Caller caller) {
        if (!caller.has(Roles.PARTNER) || caller.partnerId() == null) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(caller.partnerId()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

}
