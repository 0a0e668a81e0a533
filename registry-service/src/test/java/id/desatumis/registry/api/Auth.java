package id.desatumis.registry.api;

import id.desatumis.devstack.DevStack;

import java.util.List;

/** Bearer tokens of the test key pair, by role. */
final class Auth {

    private Auth() {
    }

    static String dinsos() {
        return "Bearer " + DevStack.shared().tokens().mint("staf-dinsos", "dinsos", null, null, null);
    }

    static String operator(String desa) {
        return "Bearer " + DevStack.shared().tokens().mint("operator-" + desa, "village-operator", List.of(desa), null, null);
    }

    static String role(String role) {
        return "Bearer " + DevStack.shared().tokens().mint("user-" + role, role, null, "DINKES", "partner-1");
    }
}
