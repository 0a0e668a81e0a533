package id.desatumis.registry.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The bodies the commands answer with, as the use cases build them (maps of ids and versions, kept for Idempotency-Key
 * replays, so never personal data). Written for the OpenAPI document: a resource answers {@code Uni<Response>}, whose
 * body the document cannot see.
 */
public final class CommandAnswers {

    private CommandAnswers() {
    }

    public static final String HOUSEHOLD_ID = "The household's id";
    public static final String VERSION = "The household's version after the command, the same as the ETag's";
    public static final String UUID_EXAMPLE = "8a3c1f52-6e2b-4d8f-9b1a-2f4e6c8d0a17";

    @Schema(name = "HouseholdRegistered", description = "A household registered: its id, version and its members' new ids")
    public record Registered(
            @Schema(description = HOUSEHOLD_ID, format = "uuid", required = true, examples = UUID_EXAMPLE) String householdId,
            @Schema(description = VERSION + " (2: registered, and its reference code issued)", required = true, minimum = "1",
                    examples = "2") long version,
            @Schema(description = "The members' ids, in the order of the request's members", required = true)
            List<String> memberIds,
            @Schema(description = "Ids of the likely-duplicate flags raised for Dinas Sosial's review (same name and "
                    + "birth date "
                    + "in the desa, or a NIK one transposition away); the registration stands", required = true)
            List<String> likelyDuplicateFlags) {
    }

    @Schema(name = "MemberAdded", description = "A member added: the household's version and the member's new id")
    public record MemberAdded(
            @Schema(description = HOUSEHOLD_ID, format = "uuid", required = true, examples = UUID_EXAMPLE) String householdId,
            @Schema(description = VERSION, required = true, minimum = "1", examples = "3") long version,
            @Schema(description = "The new member's id", format = "uuid", required = true,
                    examples = "1d7e3b9a-0c44-4a4f-8f0e-5b2a9c6d3e81") String memberId,
            @Schema(description = "Ids of the likely-duplicate flags raised on the new member, for review", required = true)
            List<String> likelyDuplicateFlags) {
    }

    @Schema(name = "HouseholdChanged", description = "A change recorded on the household: its id and new version")
    public record Changed(
            @Schema(description = HOUSEHOLD_ID, format = "uuid", required = true, examples = UUID_EXAMPLE) String householdId,
            @Schema(description = VERSION, required = true, minimum = "1", examples = "4") long version) {
    }

    @Schema(name = "HouseholdSplitOff", description = "Pecah KK: the new household and the version of the one it left")
    public record SplitOff(
            @Schema(description = "The new household's id", format = "uuid", required = true, examples = UUID_EXAMPLE)
            String householdId,
            @Schema(description = "The new household's version, the same as the ETag's", required = true, minimum = "1",
                    examples = "2") long version,
            @Schema(description = "The household the members left", format = "uuid", required = true,
                    examples = "5b0e2d71-93a4-4c1e-a7f6-0d8c3b5e9f24") String splitFrom,
            @Schema(description = "That household's version after the split", required = true, minimum = "1", examples = "5")
            long splitFromVersion) {
    }

    @Schema(name = "HouseholdErased", description = "A household erased: its personal data can no longer be read")
    public record HouseholdErased(
            @Schema(description = HOUSEHOLD_ID, format = "uuid", required = true, examples = UUID_EXAMPLE) String householdId,
            @Schema(description = VERSION, required = true, minimum = "1", examples = "5") long version,
            @Schema(description = "Always true", required = true, examples = "true") boolean erased) {
    }

    @Schema(name = "PersonErased", description = "One person erased: their personal fields can no longer be read")
    public record PersonErased(
            @Schema(description = HOUSEHOLD_ID, format = "uuid", required = true, examples = UUID_EXAMPLE) String householdId,
            @Schema(description = VERSION, required = true, minimum = "1", examples = "5") long version,
            @Schema(description = "The erased member's id", format = "uuid", required = true,
                    examples = "1d7e3b9a-0c44-4a4f-8f0e-5b2a9c6d3e81") String erasedMemberId) {
    }

    @Schema(name = "DuplicateFlagResolved", description = "A likely-duplicate flag resolved")
    public record FlagResolved(
            @Schema(description = "The flag's id", format = "uuid", required = true,
                    examples = "0f6b8e2c-7a13-4d59-b2c4-9e1d5a3f7b60") String flagId,
            @Schema(description = "How it was resolved", required = true, enumeration = {"dismissed", "merged"},
                    examples = "dismissed") String outcome,
            @Schema(description = "The flagged household's version after the resolution, the same as the ETag's",
                    required = true, minimum = "1", examples = "3") long version) {
    }

    @Schema(name = "ImportAccepted", description = "An import received; its progress at the Location")
    public record ImportAccepted(
            @Schema(description = "The import's id", format = "uuid", required = true,
                    examples = "c2d9a7e4-1b3f-4e8a-9c5d-6f0a2b4e8d13") String importId,
            @Schema(description = "Always received: processing starts in the background", required = true,
                    enumeration = "received", examples = "received") String status) {
    }

    /** The headers of a command's answer. */
    public static final String ETAG = "The household's version as a strong ETag, for a later If-Match";
    public static final String LOCATION = "The household's URL";
    public static final String REPLAYED = "true when this is the stored answer to an earlier request with the same Idempotency-Key";
}
