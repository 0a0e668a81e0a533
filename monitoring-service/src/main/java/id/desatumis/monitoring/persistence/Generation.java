package id.desatumis.monitoring.persistence;

import java.time.OffsetDateTime;

/** One generation of the programme projection: a row of projection_generations, its tables in its own schema. */
public record Generation(int number, String ddlHash, State state, String requestedBy, OffsetDateTime startedAt,
                         OffsetDateTime liveAt, OffsetDateTime retiredAt) {

    public enum State { BUILDING, LIVE, RETIRED }

    /** The schema holding its tables. */
    public String schema() {
        return schemaOf(number);
    }

    /** Its consumer name for platform-kit's deduplication marks. */
    public String consumer() {
        return "monitoring.g" + number;
    }

    /** What a transaction of this generation sets its search_path to (the kit's tables stay in public). */
    public String searchPath() {
        return schema() + ", public";
    }

    static String schemaOf(int number) {
        if (number < 1) throw new IllegalArgumentException("generation " + number);
        return "projection_g" + number;
    }
}
