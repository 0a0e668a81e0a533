package id.desatumis.assessment.application;

import id.desatumis.assessment.persistence.AssessmentViews;
import id.desatumis.kit.api.IdempotencyRecords;
import id.desatumis.kit.crypto.SubjectKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;

/**
 * When the registry erases a household, this service forgets it too: the household's data key is deleted (its
 * stored assessments, sealed under it, can no longer be read by anyone), its rows leave the read model, the
 * idempotent answers about it (an assessment's class) are deleted, and no key is ever made for it again. The events stay, so the hash chains still verify.
 */
@ApplicationScoped
public class HouseholdForgetting {

    private final SubjectKeys keys;
    private final AssessmentViews views;
    private final IdempotencyRecords idempotency;

    public HouseholdForgetting(SubjectKeys keys, AssessmentViews views, IdempotencyRecords idempotency) {
        this.keys = keys;
        this.views = views;
        this.idempotency = idempotency;
    }

    public Uni<Void> forget(SqlConnection tx, UUID householdId, UUID registryEventId) {
        return keys.erase(tx, Map.of(householdId, "household"), "registry-service",
                        "erased in the registry (event " + registryEventId + ")")
                .chain(() -> views.forget(tx, householdId))
                .chain(() -> idempotency.forgetSubject(tx, householdId));
    }

    /**
     * A person erased alone: their key goes, and with it their answers in every assessment sealed since members were
     * sealed apart (the household's assessments stay readable without them).
     */
    public Uni<Void> forgetPerson(SqlConnection tx, UUID memberId, UUID registryEventId) {
        return keys.erase(tx, Map.of(memberId, "person"), "registry-service",
                "erased in the registry (event " + registryEventId + ")");
    }
}
