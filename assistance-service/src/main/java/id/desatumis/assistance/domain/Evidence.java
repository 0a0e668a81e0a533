package id.desatumis.assistance.domain;

/**
 * What proves a delivery, never personal data: the number of its document (a handover record, a contract), and a
 * photo kept elsewhere by its reference with its SHA-256, so that a swapped photo is noticed.
 */
public record Evidence(String documentNumber, String photoReference, String photoSha256) {
}
