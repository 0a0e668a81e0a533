package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.ScorecardReader;
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

import java.util.List;
import java.util.UUID;

/**
 * Actors' scorecards (docs/indicators.md, "Actor scorecards"); JSON, or CSV with {@code Accept: text/csv} (a line per
 * actor). Programme staff read every one; an office or a partner its own.
 */
@Path("/scorecards")
@Tag(name = "Scorecards", description = "Actors' scorecards: what each office and partner pledged, delivered and had "
        + "verified, lead times, forum attendance")
public class ScorecardResource {

    /** The CSV's header line, the document's example of a CSV answer. */
    static final String CSV_HEADER = "partnerId,name,type,pledgedRupiah,pledgedUnits,reservedRupiah,reservedUnits,"
            + "consumedRupiah,consumedUnits,deliveredRupiah,deliveredUnits,verifiedRupiah,verifiedUnits,interventions,"
            + "overdue,disputes,planToDeliveryDaysP50,planToDeliveryDaysP90,deliveryToVerificationDaysP50,"
            + "deliveryToVerificationDaysP90,forumsInvited,forumsAttended,forumsAbsentWithoutNotice,forumsAttendanceRate";

    private final ScorecardReader scorecards;
    private final CallerProvider callers;

    public ScorecardResource(ScorecardReader scorecards, CallerProvider callers) {
        this.scorecards = scorecards;
        this.callers = callers;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(operationId = "listScorecards", summary = "A page of actors' scorecards",
            description = "Of one partner type or all, by type and name. dinsos, tkpkd, auditor." + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "A page of scorecards; as CSV, the page's lines",
            headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"kartu-skor.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(allOf = PagedAnswer.class, properties =
                    @SchemaProperty(name = "items", description = "The page's items", type = SchemaType.ARRAY,
                            implementation = Scorecard.class))),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = CSV_HEADER))})
    public Uni<Response> list(@Parameter(description = "Only actors of this partner type", example = "BAZNAS",
                                      schema = @Schema(type = SchemaType.STRING, enumeration = {"OPD", "PEMDES", "CSR",
                                              "BUMN", "BUMD", "BAZNAS", "LAZ", "NGO", "UNIVERSITY", "COMMUNITY"}))
                              @QueryParam("type") String type,
            @Parameter(description = ParamWords.PAGE, example = "0",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamWords.WHOLE))
            @QueryParam("page") String page,
            @Parameter(description = ParamWords.SIZE, example = "50",
                    schema = @Schema(type = SchemaType.STRING, pattern = ParamWords.WHOLE))
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
    @Operation(operationId = "getMyScorecard", summary = "The caller's own scorecard",
            description = "An office's (the actor whose office code is the token's opd claim) or a partner's (its "
                    + "partner_id claim); 404 when partner-service has registered no such actor. opd and partner only."
                    + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "The scorecard; as CSV, one line",
            headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"kartu-skor-saya.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    allOf = {Scorecard.class, FreshAnswer.Part.class})),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = CSV_HEADER))})
    @APIResponse(responseCode = "404", description = "No actor is registered for the token's opd or partner_id")
    public Uni<Response> mine(@Context HttpHeaders headers) {
        return Negotiation.answer(headers, scorecards.mine(callers.current()).map(FreshAnswer::of),
                a -> ScorecardCsv.of("kartu-skor-saya", List.of(a.answer())));
    }

    @GET
    @Path("/{partnerId}")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR, Roles.OPD, Roles.PARTNER})
    @Operation(operationId = "getScorecard", summary = "One actor's scorecard",
            description = "dinsos, tkpkd and auditor read every one; an office or a partner its own only (another's: "
                    + "403, whether it exists or not). An actor partner-service has not registered is 404."
                    + ParamWords.JSON_OR_CSV)
    @APIResponse(responseCode = "200", description = "The scorecard; as CSV, one line",
            headers = @Header(name = "Content-Disposition", description = "On CSV answers: the download's file name",
                    schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"kartu-skor-5b0c3a4e-8f1d-4c2b-9a7e-2d6f1b3c4a5e.csv\"")),
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    allOf = {Scorecard.class, FreshAnswer.Part.class})),
            @Content(mediaType = CsvTableWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    examples = CSV_HEADER))})
    public Uni<Response> one(@Parameter(description = "The actor's partner id (partner-service)",
                                     example = "5b0c3a4e-8f1d-4c2b-9a7e-2d6f1b3c4a5e",
                                     schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                             @PathParam("partnerId") String partnerId, @Context HttpHeaders headers) {
        ReadParams params = new ReadParams();
        UUID id = params.id("partnerId", partnerId);
        params.check();
        return Negotiation.answer(headers, scorecards.of(callers.current(), id).map(FreshAnswer::of),
                a -> ScorecardCsv.of("kartu-skor-" + id, List.of(a.answer())));
    }
}
