package id.desatumis.monitoring.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies a batch's row writes: one pipelined batch per statement, in the order each statement first appears. */
@ApplicationScoped
public class RowWrites {

    public Uni<Void> apply(SqlConnection tx, List<? extends RowWrite> writes) {
        Map<String, List<Tuple>> byStatement = new LinkedHashMap<>();
        for (RowWrite w : writes) byStatement.computeIfAbsent(w.statement(), s -> new ArrayList<>()).add(w.values());
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, List<Tuple>> e : byStatement.entrySet()) {
            chain = chain.chain(() -> tx.preparedQuery(e.getKey()).executeBatch(e.getValue()).replaceWithVoid());
        }
        return chain;
    }
}
