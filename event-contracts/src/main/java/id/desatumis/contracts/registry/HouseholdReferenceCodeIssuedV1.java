package id.desatumis.contracts.registry;

/**
 * The household has a new reference code (its first, or one re-issued when the old one was lost: the old one stops
 * working). Only the code's hash travels ({@link ReferenceCodes#hash}), never the code: a service answering a
 * household that types its code hashes what was typed and looks for this hash. Consumers keep the latest per
 * household. Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type {@value #CE_TYPE}.
 *
 * @param householdId       the household
 * @param desaCode          its desa
 * @param referenceCodeHash lowercase hex SHA-256 of the canonical code (64 characters)
 * @param issuedAt          ISO-8601 instant issued
 */
public record HouseholdReferenceCodeIssuedV1(String householdId, String desaCode, String referenceCodeHash,
                                             String issuedAt) {

    public static final String EVENT_TYPE = "HouseholdReferenceCodeIssued";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.HouseholdReferenceCodeIssued.v1";
}
