package id.desatumis.monitoring.api;

import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.Fresh;
import id.desatumis.monitoring.application.PageOf;
import id.desatumis.monitoring.application.ScorecardReader;
import id.desatumis.monitoring.domain.Scorecard;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/**
 * Actors' scorecards (docs/indicators.md, "Actor scorecards"), as JSON or {@code text/csv}. Programme staff read
 * every one; an office or a partner its own.
 */
@Path("/scorecards")
public class ScorecardResource {

    private final ScorecardReader scorecards;
    private final CallerProvider callers;

    public ScorecardResource(ScorecardReader scorecards, CallerProvider callers) {
        this.scorecards = scorecards;
        this.callers = callers;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(summary = "A page of actors' scorecards, of one partner type or all (by type and name)")
    public Uni<PagedAnswer<Scorecard>> list(@QueryParam("type") String type, @QueryParam("page") String page,
                                            @QueryParam("size") String size) {
        return page(type, page, size).map(PagedAnswer::of);
    }

    @GET
    @Produces(CsvTableWriter.TEXT_CSV)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(summary = "The same page of scorecards as CSV")
    public Uni<CsvTable> listCsv(@QueryParam("type") String type, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        return page(type, page, size).map(p -> ScorecardCsv.of("kartu-skor", p.value().items()));
    }

    @GET
    @Path("/mine")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPD, Roles.PARTNER})
    @Operation(summary = "The caller's own scorecard: its office's (opd claim) or its partner's (partner_id claim)")
    public Uni<FreshAnswer<Scorecard>> mine() {
        return scorecards.mine(callers.current()).map(FreshAnswer::of);
    }

    @GET
    @Path("/mine")
    @Produces(CsvTableWriter.TEXT_CSV)
    @RolesAllowed({Roles.OPD, Roles.PARTNER})
    @Operation(summary = "The caller's own scorecard as CSV")
    public Uni<CsvTable> mineCsv() {
        return scorecards.mine(callers.current()).map(s -> ScorecardCsv.of("kartu-skor-saya", List.of(s.value())));
    }

    @GET
    @Path("/{partnerId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.OPD, Roles.PARTNER})
    @Operation(summary = "One actor's scorecard (an office or a partner: its own only)")
    public Uni<FreshAnswer<Scorecard>> one(@PathParam("partnerId") String partnerId) {
        return scorecards.of(callers.current(), partnerId(partnerId)).map(FreshAnswer::of);
    }

    @GET
    @Path("/{partnerId}")
    @Produces(CsvTableWriter.TEXT_CSV)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.OPD, Roles.PARTNER})
    @Operation(summary = "One actor's scorecard as CSV")
    public Uni<CsvTable> oneCsv(@PathParam("partnerId") String partnerId) {
        UUID id = partnerId(partnerId);
        return scorecards.of(callers.current(), id).map(s -> ScorecardCsv.of("kartu-skor-" + id, List.of(s.value())));
    }

    private Uni<Fresh<PageOf<Scorecard>>> page(String type, String page, String size) {
        ReadParams params = new ReadParams();
        String partnerType = params.partnerType(type);
        int p = params.page(page);
        int s = params.size(size);
        params.check();
        return scorecards.page(partnerType, p, s);
    }

    private static UUID partnerId(String value) {
        ReadParams params = new ReadParams();
        UUID id = params.id("partnerId", value);
        params.check();
        return id;
    }
}
