package id.desatumis.partner.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.IdempotentCommands;
import id.desatumis.kit.api.Versions;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.application.PartnerCommands;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.domain.Partners.Registration;
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

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The actors of the programme: Dinas Sosial or TKPKD registers an OPD (with its office code), a village government or
 * a partner, and suspends or reinstates it with a reason. Each answers the partner as it now stands, with its version
 * as the ETag; If-Match and Idempotency-Key are optional.
 */
@Path("/partners")
@Tag(name = ApiSchemas.PARTNERS, description = ApiSchemas.PARTNERS_TAG)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DINSOS, Roles.TKPKD})
public class PartnerResource {

    static final int NAME_MAX = 200;
    private static final Pattern OPD_CODE = Pattern.compile("[A-Za-z0-9._-]{2,30}");

    /**
     * @param type        OPD, PEMDES, CSR, BUMN, BUMD, BAZNAS, LAZ, NGO, UNIVERSITY or COMMUNITY
     * @param opdCode     an OPD's office code (the {@code opd} claim of its staff's tokens); only for an OPD
     * @param contactRole the role to contact, never a person's name
     */
    @Schema(name = "PartnerRegistration", description = "An actor to register; no personal data (a contact is a role)",
            requiredProperties = {"type", "name", "contactRole"})
    public record RegistrationBody(
            @Schema(type = SchemaType.STRING, enumeration = {"OPD", "PEMDES", "CSR", "BUMN", "BUMD", "BAZNAS", "LAZ", "NGO", "UNIVERSITY", "COMMUNITY"}, description = "What kind of actor it is") String type,
            @Schema(minLength = 1, maxLength = NAME_MAX, examples = "Baznas Kabupaten Sragen",
                    description = "Its name; not blank") String name,
            @Schema(pattern = ApiSchemas.OPD_CODE_PATTERN, examples = "DINSOS", description = "An OPD's office code (the "
                    + "opd claim of its staff's tokens): required for an OPD, unique; refused for every other type")
            String opdCode,
            @Schema(minLength = 1, maxLength = NAME_MAX, examples = "Ketua Bidang Pendistribusian",
                    description = "The role to contact, never a person's name; not blank") String contactRole) {
    }

    @Schema(name = "Reason", description = "Why", requiredProperties = "reason")
    public record ReasonBody(
            @Schema(minLength = 1, maxLength = FieldChecks.REASON_MAX, examples = "Laporan penyaluran 2026 belum diserahkan",
                    description = "Why; not blank, no control characters but tab and line breaks") String reason) {
    }

    private final PartnerCommands partners;
    private final IdempotentCommands commands;
    private final CommandContexts contexts;

    public PartnerResource(PartnerCommands partners, IdempotentCommands commands, CommandContexts contexts) {
        this.partners = partners;
        this.commands = commands;
        this.contexts = contexts;
    }

    @POST
    @Operation(operationId = "registerPartner", summary = "Register an actor",
            description = "Dinas Sosial or TKPKD registers an OPD (with its office code), a village government (PEMDES) "
                    + "or a partner; answers 201 with the partner and its new id.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.PartnerAnswer.class)))
    @APIResponse(responseCode = "409", description = "Another partner holds the office code (opd-code-taken), or a "
            + "request with the same Idempotency-Key is still running")
    public Uni<Response> register(RegistrationBody b, @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY,
            example = "register-baznas-2026-12-01", schema = @Schema(type = SchemaType.STRING,
            pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN, maxLength = 255)) @HeaderParam("Idempotency-Key") String key) {
        List<FieldError> errors = new ArrayList<>();
        PartnerType type = FieldChecks.oneOf("type", b == null ? null : b.type(), PartnerType.class, "partner-type-unknown",
                errors);
        String name = FieldChecks.text("name", b == null ? null : b.name(), NAME_MAX, errors);
        String opdCode = FieldChecks.optionalText("opdCode", b == null ? null : b.opdCode(), 30, errors);
        if (opdCode != null && !OPD_CODE.matcher(opdCode).matches()) {
            errors.add(new FieldError("opdCode", "opd-code-format", "an office code is 2 to 30 letters, digits, . - or _"));
        }
        String contactRole = FieldChecks.text("contactRole", b == null ? null : b.contactRole(), NAME_MAX, errors);
        FieldChecks.refuse(errors);
        CommandContext ctx = contexts.current();
        Registration registration = new Registration(UUID.randomUUID(), type, name, opdCode, contactRole);
        return commands.execute(ctx.caller(), "POST", "/partners", key, b, partners.register(ctx, registration));
    }

