package id.desatumis.monitoring.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.region.RegionCatalog;
import id.desatumis.kit.security.Roles;
import id.desatumis.monitoring.application.ProgrammeCommands;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * tkpkd records which desa join the programme in a year's intake, citing its TKPKD decision: every desa joins, or
 * none does (one already in the programme refuses the whole intake, 409 already-joined naming each). Idempotency-Key
 * is optional.
 */
@Path("/cohorts/{year}/intakes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TKPKD)
public class IntakeResource {

    /** What an intake names. */
    public record IntakeBody(List<String> desaCodes, String decisionNumber) {
    }

    private final ProgrammeCommands commands;
    private final IdempotentCommands idempotent;
    private final CommandContexts contexts;
    private final RegionCatalog regions;
    private final Clock clock;

    public IntakeResource(ProgrammeCommands commands, IdempotentCommands idempotent, CommandContexts contexts,
                          RegionCatalog regions, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.contexts = contexts;
        this.regions = regions;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Desa join the programme in this year's intake (one DesaJoinedProgramme each): 201, all or none")
    public Uni<Response> intake(@PathParam("year") String year, IntakeBody body,
                                @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        Integer intakeYear = ProgrammeFields.intakeYear(year, LocalDate.now(clock).getYear(), errors);
        IntakeBody b = body == null ? new IntakeBody(null, null) : body;
        List<String> desaCodes = ProgrammeFields.desaCodes(b.desaCodes(), regions, errors);
        String decisionNumber = ProgrammeFields.decisionNumber(b.decisionNumber(), errors);
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        CommandContext ctx = contexts.current();
        return idempotent.execute(ctx.caller(), "POST", "/cohorts/" + intakeYear + "/intakes", key, b,
                commands.intake(ctx, intakeYear, desaCodes, decisionNumber));
    }
}
