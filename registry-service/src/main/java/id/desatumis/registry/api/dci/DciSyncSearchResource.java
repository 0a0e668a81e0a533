package id.desatumis.registry.api.dci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.audit.AccessLog;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.api.HouseholdViews;
import id.desatumis.registry.application.HouseholdReads;
import id.desatumis.registry.application.HouseholdReads.Identifier;
import id.desatumis.registry.application.HouseholdReads.Reader;
import id.desatumis.registry.application.LookupAllowance;
import id.desatumis.registry.domain.Household;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import id.desatumis.registry.api.ApiPatterns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The synchronous search of the DCI Social Registry API, so other offices' systems can ask the registry
 * without learning this API: {@code idtype-value} queries by {@code NIK} or {@code KK}. An office ({@code opd})
 * learns only whether the person or family is registered, the household id, its desa and status; Dinas Sosial
 * gets the full record (and that read is recorded). Every lookup is traced and counted against the caller's
 * allowance ({@link LookupAllowance}: a request past it is 429). A malformed envelope is a problem; a search request we do
 * not support is answered {@code rjct} on its own, the others still answered.
 */
@Path("/registry/sync/search")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "DCI Social Registry", description = "The synchronous search of the DCI Social Registry API, so other offices' "
        + "systems can ask the registry without learning this API: idtype-value queries by NIK or KK")
public class DciSyncSearchResource {

    static final int MAX_REQUESTS = 100;

    private final HouseholdReads reads;
    private final LookupAllowance allowance;
    private final CommandContexts contexts;
    private final ObjectMapper mapper;
    private final Clock clock;

    public DciSyncSearchResource(HouseholdReads reads, LookupAllowance allowance, CommandContexts contexts,
                                 ObjectMapper mapper, Clock clock) {
        this.reads = reads;
        this.allowance = allowance;
        this.contexts = contexts;
        this.mapper = mapper;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.OPD, Roles.DINSOS})
    @Operation(operationId = "dciSyncSearch", summary = "DCI Social Registry sync search by NIK or KK (idtype-value)",
            description = "An office (opd) learns whether the person or family is registered, the household id, desa and "
                    + "status; dinsos gets the full household (and that read is recorded with its purpose). A malformed "
                    + "envelope (no header object, no or more than 100 search requests) is 400; a search this registry does "
                    + "not support is answered rjct on its own, the others still answered. Every identifier is traced and "
                    + "counted against the caller's allowance per minute: past it the whole request is 429.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DciDocument.SearchRequest.class)))
    @APIResponse(responseCode = "200", description = "Every search answered (succ or rjct), in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DciDocument.SearchResponse.class)))
    @APIResponse(responseCode = "429", description = "More NIK or KK lookups in this minute than the caller's allowance",
            headers = @Header(name = "Retry-After", description = "Seconds until the next minute's allowance",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "60")))
    public Uni<ObjectNode> search(
            JsonNode envelope,
            @Parameter(description = ApiPatterns.PURPOSE_WORDS,
            example = ApiPatterns.PURPOSE_EXAMPLE, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(AccessLog.PURPOSE_HEADER) String purpose) {
        Reader reader = new Reader(contexts.current(), purpose);
        JsonNode header = envelope == null ? null : envelope.get("header");
        JsonNode requests = envelope == null ? null : envelope.path("message").get("search_request");
        if (header == null || !header.isObject()) throw Problems.invalid("header", "required", "the DCI message header");
        if (requests == null || !requests.isArray() || requests.isEmpty()) {
            throw Problems.invalid("message.search_request", "required", "one or more search requests");
        }
        if (requests.size() > MAX_REQUESTS) {
            throw Problems.invalid("message.search_request", "max-size", "at most " + MAX_REQUESTS + " search requests");
        }
        allowance.take(reader.ctx().caller(), requests.size());
        List<Uni<ObjectNode>> answers = new ArrayList<>();
        for (JsonNode r : requests) answers.add(answer(reader, r));
        String correlationId = reader.ctx().correlationId();
        return Uni.join().all(answers).andFailFast()
                .map(list -> envelope(header, envelope.path("message"), list, correlationId));
    }

    private Uni<ObjectNode> answer(Reader reader, JsonNode r) {
        ObjectNode out = mapper.createObjectNode();
        out.put("reference_id", r.path("reference_id").asText(""));
        out.put("timestamp", Instant.now(clock).toString());
        out.put("locale", "en");
        JsonNode criteria = r.path("search_criteria");
        String queryType = criteria.path("query_type").asText("");
        String idType = criteria.path("query").path("type").asText("").toUpperCase(Locale.ROOT);
        String value = criteria.path("query").path("value").asText("").strip();
        if (!"idtype-value".equals(queryType)) return Uni.createFrom().item(reject(out, "rjct.query_type.invalid", "only idtype-value is supported"));
        if (!(idType.equals("NIK") || idType.equals("KK"))) return Uni.createFrom().item(reject(out, "rjct.id_type.invalid", "type is NIK or KK"));
        if (!value.matches("\\d{16}")) return Uni.createFrom().item(reject(out, "rjct.value.invalid", "16 digits"));
        Caller caller = reader.ctx().caller();
        return reads.byIdentifier(reader, Identifier.valueOf(idType), value, "dci-search").map(found -> {
            if (found.isEmpty()) return found(out, List.of());
            ObjectNode record = record(found.get());
            if (caller.has(Roles.DINSOS)) {
                record.set("household", mapper.valueToTree(HouseholdViews.of(found.get(), caller, LocalDate.now(clock))));
            }
            return found(out, List.of(record));
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

    private ObjectNode envelope(JsonNode requestHeader, JsonNode message, List<ObjectNode> answers, String correlationId) {
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
        body.put("correlation_id", correlationId);
        ArrayNode list = body.putArray("search_response");
        answers.forEach(list::add);
        return response;
    }
}
