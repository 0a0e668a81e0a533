package id.desatumis.partner.application;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The matrix's answer while no bean reads the responsibility matrix: no lead anywhere, so a request naming neither a
 * partner nor a pledge is refused out-of-scope, saying so. Any other {@link MatrixLeads} bean replaces this one.
 */
@DefaultBean
@ApplicationScoped
public class NoMatrixLeads implements MatrixLeads {

    @Override
    public Uni<Map<KindInDesa, UUID>> leads(SqlClient c, Set<KindInDesa> asked, LocalDate day) {
        return Uni.createFrom().item(Map.of());
    }
}
