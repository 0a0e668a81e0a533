package id.desatumis.registry.api.dci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.RequestContext;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.api.HouseholdQueryResource;
import id.desatumis.registry.api.HouseholdViews;
import id.desatumis.registry.application.HouseholdRepository;
import id.desatumis.registry.application.IdentityHasher;
import id.desatumis.registry.domain.Household;
import id.desatumis.kit.audit.AccessLog;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The synchronous search of the DCI Social Registry API, so other offices' systems can ask the registry
 * without learning this API: {@code idtype-value} queries by {@code NIK} or {@code KK}. An office ({@code opd})
 * learns only whether the person or family is registered, the household id, its desa and status; Dinas Sosial
 * gets the full record (and that read is recorded). A malformed envelope is a problem; a search request we do
 * not support is answered {@code rjct} on its own, the others still answered.
 */
@Path("/registry/sync/search")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DciSyncSearchResource {

    static final int MAX_REQUESTS = 100;

    private final Pool pool;
    private final HouseholdRepository households;
    private final IdentityHasher hasher;
    private final AccessLog accessLog;
    private final CallerProvider callers;
    private final RequestContext request;
    private final ObjectMapper mapper;
    private final Clock clock;

    public DciSyncSearchResource(Pool pool, HouseholdRepository households, IdentityHasher hasher, AccessLog accessLog,
                                 CallerProvider callers, RequestContext request, ObjectMapper mapper, Clock clock) {
        this.pool = pool;
        this.households = households;
        this.hasher = hasher;
        this.accessLog = accessLog;
        this.callers = callers;
        this.request = request;
        this.mapper = mapper;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.OPD, Roles.DINSOS})
    @Operation(summary = "DCI Social Registry sync search by NIK or KK (idtype-value)")
    public Uni<ObjectNode> search(JsonNode envelope, @HeaderParam(AccessLog.PURPOSE_HEADER) String purpose) {
        Caller caller = callers.current();
        JsonNode header = envelope == null ? null : envelope.get("header");
        JsonNode requests = envelope == null ? null : envelope.path("message").get("search_request");
        if (header == null || !header.isObject()) throw Problems.invalid("header", "required", "the DCI message header");
        if (requests == null || !requests.isArray() || requests.isEmpty()) {
            throw Problems.invalid("message.search_request", "required", "one or more search requests");
        }
        if (requests.size() > MAX_REQUESTS) {
            throw Problems.invalid("message.search_request", "max-size", "at most " + MAX_REQUESTS + " search requests");
        }
        List<Uni<ObjectNode>> answers = new ArrayList<>();
        for (JsonNode r : requests) answers.add(answer(caller, r, purpose));
        return Uni.join().all(answers).andFailFast().map(list -> envelope(header, envelope.path("message"), list));
    }

    private Uni<ObjectNode> answer(Caller caller, JsonNode r, String purpose) {
        ObjectNode out = mapper.createObjectNode();
        out.put("reference_id", r.path("reference_id").asText(""));
        out.put("timestamp", Instant.now(clock).toString());
        out.put("locale", "en");
        JsonNode criteria = r.path("search_criteria");
        String queryType = criteria.path("query_type").asText("");
        String idType = criteria.path("query").path("type").asText("").toUpperCase();
        String value = criteria.path("query").path("value").asText("").strip();
        if (!"idtype-value".equals(queryType)) return Uni.createFrom().item(reject(out, "rjct.query_type.invalid", "only idtype-value is supported"));
        if (!(idType.equals("NIK") || idType.equals("KK")) ) return Uni.createFrom().item(reject(out, "rjct.id_type.invalid", "type is NIK or KK"));
        if (!value.matches("\\d{16}")) return Uni.createFrom().item(reject(out, "rjct.value.invalid", "16 digits"));
        String sql = idType.equals("NIK") ? "SELECT household_id FROM person_identity WHERE nik_hash = $1"
                : "SELECT household_id FROM household_index WHERE kk_hash = $1";
        byte[] hash = idType.equals("NIK") ? hasher.nik(value) : hasher.kk(value);
        return pool.preparedQuery(sql).execute(Tuple.of(Buffer.buffer(hash))).chain(rows -> {
            if (rows.rowCount() == 0) return Uni.createFrom().item(found(out, List.of()));
            UUID id = rows.iterator().next().getUUID(0);
            return households.load(pool, id).chain(state -> {
                ObjectNode record = record(state);
                if (!caller.has(Roles.DINSOS)) return Uni.createFrom().item(found(out, List.of(record)));
                record.set("household", mapper.valueToTree(HouseholdViews.of(state, caller, LocalDate.now(clock))));
                return accessLog.record(pool, caller, id, AccessLog.purpose(purpose), "dci-search",
                        request.correlationId()).replaceWith(found(out, List.of(record)));
            });
        });
    }

    private ObjectNode record(Household.State state) {
        ObjectNode record = mapper.createObjectNode();
        record.put("registered", true);
        record.put("household_id", state.householdId().toString());
        record.put("desa_code", state.desaCode());
        record.put("household_status", state.erased() ? "erased" : state.mergedInto() != null ? "merged" : "active");
        if (state.mergedInto() != null) record.put("merged_into", state.mergedInto().toString());
        return record;
    }

    private ObjectNode found(ObjectNode out, List<ObjectNode> records) {
        out.put("status", "succ");
        ObjectNode data = out.putObject("data");
        data.put("version", "1.0.0");
        data.put("reg_type", "ns:org:RegistryType:Social");
        data.put("reg_record_type", "ns:org:RegistryRecordType:Household");
        ArrayNode array = data.putArray("reg_records");
        records.forEach(array::add);
        ObjectNode pagination = out.putObject("pagination");
        pagination.put("page_size", Math.max(1, records.size()));
        pagination.put("page_number", 1);
        pagination.put("total_count", records.size());
        return out;
    }

    private static ObjectNode reject(ObjectNode out, String code, String message) {
        out.put("status", "rjct");
        out.put("status_reason_code", code);
        out.put("status_reason_message", message);
        return out;
    }

    private ObjectNode envelope(JsonNode requestHeader, JsonNode message, List<ObjectNode> answers) {
        ObjectNode response = mapper.createObjectNode();
        ObjectNode header = response.putObject("header");
        header.put("version", "1.0.0");
        header.put("message_id", UUID.randomUUID().toString());
        header.put("message_ts", Instant.now(clock).toString());
        header.put("action", "on-search");
        long rejected = answers.stream().filter(a -> "rjct".equals(a.path("status").asText())).count();
        header.put("status", rejected == answers.size() ? "rjct" : rejected > 0 ? "part" : "succ");
        header.put("total_count", answers.size());
        header.put("completed_count", answers.size() - rejected);
        header.put("sender_id", "desatumis-registry");
        header.put("receiver_id", requestHeader.path("sender_id").asText(""));
        header.put("is_msg_encrypted", false);
        ObjectNode body = response.putObject("message");
        body.put("transaction_id", message.path("transaction_id").asText(""));
        body.put("correlation_id", request.correlationId());
        ArrayNode list = body.putArray("search_response");
        answers.forEach(list::add);
        return response;
    }
}