    @POST
    @Path("/{id}/suspension")
    @Operation(operationId = "suspendPartner", summary = "Suspend a partner",
            description = "Dinas Sosial or TKPKD, saying why: nothing new is reserved from its pledges until it is "
                    + "reinstated.")
    @APIResponse(responseCode = "200", description = "Suspended", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.PartnerAnswer.class)))
    @APIResponse(responseCode = "409", description = "Suspended already (partner-already-suspended), changed by a "
            + "concurrent request (version-conflict), or a request with the same Idempotency-Key is still running")
    public Uni<Response> suspend(@Parameter(description = "The partner's id", example = ApiSchemas.PARTNER_ID,
                                         schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                                 ReasonBody b,
                                 @Parameter(description = ApiSchemas.IF_MATCH, example = "\"1\"", schema = @Schema(
                                         type = SchemaType.STRING, pattern = ApiSchemas.IF_MATCH_PATTERN))
                                 @HeaderParam("If-Match") String ifMatch,
                                 @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "suspend-2026-12-01-01",
                                         schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN,
                                                 maxLength = 255)) @HeaderParam("Idempotency-Key") String key) {
        StatusChange c = statusChange(id, b, ifMatch);
        return commands.execute(c.ctx().caller(), "POST", "/partners/" + c.partnerId() + "/suspension", key, b,
                partners.suspend(c.ctx(), c.partnerId(), c.ifMatch(), c.reason()));
    }

    @POST
    @Path("/{id}/reinstatement")
    @Operation(operationId = "reinstatePartner", summary = "Reinstate a suspended partner",
            description = "Dinas Sosial or TKPKD, saying why.")
    @APIResponse(responseCode = "200", description = "Reinstated", headers = {
            @Header(name = "Location", description = ApiSchemas.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", description = ApiSchemas.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.PartnerAnswer.class)))
    @APIResponse(responseCode = "409", description = "Not suspended (partner-not-suspended), changed by a concurrent "
            + "request (version-conflict), or a request with the same Idempotency-Key is still running")
    public Uni<Response> reinstate(@Parameter(description = "The partner's id", example = ApiSchemas.PARTNER_ID,
                                           schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                                   ReasonBody b,
                                   @Parameter(description = ApiSchemas.IF_MATCH, example = "\"2\"", schema = @Schema(
                                           type = SchemaType.STRING, pattern = ApiSchemas.IF_MATCH_PATTERN))
                                   @HeaderParam("If-Match") String ifMatch,
                                   @Parameter(description = ApiSchemas.IDEMPOTENCY_KEY, example = "reinstate-2026-12-01-01",
                                           schema = @Schema(type = SchemaType.STRING, pattern = ApiSchemas.IDEMPOTENCY_KEY_PATTERN,
                                                   maxLength = 255)) @HeaderParam("Idempotency-Key") String key) {
        StatusChange c = statusChange(id, b, ifMatch);
        return commands.execute(c.ctx().caller(), "POST", "/partners/" + c.partnerId() + "/reinstatement", key, b,
                partners.reinstate(c.ctx(), c.partnerId(), c.ifMatch(), c.reason()));
    }

    /** A suspension or reinstatement as the request gives it: the partner (404 for no id), the reason, If-Match. */
    private record StatusChange(UUID partnerId, String reason, OptionalLong ifMatch, CommandContext ctx) {
    }

    private StatusChange statusChange(String id, ReasonBody b, String ifMatch) {
        UUID partnerId = FieldChecks.pathId(id, "partner");
        List<FieldError> errors = new ArrayList<>();
        String reason = FieldChecks.text("reason", b == null ? null : b.reason(), FieldChecks.REASON_MAX, errors);
        FieldChecks.refuse(errors);
        return new StatusChange(partnerId, reason, Versions.parseIfMatch(ifMatch), contexts.current());
    }
}
