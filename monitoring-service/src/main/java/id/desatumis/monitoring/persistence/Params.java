package id.desatumis.monitoring.persistence;

import io.vertx.mutiny.sqlclient.Tuple;

import java.util.Arrays;

/** A statement's parameters, any of them null. */
final class Params {

    private Params() {
    }

    static Tuple of(Object... values) {
        return Tuple.tuple(Arrays.asList(values));
    }
}
