package id.desatumis.assistance.application;

import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.PledgeRef;
import id.desatumis.assistance.persistence.PartnerPledges;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The pledges partner-service published, so that a plan refuses at once a pledge that is unknown, of another kind or
 * area, or not open; what is left of it is the reservation saga's to say. {@code c} may be the plan's transaction.
 */
@ApplicationScoped
public class PledgeRefs {

    private final PartnerPledges pledges;

    public PledgeRefs(PartnerPledges pledges) {
        this.pledges = pledges;
    }

    public Uni<Optional<PledgeRef>> find(SqlClient c, UUID pledgeId) {
        return pledges.find(c, pledgeId);
    }

    /**
     * The pledge, able to serve this kind of need in this desa on that day; {@code pledge-unknown},
     * {@code pledge-other-kind}, {@code pledge-other-area} or {@code pledge-not-open} on {@code field} otherwise.
     */
    public Uni<PledgeRef> requireServes(SqlClient c, String field, UUID pledgeId, NeedKind kind, String desaCode,
                                        LocalDate day) {
        return find(c, pledgeId).map(p -> p.orElseThrow(() -> PledgeRef.unknown(field))
                .requireServes(field, kind, desaCode, day));
    }
}
