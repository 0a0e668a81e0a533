package id.desatumis.assessment.domain;

/** The kinds of need the programme answers (DOMAIN.md, "Kinds of need"). */
public enum NeedKind {
    HOUSE_REPAIR, ELECTRICITY, SANITATION, EDUCATION, HEALTH_COVER, BUSINESS_CAPITAL, SKILLS_TRAINING, FOOD_ASSISTANCE
}
