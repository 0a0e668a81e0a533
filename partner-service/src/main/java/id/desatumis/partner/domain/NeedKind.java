package id.desatumis.partner.domain;

/** The kinds of need of DOMAIN.md: what a partner pledges to and what the responsibility matrix assigns. */
public enum NeedKind {
    HOUSE_REPAIR, ELECTRICITY, SANITATION, EDUCATION, HEALTH_COVER, BUSINESS_CAPITAL, SKILLS_TRAINING, FOOD_ASSISTANCE
}
