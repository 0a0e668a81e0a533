package id.desatumis.assistance.domain;

/**
 * What kind of actor a partner of partner-service is. Government offices (OPD) and village governments (PEMDES) are
 * partners too, so a plan names every responsible actor the same way.
 */
public enum ActorType {
    OPD, PEMDES, CSR, BUMN, BUMD, BAZNAS, LAZ, NGO, UNIVERSITY, COMMUNITY,
    /** A type partner-service has added since this build: the actor is known all the same, never refused for it. */
    OTHER;

    /** The type of that name; {@link #OTHER} for a name this build does not know. */
    public static ActorType named(String name) {
        for (ActorType t : values()) {
            if (t.name().equals(name)) return t;
        }
        if (name == null) throw new IllegalArgumentException("no type");
        return OTHER;
    }
}
