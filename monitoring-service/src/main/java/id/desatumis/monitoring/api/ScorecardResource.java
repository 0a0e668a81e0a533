package id.desatumis.monitoring.api;

import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.ScorecardReader;
import id.desatumis.monitoring.domain.Freshness;
import id.desatumis.monitoring.domain.Scorecard;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

/**
 * Actors' scorecards (docs/indicators.md, "Actor scorecards"); JSON, or CSV with {@code Accept: text/csv} (a line per
 * actor). Programme staff read every one; an office or a partner its own.
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
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(summary = "A page of actors' scorecards, of one partner type or all (by type and name); as CSV, the "
            + "page's lines")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(allOf = PagedAnswer.class, properties =
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = Scorecard.class))),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> list(@QueryParam("type") String type, @QueryParam("page") String page,
                              @QueryParam("size") String size, @Context HttpHeaders headers) {
        ReadParams params = new ReadParams();
        String partnerType = params.partnerType(type);
        int p = params.page(page);
        int s = params.size(size);
        params.check();
        return Negotiation.answer(headers, scorecards.page(partnerType, p, s).map(PagedAnswer::of),
                a -> ScorecardCsv.of("kartu-skor", a.items()));
    }

    @GET
    @Path("/mine")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.OPD, Roles.PARTNER})
    @Operation(summary = "The caller's own scorecard: its office's (opd claim) or its partner's (partner_id claim); "
            + "as CSV, one line")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(allOf = Scorecard.class, properties =
                    @SchemaProperty(name = "freshness", implementation = Freshness.class))),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> mine(@Context HttpHeaders headers) {
        return Negotiation.answer(headers, scorecards.mine(callers.current()).map(FreshAnswer::of),
                a -> ScorecardCsv.of("kartu-skor-saya", List.of(a.answer())));
    }

    @GET
    @Path("/{partnerId}")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.OPD, Roles.PARTNER})
    @Operation(summary = "One actor's scorecard (an office or a partner: its own only); as CSV, one line")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(allOf = Scorecard.class, properties =
                    @SchemaProperty(name = "freshness", implementation = Freshness.class))),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> one(@PathParam("partnerId") String partnerId, @Context HttpHeaders headers) {
        ReadParams params = new ReadParams();
        UUID id = params.id("partnerId", partnerId);
        params.check();
        return Negotiation.answer(headers, scorecards.of(callers.current(), id).map(FreshAnswer::of),
                a -> ScorecardCsv.of("kartu-skor-" + id, List.of(a.answer())));
    }
}
