package id.desatumis.assessment.domain;

/** The 14 BPS criteria of a poor household, as the house-to-house form records them (DOMAIN.md). */
public enum Criterion {
    C01_FLOOR_AREA("floor area under 8 m2 per person"),
    C02_FLOOR("floor of earth, bamboo or cheap wood"),
    C03_WALLS("walls of bamboo, rumbia, low-grade wood or unplastered brick"),
    C04_TOILET("no toilet, or one shared with other households"),
    C05_ELECTRICITY("no electricity for lighting"),
    C06_WATER("drinking water from an unprotected well or spring, river or rain"),
    C07_COOKING_FUEL("cooking with firewood, charcoal or kerosene"),
    C08_PROTEIN("meat, milk or chicken at most once a week"),
    C09_CLOTHES("one set of new clothes a year at most"),
    C10_MEALS("one or two meals a day"),
    C11_TREATMENT("cannot pay for treatment at the puskesmas or a clinic"),
    C12_HEAD_INCOME("head a small farmer or labourer, or earning under Rp600,000 a month"),
    C13_HEAD_SCHOOLING("head's schooling none or primary (SD) at most"),
    C14_SAVINGS("no savings or saleable assets worth Rp500,000");

    private final String meaning;

    Criterion(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
