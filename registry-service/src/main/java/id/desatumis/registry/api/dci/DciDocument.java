package id.desatumis.registry.api.dci;

import id.desatumis.registry.api.ApiPatterns;
import id.desatumis.registry.api.HouseholdView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The shapes of the DCI Social Registry sync search as {@link DciSyncSearchResource} reads and writes them (it reads
 * the envelope as a tree, so that a request it does not support is answered {@code rjct} on its own): written for
 * the OpenAPI document only. Names are the DCI's, in snake case.
 */
public final class DciDocument {

    private DciDocument() {
    }

    static final String UUID_EXAMPLE = "3f9c2a61-7d4e-4b8a-9e05-1c6b7d2f8a43";
    static final String TS_EXAMPLE = "2026-11-30T08:15:02Z";

    @Schema(name = "DciSearchRequest", description = "A DCI sync search request: a header and one to 100 search requests")
    public record SearchRequest(
            @Schema(description = "The message header", required = true) RequestHeader header,
            @Schema(description = "The message", required = true) RequestMessage message) {
    }

    @Schema(name = "DciRequestHeader", description = "The DCI message header: must be an object; sender_id is answered as "
            + "receiver_id, the other fields are not read")
    public record RequestHeader(
            @Schema(description = "The DCI version", examples = "1.0.0") String version,
            @Schema(description = "The sender's message id", examples = UUID_EXAMPLE) String message_id,
            @Schema(description = "When the message was sent", format = "date-time", examples = TS_EXAMPLE) String message_ts,
            @Schema(description = "The action", examples = "search") String action,
            @Schema(description = "The sending system", examples = "dinkes-sragen") String sender_id,
            @Schema(description = "This registry", examples = "desatumis-registry") String receiver_id,
            @Schema(description = "How many search requests", minimum = "1", examples = "1") Integer total_count,
            @Schema(description = "Whether the message is encrypted (it is read as plain JSON)", examples = "false")
            Boolean is_msg_encrypted) {
    }

    @Schema(name = "DciRequestMessage", description = "The searches")
    public record RequestMessage(
            @Schema(description = "The sender's transaction id, answered back", examples = "txn-2026-11-30-0001")
            String transaction_id,
            @Schema(description = "One to 100 searches, each answered on its own", required = true, minItems = 1, maxItems = 100)
            List<SearchItem> search_request) {
    }

    @Schema(name = "DciSearchItem", description = "One search: by NIK or KK number")
    public record SearchItem(
            @Schema(description = "The sender's reference, answered back", examples = "req-1") String reference_id,
            @Schema(description = "When it was asked", format = "date-time", examples = TS_EXAMPLE) String timestamp,
            @Schema(description = "What is searched", required = true) SearchCriteria search_criteria) {
    }

    @Schema(name = "DciSearchCriteria", description = "What is searched: only idtype-value (another is answered rjct)")
    public record SearchCriteria(
            @Schema(description = "The query type", required = true, enumeration = "idtype-value", examples = "idtype-value")
            String query_type,
            @Schema(description = "The identifier searched", required = true) IdQuery query) {
    }

    @Schema(name = "DciIdQuery", description = "An identifier: NIK or KK (any case) and its 16 digits; another type or "
            + "value "
            + "is answered rjct")
    public record IdQuery(
            @Schema(description = "The identifier's type", required = true, enumeration = {"NIK", "KK"}, examples = "NIK")
            String type,
            @Schema(description = "The identifier: 16 digits", required = true, pattern = ApiPatterns.NIK,
                    examples = ApiPatterns.NIK_EXAMPLE) String value) {
    }

    @Schema(name = "DciSearchResponse", description = "The answer: a header and one search response per search request")
    public record SearchResponse(
            @Schema(description = "The message header", required = true) ResponseHeader header,
            @Schema(description = "The message", required = true) ResponseMessage message) {
    }

