package id.desatumis.partner.application;

import id.desatumis.partner.persistence.Responsibilities;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The reservation saga's view of the responsibility matrix: the same "most specific area in force that names a lead"
 * as {@code GET /matrix/{kind}/{area}} answers. A batch asks once per distinct kind and desa.
 */
@ApplicationScoped
public class ResponsibilityMatrixLeads implements MatrixLeads {

    private final Responsibilities responsibilities;

    public ResponsibilityMatrixLeads(Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
    }

    @Override
    public Uni<Map<KindInDesa, UUID>> leads(SqlClient c, Set<KindInDesa> asked, LocalDate day) {
        Map<KindInDesa, UUID> found = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (KindInDesa k : asked) {
            chain = chain.chain(() -> responsibilities.leadOf(c, k.kind(), k.desaCode(), day)
                    .invoke(lead -> lead.ifPresent(id -> found.put(k, id))).replaceWithVoid());
        }
        return chain.replaceWith(found);
    }
}
