package id.desatumis.assessment.domain;

/** A household's class under a policy. */
public enum PovertyClass {
    EXTREME_POOR, POOR, NEAR_POOR, NOT_POOR
}
