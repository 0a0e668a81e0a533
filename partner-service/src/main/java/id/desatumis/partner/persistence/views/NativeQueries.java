package id.desatumis.partner.persistence.views;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.Map;

/** Native SQL on the current Panache session, for the listings HQL cannot say (arrays, FILTER, prefix matches). */
final class NativeQueries {

    private NativeQueries() {
    }

    /** A page of rows and the count of the whole listing, one statement after the other (a session runs one at a time). */
    static <T> Uni<Paged<T>> page(String rowsSql, Class<T> rowType, String countSql, Map<String, Object> params,
                                     int page, int size) {
        return Panache.getSession().chain(s -> {
            Mutiny.SelectionQuery<T> rows = bind(s.createNativeQuery(rowsSql + " LIMIT :size OFFSET :offset", rowType), params);
            rows.setParameter("size", size).setParameter("offset", (long) page * size);
            Mutiny.SelectionQuery<Long> count = bind(s.createNativeQuery(countSql, Long.class), params);
            return rows.getResultList().chain(list -> count.getSingleResult().map(total -> new Paged<>(list, total)));
        });
    }

    /** Every row of a query. */
    static <T> Uni<List<T>> list(String sql, Class<T> rowType, Map<String, Object> params) {
        return Panache.getSession().chain(s -> bind(s.createNativeQuery(sql, rowType), params).getResultList());
    }

    private static <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    static long number(Object n) {
        return n == null ? 0 : ((Number) n).longValue();
    }
}
