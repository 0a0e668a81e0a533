package id.desatumis.partner.application;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.Roles;
import id.desatumis.partner.domain.LeadInForce;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What of the matrix a caller may read: programme staff, auditors and offices all of it; a village operator what
 * applies to its desa (the desa, its kecamatan and the regency); a partner only the entries that name it.
 */
@ApplicationScoped
public class MatrixReadScope {

    /**
     * @param areaCodes   the areas the caller may see; null for every one
     * @param onlyPartner the one actor whose entries the caller may see; null for every one
     */
    public record Scope(Set<String> areaCodes, UUID onlyPartner) {

        public boolean sees(String areaCode) {
            return areaCodes == null || areaCodes.contains(areaCode);
        }
    }

    private final ActingPartner acting;

    public MatrixReadScope(ActingPartner acting) {
        this.acting = acting;
    }

    public Uni<Scope> of(SqlClient c, Caller caller) {
        if (caller.has(Roles.DINSOS) || caller.has(Roles.TKPKD) || caller.has(Roles.AUDITOR) || caller.has(Roles.OPD)) {
            return Uni.createFrom().item(new Scope(null, null));
        }
        if (caller.has(Roles.VILLAGE_OPERATOR)) {
            Set<String> codes = new HashSet<>();
            caller.desaCodes().forEach(d -> codes.addAll(LeadInForce.areaAndWider(d)));
            return Uni.createFrom().item(new Scope(Set.copyOf(codes), null));
        }
        if (caller.has(Roles.PARTNER)) {
            // a partner token of no registered partner has nothing here to see
            return acting.of(c, caller).map(p -> new Scope(null, p.orElseThrow(() -> Problems.notFound("partner"))));
        }
        return Uni.createFrom().item(new Scope(Set.of(), null));
    }
}
