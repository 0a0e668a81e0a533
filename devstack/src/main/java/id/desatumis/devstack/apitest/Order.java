package id.desatumis.devstack.apitest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order the generators walk operations in: reads, then writes, then the scene's last ones in the scene's order
 * (they erase or close what the others need). Live streams and the scene's skipped operations are left out.
 */
final class Order {

    private Order() {
    }

    static List<ApiOperation> of(ApiDocument document, ApiScene scene) {
        List<ApiOperation> walk = new ArrayList<>();
        for (ApiOperation op : document.operations()) {
            if (!op.streams() && !scene.skipped.contains(op.key()) && !scene.last.contains(op.key())) walk.add(op);
        }
        walk.sort(Comparator.comparing((ApiOperation op) -> !op.method().equals("GET")).thenComparing(ApiOperation::key));
        for (String key : scene.last) {
            if (!scene.skipped.contains(key)) walk.add(document.operation(key));
        }
        return walk;
    }
}
