package id.desatumis.assessment.domain;

/** The kinds of need the programme answers (DOMAIN.md, "Kinds of need"). A personal need names the member. */
public enum NeedKind {
    HOUSE_REPAIR(false), ELECTRICITY(false), SANITATION(false), EDUCATION(true), HEALTH_COVER(true),
    BUSINESS_CAPITAL(true), SKILLS_TRAINING(true), FOOD_ASSISTANCE(false);

    private final boolean personal;

    NeedKind(boolean personal) {
        this.personal = personal;
    }

    public boolean personal() {
        return personal;
    }
}
