package id.desatumis.assessment.domain;

/** Where the form was filled in (WGS 84), when the enumerator's device knew. Never published. */
public record GeoPoint(double latitude, double longitude) {
}
