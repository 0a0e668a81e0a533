package id.desatumis.registry.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.ProblemException;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.audit.AccessLog;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.application.HouseholdReads;
import id.desatumis.registry.application.HouseholdReads.HistoryEntry;
import id.desatumis.registry.application.HouseholdReads.Identifier;
import id.desatumis.registry.application.HouseholdReads.Reader;
import id.desatumis.registry.application.LookupAllowance;
import id.desatumis.registry.persistence.HouseholdIndex;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finding households: by NIK or KK number (a POST, so neither goes in a URL), a desa's households, a household's
 * history. Every read that shows personal data is recorded with its purpose ({@code X-Access-Purpose}).
 */
@Path("/households")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Household search", description = "Finding households: by NIK or KK number (a POST, so neither goes in a URL), "
        + "by name within a desa, a desa's households, a household's history. Every read that shows personal data is "
        + "recorded with its purpose (X-Access-Purpose).")
public class HouseholdQueryResource {

    static final String PURPOSE_HEADER = AccessLog.PURPOSE_HEADER;

    private final HouseholdReads reads;
    private final LookupAllowance allowance;
    private final CommandContexts contexts;
    private final Clock clock;

    public HouseholdQueryResource(HouseholdReads reads, LookupAllowance allowance, CommandContexts contexts, Clock clock) {
        this.reads = reads;
        this.allowance = allowance;
        this.contexts = contexts;
        this.clock = clock;
    }

    /**
     * Exactly one of {@code nik}, {@code kkNumber}, or {@code name} (with {@code desaCode}: a member's name
     * contains these words, in any case, with or without accents; paged by {@code page} and {@code size}).
     */
    @Schema(description = "Exactly one of nik, kkNumber and name (400 one-of otherwise); a name is searched within desaCode")
    public record Search(
            @Schema(description = "Find the household of this NIK (exact)", pattern = ApiPatterns.NIK,
                    examples = ApiPatterns.NIK_EXAMPLE) String nik,
            @Schema(description = "Find the household of this KK number (exact)", pattern = ApiPatterns.KK,
                    examples = ApiPatterns.KK_EXAMPLE) String kkNumber,
            @Schema(description = "Find households with a member whose name contains these words, in any case, with or "
                    + "without "
                    + "accents; with desaCode", minLength = 2, maxLength = 100, examples = "sutrisno") String name,
            @Schema(description = "The desa a name is searched in (required with name); an operator searches only its own",
                    pattern = ApiPatterns.DESA, examples = ApiPatterns.DESA_EXAMPLE) String desaCode,
            @Schema(description = "The page of a name search, from 0", minimum = "0", defaultValue = "0", examples = "0")
            Integer page,
            @Schema(description = "The page size of a name search", minimum = "1", maximum = "100", defaultValue = "20",
                    examples = "20") Integer size) {
    }

