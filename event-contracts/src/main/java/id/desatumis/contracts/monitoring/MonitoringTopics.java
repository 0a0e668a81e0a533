package id.desatumis.contracts.monitoring;

/**
 * The topics monitoring-service writes: the decisions tkpkd records about a desa's place in the programme. The record
 * key is the stream id {@code desa-<desaCode>}: one desa's intake and its declaration stay in order in one partition.
 */
public final class MonitoringTopics {
    public static final String SOURCE = "/desatumis/monitoring";
    public static final String DESA = "desatumis.monitoring.desa.v1";

    private MonitoringTopics() {
    }
}
