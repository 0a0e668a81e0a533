package id.desatumis.assessment.api;

import id.desatumis.devstack.DevStack;

import java.util.List;

/** Bearer tokens of the test key pair, by role. */
final class Auth {

    private Auth() {
    }

    static String dinsos() {
        return dinsos("staf-dinsos");
    }

    static String dinsos(String subject) {
        return "Bearer " + DevStack.shared().tokens().mint(subject, "dinsos", null, null, null);
    }

    static String operator(String desa) {
        return "Bearer " + DevStack.shared().tokens().mint("operator-" + desa, "village-operator", List.of(desa), null, null);
    }

    static String role(String role) {
        return "Bearer " + DevStack.shared().tokens().mint("user-" + role, role, null, "DINKES", "partner-1");
    }
}
