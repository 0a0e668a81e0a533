package id.desatumis.assistance.application;

import id.desatumis.assistance.application.ReferenceViews.ActorPage;
import id.desatumis.assistance.application.ReferenceViews.Freshness;
import id.desatumis.assistance.application.ReferenceViews.LeadHere;
import id.desatumis.assistance.application.ReferenceViews.NamedActor;
import id.desatumis.assistance.domain.ActorType;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.ResponsibilityLead;
import id.desatumis.assistance.persistence.ActorDirectory;
import id.desatumis.assistance.persistence.ReferenceFreshness;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The reference data for the people planning: the actors, and who leads a kind of need in a desa today. A village
 * operator learns the lead of its own desa only (another desa is absent, 404).
 */
@ApplicationScoped
public class ReferenceQueries {

    private final ActorDirectory actors;
    private final ResponsibleActors leads;
    private final ReferenceFreshness freshness;
    private final Pool pool;
    private final Clock clock;

    public ReferenceQueries(ActorDirectory actors, ResponsibleActors leads, ReferenceFreshness freshness, Pool pool,
                            Clock clock) {
        this.actors = actors;
        this.leads = leads;
        this.freshness = freshness;
        this.pool = pool;
        this.clock = clock;
    }

    /** Actors by name, of one type ({@code type} null for every one). */
    public Uni<ActorPage> actors(ActorType type, int page, int size) {
        return fresh().chain(f -> actors.page(pool, type, page, size)
                .map(p -> new ActorPage(p.actors(), page, size, p.total(), f)));
    }

    /** Who leads this kind of need in this desa today; 404 for a desa the caller may not see. */
    public Uni<LeadHere> leadToday(Caller caller, NeedKind kind, String desaCode) {
        if (!caller.maySee(desaCode)) throw Problems.notFound("desa");
        LocalDate today = LocalDate.now(clock);
        return fresh().chain(f -> leads.leadInForce(pool, kind, desaCode, today).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(new LeadHere(kind, desaCode, today, null, null, null, List.of(), null, null, f));
            }
            ResponsibilityLead l = found.get();
            return actors.find(pool, l.leadPartnerId()).map(a -> new LeadHere(kind, desaCode, today,
                    NamedActor.of(l.leadPartnerId(), a.orElse(null)), l.areaCode(), l.areaLevel(),
                    l.supportingPartnerIds(), l.decisionNumber(), l.effectiveFrom(), f));
        }));
    }

    private Uni<Freshness> fresh() {
        return freshness.of(pool, PartnerReferenceUpdates.CONSUMER).map(a -> new Freshness(a.lastEventAt(), a.lastAppliedAt()));
    }
}
