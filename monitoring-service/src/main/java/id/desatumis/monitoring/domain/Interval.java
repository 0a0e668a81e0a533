package id.desatumis.monitoring.domain;

/** The length of one period of the indicators over time. */
public enum Interval {
    MONTH, QUARTER, YEAR
}
