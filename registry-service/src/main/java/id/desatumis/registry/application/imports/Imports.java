package id.desatumis.registry.application.imports;

import id.desatumis.kit.api.CommandContext;
import id.desatumis.registry.persistence.ImportStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.UUID;

/** Imports of the national list: one accepted (recorded, then processed in the background), and its progress. */
@ApplicationScoped
public class Imports {

    private final ImportStore store;
    private final ImportRunner runner;

    public Imports(ImportStore store, ImportRunner runner) {
        this.store = store;
        this.runner = runner;
    }

    /** Records the upload (by its digest and size, never its content) and queues the file for processing. */
    public Uni<Void> accept(CommandContext ctx, UUID importId, Path file, byte[] sha256, long bytes) {
        return store.create(importId, ctx.caller().subject(), sha256, bytes)
                .invoke(() -> runner.submit(importId, file, ctx.metadata()));
    }

    /** An import's status and a page of its refused rows; null for no such import. */
    public Uni<ImportStore.View> status(UUID importId, int page, int size) {
        return store.find(importId, page, size);
    }
}
