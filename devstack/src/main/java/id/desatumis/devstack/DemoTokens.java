package id.desatumis.devstack;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo's callers, one token each, as every endpoint's role checks want them: Dinas Sosial's staff, TKPKD, each
 * desa's operators, each office by its code, each partner by its id. Minted with the local key pair, valid four hours.
 */
final class DemoTokens {

    private static final long VALID_SECONDS = 4 * 3600;

    private final Tokens tokens;
    private final Map<String, String> minted = new ConcurrentHashMap<>();

    DemoTokens(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Dinas Sosial's programme staff who registers, plans and resolves. */
    String dinsos() {
        return dinsos("dinsos-demo");
    }

    /** A named member of Dinas Sosial's staff (the verifier is never the enumerator nor the one who synced a form). */
    String dinsos(String subject) {
        return mint(subject, "dinsos", null, null, null);
    }

    String tkpkd() {
        return mint("tkpkd-sekretariat", "tkpkd", null, null, null);
    }

    String auditor() {
        return mint("auditor-inspektorat", "auditor", null, null, null);
    }

    /** The desa's operator; {@code who} tells two operators of one desa apart (a reporter never verifies). */
    String operator(String desaCode, String who) {
        return mint("operator-" + desaCode + "-" + who, "village-operator", desaCode, null, null);
    }

    String opd(String opdCode) {
        return mint("opd-" + opdCode.toLowerCase(java.util.Locale.ROOT), "opd", null, opdCode, null);
    }

    String partner(String partnerId) {
        return mint("partner-" + partnerId, "partner", null, null, partnerId);
    }

    private String mint(String subject, String role, String desa, String opd, String partner) {
        return minted.computeIfAbsent(subject + "|" + role, k -> tokens.builder(subject).role(role)
                .desa(desa == null ? null : List.of(desa)).opd(opd).partnerId(partner).validFor(VALID_SECONDS).sign());
    }
}
