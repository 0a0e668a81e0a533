package id.desatumis.partner.application;

import id.desatumis.partner.domain.NeedKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who leads a kind of need in a desa on a day, by the responsibility matrix (the most specific area holding the desa
 * wins): the partner a reservation request is served by when it names neither a partner nor a pledge.
 */
public interface MatrixLeads {

    record KindInDesa(NeedKind kind, String desaCode) {
    }

    /** The lead of each of these that has one on that day; the others are missing from the answer. */
    Uni<Map<KindInDesa, UUID>> leads(SqlClient c, Set<KindInDesa> asked, LocalDate day);
}
