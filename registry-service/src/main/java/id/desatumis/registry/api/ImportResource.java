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
    @Operation(summary = "Import a CSV of the national list (columns in the README); answers 202 with the import's URL")
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
    @Operation(summary = "An import's status, counts and refused rows (row number and rule), paged")
    public Uni<ImportStore.View> status(@PathParam("id") String id, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size) {
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
