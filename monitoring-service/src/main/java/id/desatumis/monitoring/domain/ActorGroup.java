package id.desatumis.monitoring.domain;

import java.util.List;

/** The study's actor types, over partner-service's: whose resources a share of resources is. */
public enum ActorGroup {
    GOVERNMENT(List.of("OPD")),
    VILLAGE(List.of("PEMDES")),
    CSR_BUMN_BUMD(List.of("CSR", "BUMN", "BUMD")),
    ZAKAT(List.of("BAZNAS", "LAZ")),
    NGO(List.of("NGO")),
    UNIVERSITY(List.of("UNIVERSITY")),
    COMMUNITY(List.of("COMMUNITY")),
    /** An actor whose registration has not arrived (or a type not known here). */
    UNKNOWN(List.of());

    private final List<String> types;

    ActorGroup(List<String> types) {
        this.types = types;
    }

    public static ActorGroup of(String partnerType) {
        // an actor whose registration has not been read yet has no type (List.contains(null) would throw)
        if (partnerType == null) return UNKNOWN;
        for (ActorGroup g : values()) {
            if (g.types.contains(partnerType)) return g;
        }
        return UNKNOWN;
    }
}
