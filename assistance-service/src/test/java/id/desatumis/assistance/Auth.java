package id.desatumis.assistance;

import id.desatumis.devstack.DevStack;

import java.util.List;
import java.util.UUID;

/** Bearer tokens of the test key pair, by role and scope. */
public final class Auth {

    private Auth() {
    }

    public static String dinsos() {
        return token("staf-dinsos", "dinsos", null, null, null);
    }

    public static String tkpkd() {
        return token("sekretariat-tkpkd", "tkpkd", null, null, null);
    }

    public static String auditor() {
        return token("auditor-1", "auditor", null, null, null);
    }

    public static String operator(String desa) {
        return token("operator-" + desa, "village-operator", List.of(desa), null, null);
    }

    public static String opd(String opdCode) {
        return token("staf-" + opdCode, "opd", null, opdCode, null);
    }

    public static String partner(UUID partnerId) {
        return token("staf-" + partnerId, "partner", null, null, partnerId.toString());
    }

    public static String token(String subject, String role, List<String> desa, String opd, String partnerId) {
        return "Bearer " + DevStack.shared().tokens().mint(subject, role, desa, opd, partnerId);
    }
}
