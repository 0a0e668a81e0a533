package id.desatumis.assistance.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The household_reference_codes table: the hash of each household's latest reference code, from the registry's
 * events. Its only writer.
 */
@ApplicationScoped
public class ReferenceCodeRows {

    /** A code the registry issued. */
    public record Issued(UUID householdId, String codeHash, OffsetDateTime issuedAt) {
    }

    /**
     * The latest code of each household replaces the one before (which stops working). A hash held by another
     * household (the registry never issues one twice; a replayed older event might) is taken from it.
     */
    public Uni<Void> issued(SqlClient tx, List<Issued> codes) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Issued code : codes) {
            chain = chain.chain(() -> tx.preparedQuery(
                            "DELETE FROM household_reference_codes WHERE code_hash = $2 AND household_id <> $1")
                    .execute(Tuple.of(code.householdId(), code.codeHash())))
                    .chain(() -> tx.preparedQuery("""
                            INSERT INTO household_reference_codes AS r (household_id, code_hash, issued_at) VALUES ($1, $2, $3)
                            ON CONFLICT (household_id) DO UPDATE SET code_hash = EXCLUDED.code_hash, issued_at = EXCLUDED.issued_at
                            WHERE r.issued_at <= EXCLUDED.issued_at""")
                    .execute(Tuple.of(code.householdId(), code.codeHash(), code.issuedAt())).replaceWithVoid());
        }
        return chain;
    }

    /** The codes of households that are gone (erased, merged into another): they no longer answer. */
    public Uni<Void> forget(SqlClient tx, Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) return Uni.createFrom().voidItem();
        return tx.preparedQuery("DELETE FROM household_reference_codes WHERE household_id = ANY($1)")
                .execute(Tuple.of(householdIds.toArray(UUID[]::new))).replaceWithVoid();
    }

    public Uni<Optional<UUID>> householdOf(SqlClient c, String codeHash) {
        return c.preparedQuery("SELECT household_id FROM household_reference_codes WHERE code_hash = $1")
                .execute(Tuple.of(codeHash))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID(0)));
    }
}