    @Schema(name = "DciResponseHeader", description = "The answer's header")
    public record ResponseHeader(
            @Schema(description = "The DCI version of this answer", required = true, enumeration = "1.0.0", examples = "1.0.0") String version,
            @Schema(description = "This answer's id", required = true, format = "uuid", examples = UUID_EXAMPLE) String message_id,
            @Schema(description = "When the answer was made", required = true, format = "date-time", examples = TS_EXAMPLE) String message_ts,
            @Schema(description = "The answer's action", required = true, enumeration = "on-search", examples = "on-search") String action,
            @Schema(description = "succ: every search answered; part: some rejected; rjct: all rejected", required = true,
                    enumeration = {"succ", "part", "rjct"}, examples = "succ") String status,
            @Schema(description = "How many searches", required = true, minimum = "1", examples = "1") int total_count,
            @Schema(description = "How many were not rejected", required = true, minimum = "0", examples = "1") int completed_count,
            @Schema(description = "This registry", required = true, enumeration = "desatumis-registry", examples = "desatumis-registry") String sender_id,
            @Schema(description = "The request's sender_id (empty when absent)", required = true, examples = "dinkes-sragen")
            String receiver_id,
            @Schema(description = "Always false: the answer is plain JSON", required = true, examples = "false") boolean is_msg_encrypted) {
    }

    @Schema(name = "DciResponseMessage", description = "The answers, in the order of the searches")
    public record ResponseMessage(
            @Schema(description = "The request's transaction_id (empty when absent)", required = true,
                    examples = "txn-2026-11-30-0001") String transaction_id,
            @Schema(description = "This request's correlation id", required = true, examples = UUID_EXAMPLE) String correlation_id,
            @Schema(description = "One answer per search request, in their order", required = true) List<SearchAnswer> search_response) {
    }

    @Schema(name = "DciSearchAnswer", description = "One search's answer: succ with data and pagination, or rjct with a "
            + "reason")
    public record SearchAnswer(
            @Schema(description = "The search's reference_id (empty when absent)", required = true, examples = "req-1")
            String reference_id,
            @Schema(description = "When the search was answered", required = true, format = "date-time", examples = TS_EXAMPLE) String timestamp,
            @Schema(description = "The language of status_reason_message", required = true, enumeration = "en", examples = "en") String locale,
            @Schema(description = "succ: searched (found or not); rjct: not searched, see status_reason_code", required = true, enumeration = {"succ", "rjct"}, examples = "succ") String status,
            @Schema(description = "Why it was rejected", enumeration = {"rjct.query_type.invalid", "rjct.id_type.invalid",
                    "rjct.value.invalid"}, examples = "rjct.value.invalid") String status_reason_code,
            @Schema(description = "The reason in words", examples = "16 digits") String status_reason_message,
            @Schema(description = "For succ: what was found") Data data,
            @Schema(description = "For succ: the single page of records") Pagination pagination) {
    }

    @Schema(name = "DciData", description = "The records found: none or one")
    public record Data(
            @Schema(description = "The DCI version of this answer", required = true, enumeration = "1.0.0", examples = "1.0.0") String version,
            @Schema(description = "The registry type", required = true, enumeration = "ns:org:RegistryType:Social", examples = "ns:org:RegistryType:Social")
            String reg_type,
            @Schema(description = "The record type: a household", required = true, enumeration = "ns:org:RegistryRecordType:Household",
                    examples = "ns:org:RegistryRecordType:Household") String reg_record_type,
            @Schema(description = "The household found: none or one", required = true, maxItems = 1) List<Record> reg_records) {
    }

    @Schema(name = "DciRecord", description = "The registered household of the identifier; the full household only for "
            + "dinsos")
    public record Record(
            @Schema(description = "Always true: the identifier belongs to a registered household", required = true, examples = "true") boolean registered,
            @Schema(description = "The household's id", required = true, format = "uuid", examples = ApiPatterns.HOUSEHOLD_ID_EXAMPLE) String household_id,
            @Schema(description = "The household's desa", required = true, pattern = ApiPatterns.DESA, examples = ApiPatterns.DESA_EXAMPLE) String desa_code,
            @Schema(description = "active; merged (continues as merged_into); erased", required = true, enumeration = {"active", "merged", "erased"}, examples = "active") String household_status,
            @Schema(description = "The household a merged one continues as", format = "uuid",
                    examples = "5b0e2d71-93a4-4c1e-a7f6-0d8c3b5e9f24") String merged_into,
            @Schema(description = "The household as dinsos sees it (dinsos only)") HouseholdView household) {
    }

    @Schema(name = "DciPagination", description = "One page holding every record found")
    public record Pagination(
            @Schema(description = "Records per page (at least 1)", required = true, minimum = "1", examples = "1") int page_size,
            @Schema(description = "Always 1", required = true, enumeration = "1", examples = "1") int page_number,
            @Schema(description = "How many records: 0 or 1", required = true, minimum = "0", maximum = "1", examples = "1") int total_count) {
    }
}
