package id.desatumis.monitoring.api;

import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.CollaborationReport;
import id.desatumis.monitoring.application.Fresh;
import id.desatumis.monitoring.domain.CollaborationIndicators;
import id.desatumis.monitoring.domain.Freshness;
import id.desatumis.monitoring.domain.IndicatorScope;
import id.desatumis.monitoring.domain.Interval;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The study's collaboration indicators (docs/indicators.md, "Collaboration indicators (Ansell & Gash)") for an area
 * (the regency, a kecamatan, a desa), a cohort and a period, with their course over time; JSON, or CSV with
 * {@code Accept: text/csv}.
 */
@Path("/indicators/collaboration")
@RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
public class CollaborationResource {

    private final CollaborationReport report;
    private final RegionCatalog regions;
    private final Clock clock;

    public CollaborationResource(CollaborationReport report, RegionCatalog regions, Clock clock) {
        this.report = report;
        this.regions = regions;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.TEXT_CSV})
    @Operation(summary = "Collaboration indicators: resources by actor type, forum participation, decision venues, "
            + "pledge fulfilment, disputes per hundred deliveries, matrix coverage, and per period; as CSV, one figure "
            + "a line (indicator, group, measure, value)")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(allOf = CollaborationIndicators.class,
                    properties = @SchemaProperty(name = "freshness", implementation = Freshness.class))),
            @Content(mediaType = CsvTableWriter.TEXT_CSV)})
    public Uni<Response> indicators(@QueryParam("area") String area, @QueryParam("cohort") String cohort,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("interval") String interval, @Context HttpHeaders headers) {
        return Negotiation.answer(headers, read(area, cohort, from, to, interval).map(FreshAnswer::of),
                a -> CollaborationCsv.of(a.answer()));
    }

    private Uni<Fresh<CollaborationIndicators>> read(String area, String cohort, String from, String to,
                                                     String interval) {
        ReadParams params = new ReadParams();
        String areaCode = params.area(area, regions);
        Integer year = params.cohort(cohort);
        LocalDate fromDay = params.date("from", from);
        LocalDate toDay = params.date("to", to);
        params.period(fromDay, toDay);
        Interval every = params.interval(interval);
        params.check();
        return report.of(new IndicatorScope(areaCode, year, fromDay, toDay, LocalDate.now(clock)), every);
    }
}
