package id.desatumis.kit.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import id.desatumis.kit.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The record of who read whose personal data, when and why (the {@value #PURPOSE_HEADER} the caller gave), in the
 * kit's {@code personal_data_access} table. A service that keeps one sets
 * {@code desatumis.audit.personal-data-access.enabled=true} at build time, which serves the log to auditors.
 */
@ApplicationScoped
public class AccessLog {

    public static final String PURPOSE_HEADER = "X-Access-Purpose";

    /** The stated purpose, at most 200 characters; "not stated" when the caller gave none. */
    public static String purpose(String header) {
        if (header == null || header.isBlank()) return "not stated";
        String p = header.strip();
        return p.length() > 200 ? p.substring(0, 200) : p;
    }

    /** One read of a household's personal data (named for the API document, where it is a component). */
    public record PersonalDataAccess(
            @Schema(description = "When it was read", required = true) OffsetDateTime accessedAt,
            @Schema(description = "Who read it (the token's subject)", required = true, examples = "operator-33.14.07.2001") String actor,
            @Schema(description = "The reader's role", required = true, examples = "village-operator") String role,
            @Schema(description = "The household read", required = true, format = "uuid") String householdId,
            @Schema(description = "The purpose the reader gave (X-Access-Purpose)", required = true, examples = "verifikasi musyawarah desa") String purpose,
            @Schema(description = "What was read", required = true, examples = "read-household") String action,
            @Schema(description = "The request's correlation id", required = true, format = "uuid") String correlationId) {
    }

    public Uni<Void> record(SqlClient client, Caller caller, UUID householdId, String purpose, String action,
                            String correlationId) {
        return client.preparedQuery("""
                        INSERT INTO personal_data_access (actor_sub, actor_role, household_id, purpose, action, correlation_id)
                        VALUES ($1, $2, $3, $4, $5, $6)""")
                .execute(Tuple.tuple(java.util.Arrays.asList(caller.subject(), caller.primaryRole(), householdId,
                        purpose, action, correlationId)))
                .replaceWithVoid();
    }

    public Uni<List<PersonalDataAccess>> find(SqlClient client, UUID householdId, int page, int size) {
        String where = householdId == null ? "" : " WHERE household_id = $3";
        long offset = (long) page * size; // an int product overflows past page 4,294,967 of 500
        Tuple params = householdId == null ? Tuple.of(size, offset) : Tuple.of(size, offset, householdId);
        return client.preparedQuery("SELECT accessed_at, actor_sub, actor_role, household_id, purpose, action, correlation_id "
                        + "FROM personal_data_access" + where + " ORDER BY id DESC LIMIT $1 OFFSET $2")
                .execute(params)
                .map(rows -> {
                    List<PersonalDataAccess> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new PersonalDataAccess(r.getOffsetDateTime(0), r.getString(1), r.getString(2),
                            r.getUUID(3).toString(), r.getString(4), r.getString(5), r.getString(6))));
                    return out;
                });
    }
}
