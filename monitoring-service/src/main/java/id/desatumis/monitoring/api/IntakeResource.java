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
 * tkpkd records which desa join the programme in a year's intake, citing its TKPKD decision: every desa joins, or
 * none does (one already in the programme refuses the whole intake, 409 already-joined naming each). Idempotency-Key
 * is optional.
 */
@Path("/cohorts/{year}/intakes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TKPKD)
@Tag(name = "Decisions", description = "tkpkd's decisions about desa, the only facts monitoring-service originates: "
        + "intakes into the programme and tuntas declarations (events on desatumis.monitoring.desa.v1)")
public class IntakeResource {

    static final String IDEMPOTENCY_KEY = "Optional. The same key and body replays the first answer for 24 hours "
            + "(Idempotent-Replayed: true); another body under the key is 422; while the first runs, 409";
    static final String IDEMPOTENCY_KEY_FORM = "^[\\x21-\\x7e]{1,255}$";

    /** What an intake names. */
    @Schema(description = "The desa joining the programme in the year's intake, and the TKPKD decision that chose them")
    public record IntakeBody(
            @Schema(description = "One to every (208) desa of Kabupaten Sragen, by Kemendagri code, each once",
                    required = true, minItems = 1, maxItems = 208, examples = "[\"33.14.07.2003\", \"33.14.07.2005\"]")
            List<String> desaCodes,
            @Schema(description = "The number of the TKPKD coordination decision (forum of the regency, 33.14) that "
                    + "approved the intake (approvesKind OTHER), as partner-service recorded it", required = true,
                    minLength = 1, maxLength = ProgrammeFields.DECISION_NUMBER_MAX, pattern = ProgrammeFields.DECISION_NUMBER_FORM,
                    examples = "TKPKD/33.14/2022/001") String decisionNumber) {
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
    @Operation(operationId = "recordIntake", summary = "Record a year's intake of desa into the programme",
            description = "tkpkd only. One DesaJoinedProgramme per desa, all or none: a desa that joined already (in "
                    + "any year) refuses the whole intake, 409 already-joined naming each (desaCodes[i]). The decision "
                    + "cited must be a TKPKD coordination decision for the regency approving OTHER, known here.")
    @APIResponse(responseCode = "201", description = "The intake recorded (or, with Idempotency-Key, replayed)",
            headers = {
                    @Header(name = "Location", description = "The cohort: /cohorts/{year}", schema = @Schema(
                            type = SchemaType.STRING, examples = "/cohorts/2022")),
                    @Header(name = "ETag", description = "The desa streams' new version, quoted", schema = @Schema(
                            type = SchemaType.STRING, examples = "\"1\"")),
                    @Header(name = "Idempotent-Replayed", description = "true when the answer replays a first one",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DecisionAnswers.IntakeRecorded.class)))
    @APIResponse(responseCode = "409", description = "A desa joined already (already-joined, errors naming each); the "
            + "decision is unknown here (decision-unknown: it may not have arrived yet, retry), not TKPKD's for the "
            + "regency (intake-decision-not-tkpkd) or approved something else (decision-approves-otherwise); a request "
            + "with the same Idempotency-Key is in flight")
    public Uni<Response> intake(
            @Parameter(description = "The intake year: from 2022 (the programme's first) to next year", example = "2022",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}$")) @PathParam("year") String year,
            IntakeBody body, @Parameter(description = IDEMPOTENCY_KEY, example = "7f3c9a52-1b2d-4e8f-9a6b-3c4d5e6f7a8b",
                    schema = @Schema(type = SchemaType.STRING, pattern = IDEMPOTENCY_KEY_FORM)) @HeaderParam("Idempotency-Key") String key) {
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
