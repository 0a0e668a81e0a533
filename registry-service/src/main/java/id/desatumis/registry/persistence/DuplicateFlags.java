package id.desatumis.registry.persistence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The {@code duplicate_flags} table, and every statement on it: Dinas Sosial's review queue of likely duplicates. */
@ApplicationScoped
public class DuplicateFlags {

    /** A flag raised on a new member who looks like {@code otherMemberId} of {@code otherHouseholdId}. */
    public record Raised(UUID flagId, UUID householdId, UUID memberId, UUID otherHouseholdId, UUID otherMemberId,
                         String desaCode, String reason) {
    }

    @Schema(name = "DuplicateFlag", description = "A likely duplicate: a new member who looks like a member of another household")
    public record Flag(
            @Schema(description = "The flag's id", required = true, format = "uuid", examples = "0f6b8e2c-7a13-4d59-b2c4-9e1d5a3f7b60")
            String flagId,
            @Schema(description = "The household of the new member", required = true, format = "uuid",
                    examples = "8a3c1f52-6e2b-4d8f-9b1a-2f4e6c8d0a17") String householdId,
            @Schema(description = "The new member", required = true, format = "uuid",
                    examples = "1d7e3b9a-0c44-4a4f-8f0e-5b2a9c6d3e81") String memberId,
            @Schema(description = "The household of the member it looks like", required = true, format = "uuid",
                    examples = "5b0e2d71-93a4-4c1e-a7f6-0d8c3b5e9f24") String otherHouseholdId,
            @Schema(description = "The member it looks like", required = true, format = "uuid",
                    examples = "4c2a7e19-8b5d-4f03-a6e1-3d9b0c7f2e58") String otherMemberId,
            @Schema(description = "The desa", required = true, examples = "33.14.07.2001") String desaCode,
            @Schema(description = "Why it was flagged", required = true,
                    enumeration = {"same-name-and-birth-date", "nik-transposition"}, examples = "same-name-and-birth-date")
            String reason,
            @Schema(description = "Its review status", required = true, enumeration = {"open", "dismissed", "merged"},
                    examples = "open") String status,
            @Schema(description = "Dinas Sosial's reason, once resolved; null while open", nullable = true, examples = "orang berbeda, beda orang tua")
            String resolutionReason,
            @Schema(description = "When it was raised", required = true, examples = "2026-11-30T08:15:02Z")
            OffsetDateTime createdAt) {
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
     * An erased household's flags go (they are moot, and their events stay on its stream, sealed). A reviewer's reason
     * is free text that may name the people compared, so every flag about an erased person keeps its ids and outcome
     * but loses the reason: nothing the erasure removed stays here in clear.
     */
    public Uni<Void> forget(SqlClient tx, UUID householdId, Collection<UUID> people) {
        UUID[] members = people.toArray(UUID[]::new);
        Uni<Void> households = householdId == null ? Uni.createFrom().voidItem()
                : tx.preparedQuery("DELETE FROM duplicate_flags WHERE household_id = $1 OR other_household_id = $1")
                        .execute(Tuple.of(householdId)).replaceWithVoid();
        return households.chain(() -> tx.preparedQuery("""
                        UPDATE duplicate_flags SET resolution_reason = NULL
                        WHERE resolution_reason IS NOT NULL AND (member_id = ANY($1) OR other_member_id = ANY($1))""")
                .execute(Tuple.of(members)).replaceWithVoid());
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
