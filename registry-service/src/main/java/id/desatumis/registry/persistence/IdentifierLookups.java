package id.desatumis.registry.persistence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The {@code identifier_lookups} table: the trace of every lookup by NIK or KK number. */
@ApplicationScoped
public class IdentifierLookups {

    /** One lookup as the auditor reads it: never the identifier, nor its hash. */
    @Schema(name = "IdentifierLookup", description = "One lookup by NIK or KK number: never the identifier, nor its hash")
    public record Entry(
            @Schema(description = "When", required = true, examples = "2026-11-30T08:15:02Z") OffsetDateTime lookedUpAt,
            @Schema(description = "Who: the token's subject", required = true, examples = "staf-dinsos") String actor,
            @Schema(description = "In which role (the token's primary role)", required = true, examples = "opd") String role,
            @Schema(description = "What was looked up", required = true, enumeration = {"NIK", "KK"}, examples = "NIK")
            String identifierType,
            @Schema(description = "Whether a registered household held it", required = true, examples = "true") boolean found,
            @Schema(description = "The household found; null when none was", nullable = true, format = "uuid", examples = "8a3c1f52-6e2b-4d8f-9b1a-2f4e6c8d0a17")
            UUID householdId,
            @Schema(description = "Through which operation", required = true, enumeration = {"search", "dci-search"},
                    examples = "dci-search") String action,
            @Schema(description = "The purpose stated (X-Access-Purpose; \"not stated\" when none)", examples = "verifikasi calon penerima bantuan")
            String purpose,
            @Schema(description = "The request's correlation id", nullable = true, examples = "6f1c2b1e-52d4-4f4e-9a51-1c0d2f2a7e10")
            String correlationId) {
    }

    /** What to list: an actor's lookups, or those of one identifier (by keyed hash), newest first. */
    public record Filter(String actor, String identifierType, byte[] identifierHash) {
    }

    public Uni<Void> record(SqlClient client, String actor, String role, String identifierType, byte[] identifierHash,
                            UUID householdId, String action, String purpose, String correlationId) {
        return client.preparedQuery("""
                        INSERT INTO identifier_lookups (actor_sub, actor_role, identifier_type, identifier_hash, found,
                                                        household_id, action, purpose, correlation_id)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""")
                .execute(Tuple.tuple(Arrays.asList(actor, role, identifierType, Buffer.buffer(identifierHash),
                        householdId != null, householdId, action, purpose, correlationId)))
                .replaceWithVoid();
    }

    public Uni<List<Entry>> page(SqlClient client, Filter filter, int page, int size) {
        return client.preparedQuery("""
                        SELECT looked_up_at, actor_sub, actor_role, identifier_type, found, household_id, action, purpose,
                               correlation_id
                        FROM identifier_lookups
                        WHERE ($1::text IS NULL OR actor_sub = $1)
                          AND ($2::text IS NULL OR (identifier_type = $2 AND identifier_hash = $3))
                        ORDER BY id DESC LIMIT $4 OFFSET $5""")
                .execute(Tuple.tuple(Arrays.asList(filter.actor(), filter.identifierType(),
                        filter.identifierHash() == null ? null : Buffer.buffer(filter.identifierHash()), size,
                        (long) page * size)))
                .map(rows -> {
                    List<Entry> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new Entry(r.getOffsetDateTime(0), r.getString(1), r.getString(2),
                            r.getString(3), r.getBoolean(4), r.getUUID(5), r.getString(6), r.getString(7),
                            r.getString(8))));
                    return out;
                });
    }
}
