package id.desatumis.monitoring.api;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.CohortFigures;
import id.desatumis.monitoring.application.CohortFigures.CohortDetail;
import id.desatumis.monitoring.persistence.CohortQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * The cohorts (the desa of each yearly intake) and one cohort's figures: at intake beside now. For programme staff;
 * also as CSV. (Recording an intake is {@code POST /cohorts/{year}/intakes}, elsewhere.)
 */
@Path("/cohorts")
public class CohortFiguresResource {

    private final CohortFigures cohorts;

    public CohortFiguresResource(CohortFigures cohorts) {
        this.cohorts = cohorts;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(summary = "Every cohort by intake year: its desa and the decisions that chose them")
    public Uni<List<CohortQueries.Cohort>> all() {
        return cohorts.all();
    }

    @GET
    @Produces(CsvTableWriter.TEXT_CSV)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(summary = "Every cohort as CSV")
    public Uni<CsvTable> allCsv() {
        return all().map(FigureTables::cohorts);
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(summary = "A cohort: its desa, its funnel as each desa joined (summed) beside now, its desa by tuntas status")
    public Uni<CohortDetail> of(@PathParam("year") String year) {
        ReadParams params = new ReadParams();
        Integer intakeYear = params.year("year", year, true);
        params.check();
        return cohorts.of(intakeYear).map(c -> c.orElseThrow(() -> Problems.notFound("cohort")));
    }

    @GET
    @Path("/{year}")
    @Produces(CsvTableWriter.TEXT_CSV)
    @RolesAllowed({Roles.DINSOS, Roles.TKPKD, Roles.AUDITOR})
    @Operation(summary = "A cohort's figures as CSV: a line per figure, at intake and now")
    public Uni<CsvTable> csv(@PathParam("year") String year) {
        return of(year).map(FigureTables::cohort);
    }
}
