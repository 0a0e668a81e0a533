package id.desatumis.registry.api;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.kit.api.CommandContexts;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.application.imports.Imports;
import id.desatumis.registry.persistence.ImportStore;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;

import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk import of the national list (a DTSEN/DTKS extract as CSV). The upload is streamed to a private temporary
 * file, processed in the background, and deleted; progress at {@code GET /imports/{id}}. Dinas Sosial only.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DINSOS)
@Tag(name = "Imports", description = "Bulk import of the national list (a DTSEN/DTKS extract as CSV), dinsos only: streamed "
        + "to a private temporary file, processed in the background, deleted once read")
public class ImportResource {

    private final Imports imports;
    private final CommandContexts contexts;

    public ImportResource(Imports imports, CommandContexts contexts) {
        this.imports = imports;
        this.contexts = contexts;
    }

    @POST
    @Blocking
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "submitImport", summary = "Import a CSV of the national list",
            description = "dinsos only. The body is the CSV (up to 512 MB), one row per person with a header row: "
                    + "kk_number, "
                    + "nik, name, sex (M or F), birth_date (YYYY-MM-DD), relationship (HEAD, WIFE, HUSBAND, CHILD, ...), "
                    + "desa_code, address, desil; a family's rows together. Answers 202 at once; the import's progress at "
                    + "the Location. A member's bad row is refused alone, a family with a wrong KK number, desa, address or "
                    + "head whole; a KK number or NIK already registered refuses the family.")
    @RequestBody(required = true, description = "The CSV file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    example = "kk_number,nik,name,sex,birth_date,relationship,desa_code,address,desil\n"
                            + "3314072711260001,3314072104790003,Sutrisno,M,1979-04-21,HEAD,33.14.07.2001,Dukuh Krajan RT 01 RW 02,3\n"),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Received; processing in the background",
            headers = @Header(name = "Location", description = "The import's status: /imports/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommandAnswers.ImportAccepted.class)))
    public Response submit(InputStream body) throws Exception {
        CommandContext ctx = contexts.current();
        UUID id = UUID.randomUUID();
        java.nio.file.Path file = Files.createTempFile("desatumis-import-", ".csv",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long bytes;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            bytes = body.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (bytes == 0) {
            Files.deleteIfExists(file);
            throw Problems.invalid("body", "required", "a CSV file with a header row");
        }
        imports.accept(ctx, id, file, sha.digest(), bytes).await().atMost(Duration.ofSeconds(30));
        return Response.accepted(Map.of("importId", id.toString(), "status", "received"))
                .header("Location", "/imports/" + id).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "An import's status, counts and refused rows",
            description = "dinsos only. The refused rows (row number, field and rule, never their content) are paged.")
    @APIResponse(responseCode = "200", description = "The import's status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportStore.View.class)))
    public Uni<ImportStore.View> status(
            @Parameter(description = "The household's id", example = ApiPatterns.HOUSEHOLD_ID_EXAMPLE,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "The page of refused rows, from 0 (below 0 reads as 0)", example = "0",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") Integer page,
            @Parameter(description = "Refused rows per page, 1 to 1000 (others are brought into that range)", example = "100",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100")) @QueryParam("size") Integer size) {
        UUID importId;
        try {
            importId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("import");
        }
        int p = page == null ? 0 : Math.max(0, page);
        int s = size == null ? 100 : Math.min(Math.max(1, size), 1000);
        return imports.status(importId, p, s).map(v -> {
            if (v == null) throw Problems.notFound("import");
            return v;
        });
    }
}