    /** A page; the document names its two uses HouseholdPage and HouseholdSummaryPage (below). */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(operationId = "searchHouseholds", summary = "Find households by NIK or KK number (exact), or by name in a desa",
            description = "dinsos; a village operator, which finds only its own desa's households (another desa's is not "
                    + "found; a name search in another desa is 403). Lookups by NIK or KK are traced and rate limited per "
                    + "caller (429 with Retry-After past the allowance); a household shown with personal data is recorded "
                    + "in the access log with the purpose.")
    @APIResponse(responseCode = "200", description = "The households found (none: an empty page)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HouseholdPage.class)))
    @APIResponse(responseCode = "429", description = "More NIK or KK lookups in this minute than the caller's allowance",
            headers = @Header(name = "Retry-After", description = "Seconds until the next minute's allowance",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "60")))
    public Uni<Page<HouseholdView>> search(
            Search body,
            @Parameter(description = ApiPatterns.PURPOSE_WORDS, example = ApiPatterns.PURPOSE_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING)) @HeaderParam(PURPOSE_HEADER) String purpose) {
        CommandContext ctx = contexts.current();
        boolean byNik = body != null && body.nik() != null && !body.nik().isBlank();
        boolean byKk = body != null && body.kkNumber() != null && !body.kkNumber().isBlank();
        boolean byName = body != null && body.name() != null && !body.name().isBlank();
        if ((byNik ? 1 : 0) + (byKk ? 1 : 0) + (byName ? 1 : 0) != 1) {
            throw Problems.invalid("nik", "one-of", "give exactly one of nik, kkNumber and name");
        }
        if (byName) {
            return byName(ctx, body, purpose);
        }
        String value = byNik ? body.nik().strip() : body.kkNumber().strip();
        if (!value.matches("\\d{16}")) {
            throw Problems.invalid(byNik ? "nik" : "kkNumber", byNik ? "nik-format" : "kk-format", "16 digits");
        }
        allowance.take(ctx.caller(), 1);
        LocalDate today = LocalDate.now(clock);
        return reads.byIdentifier(new Reader(ctx, purpose), byNik ? Identifier.NIK : Identifier.KK, value, "search")
                .map(found -> found.map(s -> List.of(HouseholdViews.of(s, ctx.caller(), today))).orElse(List.of()))
                .map(items -> new Page<>(items, 0, items.size(), items.size()));
    }

    private Uni<Page<HouseholdView>> byName(CommandContext ctx, Search body, String purpose) {
        List<FieldError> errors = new ArrayList<>();
        if (body.desaCode() == null || body.desaCode().isBlank()) errors.add(new FieldError("desaCode", "required", "a name is searched within a desa"));
        if (body.name().strip().length() < 2 || body.name().length() > 100) errors.add(new FieldError("name", "length", "2 to 100 characters"));
        int p = body.page() == null ? 0 : body.page();
        int s = body.size() == null ? 20 : body.size();
        errors.addAll(paging(p, s));
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        requireSees(ctx.caller(), body.desaCode());
        LocalDate today = LocalDate.now(clock);
        return reads.byName(new Reader(ctx, purpose), body.desaCode(), body.name(), p, s)
                .map(found -> new Page<>(found.stream().map(h -> HouseholdViews.of(h, ctx.caller(), today)).toList(), p, s,
                        found.size()));
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.TKPKD, Roles.AUDITOR, Roles.OPD, Roles.PARTNER})
    @Operation(operationId = "listHouseholds", summary = "A desa's households, paged",
            description = "Every role; a village operator only for its own desa (403 for another). Ids, sizes and desil, "
                    + "no personal data. Filters: minMembers, maxMembers, desil, flagged (open likely-duplicate flags).")
    @APIResponse(responseCode = "200", description = "A page of the desa's households",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SummaryPage.class)))
    public Uni<Page<HouseholdIndex.Summary>> list(
            @Parameter(description = "The desa", required = true, example = ApiPatterns.DESA_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiPatterns.DESA))
            @QueryParam("desaCode") String desaCode,
            @Parameter(description = "The page, from 0", example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "The page size", example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") Integer size,
            @Parameter(description = "Only households with at least this many members", example = "5",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
            @QueryParam("minMembers") Integer minMembers,
            @Parameter(description = "Only households with at most this many members", example = "8",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
            @QueryParam("maxMembers") Integer maxMembers,
            @Parameter(description = "Only households of this DTSEN decile", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10"))
            @QueryParam("desil") Integer desil,
            @Parameter(description = "true: only households with open likely-duplicate flags; false: only those without",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("flagged") Boolean flagged) {
        List<FieldError> errors = new ArrayList<>();
        if (desaCode == null || desaCode.isBlank()) errors.add(new FieldError("desaCode", "required", "a desa code"));
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        errors.addAll(paging(p, s));
        if (desil != null && (desil < 1 || desil > 10)) errors.add(new FieldError("desil", "desil-range", "1 to 10"));
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        requireSees(contexts.current().caller(), desaCode);
        var filter = new HouseholdIndex.Filter(desaCode, minMembers == null ? 0 : minMembers,
                maxMembers == null ? Integer.MAX_VALUE : maxMembers, desil, flagged);
        return reads.list(filter, p, s).map(found -> new Page<>(found.items(), p, s, found.total()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.AUDITOR})
    @Operation(operationId = "getHouseholdHistory", summary = "Every change to the household, in order",
            description = "dinsos, a village operator of the household's desa (another's gets 404), auditor. Each change's "
                    + "content only for dinsos and the household's own operator (recorded in the access log with the purpose).")
    @APIResponse(responseCode = "200", description = "The household's changes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
    public Uni<List<HistoryEntry>> history(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = ApiPatterns.PURPOSE_WORDS, example = ApiPatterns.PURPOSE_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING)) @HeaderParam(PURPOSE_HEADER) String purpose) {
        return reads.history(new Reader(contexts.current(), purpose), HouseholdLifecycleResource.parseId(id));
    }

    /** The document's name for a page of households (a generic record's schema is named by SmallRye otherwise). */
    @Schema(name = "HouseholdPage", description = "A page of households as the caller may see them")
    static final class HouseholdPage {
        @Schema(description = "The households found, as the caller may see them", required = true) public List<HouseholdView> items;
        @Schema(description = "The page's number, from 0", required = true, minimum = "0", examples = "0") public int page;
        @Schema(description = "The page size (for a NIK or KK search: the number of items)", required = true, minimum = "0",
                examples = "20") public int size;
        @Schema(description = "How many households in all (for a name search: on this page)", required = true, minimum = "0",
                examples = "1") public long total;
    }

    @Schema(name = "HouseholdSummaryPage", description = "A page of a desa's households, no personal data")
    static final class SummaryPage {
        @Schema(description = "This page's households", required = true) public List<HouseholdIndex.Summary> items;
        @Schema(description = "The page's number, from 0", required = true, minimum = "0", examples = "0") public int page;
        @Schema(description = "The page size asked for", required = true, minimum = "1", examples = "20") public int size;
        @Schema(description = "How many households match, in all", required = true, minimum = "0", examples = "57")
        public long total;
    }

    private static List<FieldError> paging(int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) errors.add(new FieldError("page", "min", "0 or more"));
        if (size < 1 || size > 100) errors.add(new FieldError("size", "range", "1 to 100"));
        return errors;
    }

    private static void requireSees(Caller caller, String desaCode) {
        if (!caller.maySee(desaCode)) throw new ProblemException(Problems.OUTSIDE_SCOPE, "you do not act for this desa");
    }
}
