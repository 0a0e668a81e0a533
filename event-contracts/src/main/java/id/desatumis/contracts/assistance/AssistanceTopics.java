package id.desatumis.contracts.assistance;

/**
 * The topics assistance-service writes. The record key is the stream id ({@code intervention-<id>},
 * {@code household-<id>}, {@code budget-line-<id>}): one stream's events (an intervention's reservation request, then
 * its release or consumes) stay in order in one partition.
 */
public final class AssistanceTopics {
    public static final String SOURCE = "/desatumis/assistance";
    public static final String INTERVENTION = "desatumis.assistance.intervention.v1";

    private AssistanceTopics() {
    }
}
