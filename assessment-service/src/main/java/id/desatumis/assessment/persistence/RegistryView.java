package id.desatumis.assessment.persistence;

import id.desatumis.assessment.domain.RegisteredHousehold;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/** The registry's households as its events announced them: desa, members, merged or erased. */
@ApplicationScoped
public class RegistryView {

    /** A member as the registry announces it: opaque id, sex, age band. */
    public record MemberRef(UUID memberId, String sex, String ageBand) {
    }

    /**
     * What a new form must be checked against, in one round trip: which household's assessment already has this id
     * (stored or held), and the household as the registry announced it (null if not yet).
     */
    public record FormFacts(UUID storedFor, UUID heldFor, RegisteredHousehold household) {
    }

    public Uni<FormFacts> factsFor(SqlClient c, UUID householdId, UUID assessmentId) {
        return c.preparedQuery("""
                        SELECT (SELECT household_id FROM assessment_view WHERE assessment_id = $2) AS stored_for,
                               (SELECT household_id FROM pending_assessment WHERE assessment_id = $2) AS held_for,
                               h.desa_code, h.standing, h.merged_into, h.desil,
                               array(SELECT m.member_id FROM registry_member m
                                     WHERE m.household_id = $1 AND m.present) AS members
                        FROM (VALUES (1)) AS one LEFT JOIN registry_household h ON h.household_id = $1""")
                .execute(Tuple.of(householdId, assessmentId))
                .map(rows -> {
                    var r = rows.iterator().next();
                    RegisteredHousehold h = r.getString("standing") == null ? null
                            : new RegisteredHousehold(householdId, r.getString("desa_code"),
                                    RegisteredHousehold.Standing.valueOf(r.getString("standing")), r.getUUID("merged_into"),
                                    new HashSet<>(List.of(r.getArrayOfUUIDs("members"))), r.getInteger("desil"));
                    return new FormFacts(r.getUUID("stored_for"), r.getUUID("held_for"), h);
                });
    }

    /** The household as the registry announced it, or null if not yet. */
    public Uni<RegisteredHousehold> find(SqlClient c, UUID householdId) {
        return factsFor(c, householdId, null).map(FormFacts::household);
    }

    /**
     * Members the registry announced joining a household; {@code registers} when the event also announced the
     * household itself (desa and desil then given).
     */
    public record Joining(UUID householdId, boolean registers, String desaCode, Integer desil, List<MemberRef> members) {
    }

    /**
     * Applies a run of joinings as two multi-row statements (an import announces thousands of households a second):
     * first every registered household, then every member. The same as applying them one by one, because a stream's
     * members join only after it registered and a member announced twice in the run keeps its last announcement.
     */
    public Uni<Void> joined(SqlClient tx, List<Joining> run) {
        List<Joining> registering = run.stream().filter(Joining::registers).toList();
        Map<List<UUID>, Tuple> members = new LinkedHashMap<>();
        for (Joining j : run) {
            for (MemberRef m : j.members()) {
                List<UUID> key = List.of(j.householdId(), m.memberId());
                members.remove(key);
                members.put(key, Tuple.of(j.householdId(), m.memberId(), m.sex(), m.ageBand()));
            }
        }
        Uni<Void> households = registering.isEmpty() ? Uni.createFrom().voidItem() : tx.preparedQuery("""
                        INSERT INTO registry_household (household_id, desa_code, standing, desil)
                        SELECT h, d, 'ACTIVE', s FROM unnest($1::uuid[], $2::text[], $3::int[]) AS t(h, d, s)
                        ON CONFLICT (household_id) DO NOTHING""")
                .execute(Tuple.of(registering.stream().map(Joining::householdId).toArray(UUID[]::new),
                        registering.stream().map(Joining::desaCode).toArray(String[]::new),
                        registering.stream().map(Joining::desil).toArray(Integer[]::new)))
                .replaceWithVoid();
        if (members.isEmpty()) return households;
        List<Tuple> rows = List.copyOf(members.values());
        return households.chain(() -> tx.preparedQuery("""
                        INSERT INTO registry_member (household_id, member_id, sex, age_band, present)
                        SELECT t.h, t.m, t.s, t.a, true FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS t(h, m, s, a)
                        WHERE EXISTS (SELECT 1 FROM registry_household WHERE household_id = t.h)
                        ON CONFLICT (household_id, member_id) DO UPDATE SET present = true, sex = EXCLUDED.sex,
                            age_band = EXCLUDED.age_band""")
                .execute(Tuple.of(column(rows, 0, UUID[]::new), column(rows, 1, UUID[]::new),
                        column(rows, 2, String[]::new), column(rows, 3, String[]::new)))
                .replaceWithVoid());
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] column(List<Tuple> rows, int i, IntFunction<T[]> array) {
        return rows.stream().map(r -> (T) r.getValue(i)).toArray(array);
    }

    public Uni<Void> membersLeft(SqlClient tx, UUID householdId, List<UUID> memberIds) {
        return tx.preparedQuery("UPDATE registry_member SET present = false WHERE household_id = $1 AND member_id = ANY($2)")
                .execute(Tuple.of(householdId, memberIds.toArray(UUID[]::new))).replaceWithVoid();
    }

    public Uni<Void> moved(SqlClient tx, UUID householdId, String toDesaCode) {
        return tx.preparedQuery("UPDATE registry_household SET desa_code = $2, updated_at = now() WHERE household_id = $1")
                .execute(Tuple.of(householdId, toDesaCode)).replaceWithVoid();
    }

    public Uni<Void> merged(SqlClient tx, UUID householdId, UUID survivorId) {
        return tx.preparedQuery("""
                        UPDATE registry_household SET standing = 'MERGED', merged_into = $2, updated_at = now()
                        WHERE household_id = $1""")
                .execute(Tuple.of(householdId, survivorId))
                .chain(() -> tx.preparedQuery("UPDATE registry_member SET present = false WHERE household_id = $1")
                        .execute(Tuple.of(householdId)))
                .replaceWithVoid();
    }

    /** An erased household is remembered only as erased: its members' sex and age bands go. */
    public Uni<Void> erased(SqlClient tx, UUID householdId) {
        return tx.preparedQuery("UPDATE registry_household SET standing = 'ERASED', updated_at = now() WHERE household_id = $1")
                .execute(Tuple.of(householdId))
                .chain(() -> tx.preparedQuery("DELETE FROM registry_member WHERE household_id = $1").execute(Tuple.of(householdId)))
                .replaceWithVoid();
    }

    public Uni<Void> personErased(SqlClient tx, UUID householdId, UUID memberId) {
        return tx.preparedQuery("""
                        UPDATE registry_member SET present = false, sex = NULL, age_band = NULL
                        WHERE household_id = $1 AND member_id = $2""")
                .execute(Tuple.of(householdId, memberId)).replaceWithVoid();
    }

    /** Active households of a desa: the top of the funnel. */
    public Uni<Long> listed(SqlClient c, String desaCode) {
        return c.preparedQuery("SELECT count(*) AS n FROM registry_household WHERE desa_code = $1 AND standing = 'ACTIVE'")
                .execute(Tuple.of(desaCode)).map(rows -> rows.iterator().next().getLong("n"));
    }
}
