package id.desatumis.contracts.monitoring;

/**
 * tkpkd declared a desa tuntas, citing the forum decision, when every verified need of every verified-poor household
 * in it was met or closed for a recorded reason. Published on {@link MonitoringTopics#DESA} with the key
 * {@code desa-<desaCode>}, as CloudEvent type {@value #CE_TYPE}.
 *
 * @param desaCode        dotted Kemendagri desa code
 * @param decisionNumber  the forum decision the declaration cites
 * @param householdsMet   verified-poor households whose needs were all met or closed, at the declaration
 * @param needsMet        needs met by a verified delivery, at the declaration
 * @param needsClosed     needs closed for a recorded reason, at the declaration
 * @param declaredAt      ISO-8601 instant recorded
 */
public record VillageDeclaredTuntasV1(String desaCode, String decisionNumber, int householdsMet, int needsMet,
                                      int needsClosed, String declaredAt) {

    public static final String EVENT_TYPE = "VillageDeclaredTuntas";
    public static final int VERSION = 1;
    public static final String CE_TYPE = "id.desatumis.monitoring.VillageDeclaredTuntas.v1";
}
