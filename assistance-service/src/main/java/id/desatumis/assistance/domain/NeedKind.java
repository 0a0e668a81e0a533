package id.desatumis.assistance.domain;

/**
 * The kinds of need of DOMAIN.md. A personal kind is a need of one member (a child's schooling, a member's health
 * cover, training, an enterprise), the others are the household's (its house, its connection, its food).
 */
public enum NeedKind {
    HOUSE_REPAIR(false), ELECTRICITY(false), SANITATION(false), EDUCATION(true), HEALTH_COVER(true),
    BUSINESS_CAPITAL(true), SKILLS_TRAINING(true), FOOD_ASSISTANCE(false);

    private final boolean personal;

    NeedKind(boolean personal) {
        this.personal = personal;
    }

    /** Whether a need of this kind is one member's, so that the double-assistance guard compares members, not households. */
    public boolean personal() {
        return personal;
    }
}
