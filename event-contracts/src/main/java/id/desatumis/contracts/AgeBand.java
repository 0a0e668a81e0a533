package id.desatumis.contracts;

import java.time.LocalDate;
import java.time.Period;

/**
 * The only form in which an age leaves the registry: a band from a fixed list (ARCHITECTURE.md,
 * "Personal data"), computed as of the event's time. Never a birth date.
 */
public enum AgeBand {
    AGE_0_6("0-6", 0, 6),
    AGE_7_12("7-12", 7, 12),
    AGE_13_15("13-15", 13, 15),
    AGE_16_18("16-18", 16, 18),
    AGE_19_24("19-24", 19, 24),
    AGE_25_59("25-59", 25, 59),
    AGE_60_PLUS("60+", 60, Integer.MAX_VALUE);

    private final String label;
    private final int from;
    private final int to;

    AgeBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    /** The label as published, for example {@code "25-59"}. */
    public String label() {
        return label;
    }

    public static AgeBand of(LocalDate birthDate, LocalDate asOf) {
        int years = Math.max(0, Period.between(birthDate, asOf).getYears());
        for (AgeBand band : values()) {
            if (years >= band.from && years <= band.to) {
                return band;
            }
        }
        throw new IllegalStateException("no band for age " + years);
    }

    public static AgeBand fromLabel(String label) {
        for (AgeBand band : values()) {
            if (band.label.equals(label)) {
                return band;
            }
        }
        throw new IllegalArgumentException("unknown age band " + label);
    }
}
