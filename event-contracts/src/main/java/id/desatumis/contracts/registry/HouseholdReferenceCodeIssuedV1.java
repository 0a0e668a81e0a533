package id.desatumis.contracts.registry;

/**
 * The household was given a reference code (at registration, for an existing household once, or again when the old
 * one was lost): the key of the public status lookup. Only its hash travels; a re-issue publishes this again with a new
 * hash, and the old code stops working. Published on {@link RegistryTopics#HOUSEHOLD} as CloudEvent type
 * {@value #CE_TYPE}.
 *
 * @param householdId       the household
 * @param desaCode          its desa
 * @param referenceCodeHash {@link ReferenceCodes#hash} of the canonical code: lowercase hex SHA-256
 * @param issuedAt          ISO-8601 instant recorded
 */
public record HouseholdReferenceCodeIssuedV1(String householdId, String desaCode, String referenceCodeHash, String issuedAt) {

    public static final String EVENT_TYPE = "HouseholdReferenceCodeIssued";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.registry.HouseholdReferenceCodeIssued.v1";
}
