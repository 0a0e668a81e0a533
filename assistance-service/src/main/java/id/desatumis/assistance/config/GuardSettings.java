package id.desatumis.assistance.config;

import id.desatumis.assistance.domain.GuardWindow;
import id.desatumis.assistance.domain.NeedKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * How long one kind of assistance keeps another of the same kind away from the same household, or member for a
 * personal kind ({@code desatumis.guard.<kind>}): an ISO-8601 period either side of the earlier one's date, or
 * {@code same-month}. A value that is neither stops the service at start.
 */
@ConfigMapping(prefix = "desatumis.guard")
public interface GuardSettings {

    /** A house repaired is not repaired again within five years. */
    @WithDefault("P5Y")
    @WithConverter(GuardWindowConverter.class)
    GuardWindow houseRepair();

    /** A connection lasts: ten years. */
    @WithDefault("P10Y")
    @WithConverter(GuardWindowConverter.class)
    GuardWindow electricity();

    @WithDefault("P5Y")
    @WithConverter(GuardWindowConverter.class)
    GuardWindow sanitation();

    /** A school year's support. */
    @WithDefault("P1Y")
    @WithConverter(GuardWindowConverter.class)
    GuardWindow education();

    /** A year's premium. */
    @WithDefault("P1Y")
    @WithConverter(GuardWindowConverter.class)
    GuardWindow healthCover();

    @WithDefault("P2Y")
    @WithConverter(GuardWindowConverter.class)
    GuardWindow businessCapital();

    @WithDefault("P1Y")
    @WithConverter(GuardWindowConverter.class)
    GuardWindow skillsTraining();

    /** Food assistance is monthly: once per calendar month. */
    @WithDefault("same-month")
    @WithConverter(GuardWindowConverter.class)
    GuardWindow foodAssistance();

    /** The window of a kind. */
    default GuardWindow window(NeedKind kind) {
        return switch (kind) {
            case HOUSE_REPAIR -> houseRepair();
            case ELECTRICITY -> electricity();
            case SANITATION -> sanitation();
            case EDUCATION -> education();
            case HEALTH_COVER -> healthCover();
            case BUSINESS_CAPITAL -> businessCapital();
            case SKILLS_TRAINING -> skillsTraining();
            case FOOD_ASSISTANCE -> foodAssistance();
        };
    }
}
