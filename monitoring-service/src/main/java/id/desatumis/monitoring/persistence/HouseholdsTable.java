package id.desatumis.monitoring.persistence;

import id.desatumis.monitoring.domain.HouseholdChange;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The households table (projection/10-households.sql): its only writer, and the desa summary read from it.
 */
@ApplicationScoped
public class HouseholdsTable {

    /*
     * One statement for the batch, one row per household (a household's facts are folded before). A column left null
     * by the batch keeps its value; listed_at and assessed_at keep the earliest (least() ignores nulls).
     */
    private static final String UPSERT = """
            INSERT INTO households AS h (household_id, registry_desa, assessed_desa, members, listed_at, gone_at,
                gone_reason, assessed_at, assessment_id, found_class, verified_at, verified_class, rejected_at,
                needs_identified_at, graduated_at, needs_met_at)
            SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::timestamptz[], $6::timestamptz[],
                $7::text[], $8::timestamptz[], $9::uuid[], $10::text[], $11::timestamptz[], $12::text[],
                $13::timestamptz[], $14::timestamptz[], $15::timestamptz[], $16::timestamptz[])
            ON CONFLICT (household_id) DO UPDATE SET
                registry_desa = coalesce(EXCLUDED.registry_desa, h.registry_desa),
                assessed_desa = coalesce(EXCLUDED.assessed_desa, h.assessed_desa),
                members = h.members + EXCLUDED.members,
                listed_at = least(h.listed_at, EXCLUDED.listed_at),
                gone_at = coalesce(EXCLUDED.gone_at, h.gone_at),
                gone_reason = coalesce(EXCLUDED.gone_reason, h.gone_reason),
                assessed_at = least(h.assessed_at, EXCLUDED.assessed_at),
                assessment_id = coalesce(EXCLUDED.assessment_id, h.assessment_id),
                found_class = coalesce(EXCLUDED.found_class, h.found_class),
                verified_at = coalesce(EXCLUDED.verified_at, h.verified_at),
                verified_class = coalesce(EXCLUDED.verified_class, h.verified_class),
                rejected_at = coalesce(EXCLUDED.rejected_at, h.rejected_at),
                needs_identified_at = coalesce(EXCLUDED.needs_identified_at, h.needs_identified_at),
                graduated_at = coalesce(EXCLUDED.graduated_at, h.graduated_at),
                needs_met_at = coalesce(EXCLUDED.needs_met_at, h.needs_met_at)""";

    /** Households listed (registered, not merged away or erased) in a desa, and their members. */
    public record DesaCount(int households, int members) {
    }

    /** Writes the batch's changes, one per household, in one statement. */
    public Uni<Void> apply(SqlClient tx, Collection<HouseholdChange> changes) {
        if (changes.isEmpty()) return Uni.createFrom().voidItem();
        List<HouseholdChange> rows = List.copyOf(changes);
        return tx.preparedQuery(UPSERT).execute(Tuple.from(List.of(
                        column(rows, HouseholdChange::householdId, UUID[]::new),
                        column(rows, HouseholdChange::registryDesa, String[]::new),
                        column(rows, HouseholdChange::assessedDesa, String[]::new),
                        rows.stream().map(HouseholdChange::membersDelta).toArray(Integer[]::new),
                        times(rows, HouseholdChange::listedAt),
                        times(rows, HouseholdChange::goneAt),
                        column(rows, HouseholdChange::goneReason, String[]::new),
                        times(rows, HouseholdChange::assessedAt),
                        column(rows, HouseholdChange::assessmentId, UUID[]::new),
                        column(rows, HouseholdChange::foundClass, String[]::new),
                        times(rows, HouseholdChange::verifiedAt),
                        column(rows, HouseholdChange::verifiedClass, String[]::new),
                        times(rows, HouseholdChange::rejectedAt),
                        times(rows, HouseholdChange::needsIdentifiedAt),
                        times(rows, HouseholdChange::graduatedAt),
                        times(rows, HouseholdChange::needsMetAt))))
                .replaceWithVoid();
    }

    /** The registry's counts of one desa: households listed and not gone, and their members. */
    public Uni<DesaCount> count(SqlClient client, String desaCode) {
        return client.preparedQuery("""
                        SELECT count(*)::int AS households, coalesce(sum(members), 0)::int AS members FROM households
                        WHERE desa_code = $1 AND listed_at IS NOT NULL AND gone_at IS NULL""")
                .execute(Tuple.of(desaCode))
                .map(rows -> {
                    var r = rows.iterator().next();
                    return new DesaCount(r.getInteger("households"), r.getInteger("members"));
                });
    }

    private static <T> T[] column(List<HouseholdChange> rows, Function<HouseholdChange, T> field,
                                  java.util.function.IntFunction<T[]> array) {
        return rows.stream().map(field).toArray(array);
    }

    private static OffsetDateTime[] times(List<HouseholdChange> rows, Function<HouseholdChange, OffsetDateTime> field) {
        return column(rows, field, OffsetDateTime[]::new);
    }
}
