package id.desatumis.registry.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code duplicate_flags} table, and every statement on it: Dinas Sosial's review queue of likely duplicates. */
@ApplicationScoped
public class DuplicateFlags {

    /** A flag raised on a new member who looks like {@code otherMemberId} of {@code otherHouseholdId}. */
    public record Raised(UUID flagId, UUID householdId, UUID memberId, UUID otherHouseholdId, UUID otherMemberId,
                         String desaCode, String reason) {
    }

    public record Flag(String flagId, String householdId, String memberId, String otherHouseholdId, String otherMemberId,
                       String desaCode, String reason, String status, String resolutionReason, OffsetDateTime createdAt) {
    }

    public Uni<Void> openAll(SqlClient tx, List<Raised> flags) {
        if (flags.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("""
                        INSERT INTO duplicate_flags (flag_id, household_id, member_id, other_household_id, other_member_id,
                                                     desa_code, reason, status)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, 'open')""")
                .executeBatch(flags.stream().map(f -> Tuple.tuple(List.of(f.flagId(), f.householdId(), f.memberId(),
                        f.otherHouseholdId(), f.otherMemberId(), f.desaCode(), f.reason()))).toList())
                .replaceWithVoid();
    }

    public Uni<Void> resolve(SqlClient tx, UUID flagId, String outcome, String reason) {
        return tx.preparedQuery("""
                        UPDATE duplicate_flags SET status = $2, resolution_reason = $3, resolved_at = now()
                        WHERE flag_id = $1""").execute(Tuple.of(flagId, outcome, reason)).replaceWithVoid();
    }

    /**
     * Blanks the resolution reasons of the flags on an erased household or person. Staff write them about the family
     * ("the same Pak Sukarjo, registered twice"), and the event that carries one has it sealed under the household's
     * key; this copy in clear would outlive the erasure (found by the registry's PersonalDataProofTest). The flags
     * themselves stay: ids, rule and outcome are not personal, and the review queue's history keeps its shape.
     */
    public Uni<Void> forget(SqlClient tx, UUID householdId, java.util.Collection<UUID> people) {
        return tx.preparedQuery("""
                        UPDATE duplicate_flags SET resolution_reason = NULL
                        WHERE resolution_reason IS NOT NULL
                          AND (household_id = $1 OR other_household_id = $1
                               OR member_id = ANY($2) OR other_member_id = ANY($2))""")
                .execute(Tuple.of(householdId, people.toArray(UUID[]::new))).replaceWithVoid();
    }

    /** The household a flag was raised on, or null for no such flag. */
    public Uni<UUID> householdOf(SqlClient client, UUID flagId) {
        return client.preparedQuery("SELECT household_id FROM duplicate_flags WHERE flag_id = $1").execute(Tuple.of(flagId))
                .map(rows -> rows.rowCount() == 0 ? null : rows.iterator().next().getUUID(0));
    }

    /** A desa's flags in one status, oldest first (at most 500). */
    public Uni<List<Flag>> queue(SqlClient client, String desaCode, String status) {
        return client.preparedQuery("""
                        SELECT flag_id, household_id, member_id, other_household_id, other_member_id, desa_code, reason, status,
                               resolution_reason, created_at
                        FROM duplicate_flags WHERE desa_code = $1 AND status = $2 ORDER BY created_at LIMIT 500""")
                .execute(Tuple.of(desaCode, status))
                .map(rows -> {
                    List<Flag> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new Flag(r.getUUID(0).toString(), r.getUUID(1).toString(), r.getUUID(2).toString(),
                            r.getUUID(3).toString(), r.getUUID(4).toString(), r.getString(5), r.getString(6), r.getString(7),
                            r.getString(8), r.getOffsetDateTime(9))));
                    return out;
                });
    }
}
