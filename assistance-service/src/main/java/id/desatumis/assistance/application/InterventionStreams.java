package id.desatumis.assistance.application;

import java.util.UUID;

/** The stream of an intervention (the lead's aggregate, category {@code intervention}). */
final class InterventionStreams {

    private InterventionStreams() {
    }

    static String streamIdOf(UUID interventionId) {
        return "intervention-" + interventionId;
    }
}
