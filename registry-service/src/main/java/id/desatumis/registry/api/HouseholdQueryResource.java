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
    public record Search(String nik, String kkNumber, String name, String desaCode, Integer page, Integer size) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Find the household of a NIK or a KK number (exact); an operator finds only its own desa's")
    public Uni<Page<HouseholdView>> search(Search body, @HeaderParam(PURPOSE_HEADER) String purpose) {
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
    @Operation(summary = "A desa's households (ids and sizes, no personal data), paged; filter by size, desil, open flags")
    public Uni<Page<HouseholdIndex.Summary>> list(@QueryParam("desaCode") String desaCode, @QueryParam("page") Integer page,
                                                  @QueryParam("size") Integer size, @QueryParam("minMembers") Integer minMembers,
                                                  @QueryParam("maxMembers") Integer maxMembers, @QueryParam("desil") Integer desil,
                                                  @QueryParam("flagged") Boolean flagged) {
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
    @Operation(summary = "Every change to the household, in order; the changes' content for dinsos and its own operator")
    public Uni<List<HistoryEntry>> history(@PathParam("id") String id, @HeaderParam(PURPOSE_HEADER) String purpose) {
        return reads.history(new Reader(contexts.current(), purpose), HouseholdLifecycleResource.parseId(id));
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
