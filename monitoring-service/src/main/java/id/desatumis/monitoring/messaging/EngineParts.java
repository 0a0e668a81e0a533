package id.desatumis.monitoring.messaging;

import id.desatumis.kit.inbox.BatchProjection.Change;
import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every {@link ProjectionPart} of the service, in a stable order (by name), and the topics they read together. */
@ApplicationScoped
public class EngineParts {

    private final List<ProjectionPart<?>> parts;

    public EngineParts(@All List<ProjectionPart<?>> parts) {
        List<ProjectionPart<?>> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparing(ProjectionPart::name));
        this.parts = List.copyOf(sorted);
    }

    int size() {
        return parts.size();
    }

    ProjectionPart<?> get(int index) {
        return parts.get(index);
    }

    public List<String> names() {
        return parts.stream().map(ProjectionPart::name).toList();
    }

    /** The union of every part's topics. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        parts.forEach(p -> topics.addAll(p.topics()));
        return topics;
    }

    /**
     * Hands one part its own changes (read by that same part, so the cast holds), for the live generation or
     * ({@code live} false) one being rebuilt.
     */
    Uni<Set<String>> apply(int index, SqlConnection tx, List<Change<Object>> changes, boolean live) {
        return applyTyped(parts.get(index), tx, changes, live);
    }

    /** Every part's {@link ProjectionPart#beforeLive}, in the switch's transaction, in the parts' order. */
    Uni<Void> beforeLive(SqlConnection tx) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (ProjectionPart<?> part : parts) all = all.chain(() -> part.beforeLive(tx));
        return all;
    }

    @SuppressWarnings("unchecked")
    private static <T> Uni<Set<String>> applyTyped(ProjectionPart<T> part, SqlConnection tx, List<Change<Object>> changes,
                                                   boolean live) {
        List<Change<T>> typed = new ArrayList<>(changes.size());
        for (Change<Object> c : changes) typed.add(new Change<>(c.event(), (T) c.change()));
        Uni<Set<String>> applied = live ? part.apply(tx, typed) : part.applyBuilding(tx, typed);
        return applied.map(codes -> codes == null ? Set.of() : codes);
    }
}
