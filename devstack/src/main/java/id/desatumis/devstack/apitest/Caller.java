package id.desatumis.devstack.apitest;

/**
 * Who calls, as ARCHITECTURE.md's security section tells callers apart: nobody (no token), each role, and for the
 * roles bound to a scope (a desa's operator, an office, a partner) one of the scene's own scope and one of another.
 */
public enum Caller {
    ANONYMOUS(null, false),
    DINSOS("dinsos", false),
    TKPKD("tkpkd", false),
    AUDITOR("auditor", false),
    OPERATOR_OWN("village-operator", false),
    OPERATOR_OTHER("village-operator", true),
    OPD_OWN("opd", false),
    OPD_OTHER("opd", true),
    PARTNER_OWN("partner", false),
    PARTNER_OTHER("partner", true);

    private final String role;
    private final boolean otherScope;

    Caller(String role, boolean otherScope) {
        this.role = role;
        this.otherScope = otherScope;
    }

    /** The role its token carries; null for no token. */
    public String role() {
        return role;
    }

    /** True for an operator, office or partner of another desa, office or partner than the scene's. */
    public boolean otherScope() {
        return otherScope;
    }
}
