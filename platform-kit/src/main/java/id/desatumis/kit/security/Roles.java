package id.desatumis.kit.security;

import java.util.List;

/** The roles of ARCHITECTURE.md ("Security"), as they appear in the token's {@code groups} claim. */
public final class Roles {
    public static final String DINSOS = "dinsos";
    public static final String VILLAGE_OPERATOR = "village-operator";
    public static final String OPD = "opd";
    public static final String PARTNER = "partner";
    public static final String TKPKD = "tkpkd";
    public static final String AUDITOR = "auditor";

    /** Most powerful first: the role recorded in event metadata when a token carries several. */
    public static final List<String> BY_PRECEDENCE = List.of(DINSOS, VILLAGE_OPERATOR, OPD, PARTNER, TKPKD, AUDITOR);

    private Roles() {
    }
}
