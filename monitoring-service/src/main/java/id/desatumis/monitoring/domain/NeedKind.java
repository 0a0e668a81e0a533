package id.desatumis.monitoring.domain;

import java.util.Arrays;
import java.util.List;

/** The kinds of need (DOMAIN.md), in the order every table lists them. */
public enum NeedKind {
    HOUSE_REPAIR, ELECTRICITY, SANITATION, EDUCATION, HEALTH_COVER, BUSINESS_CAPITAL, SKILLS_TRAINING, FOOD_ASSISTANCE;

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
