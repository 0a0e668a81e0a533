package id.desatumis.kit.eventstore;

import io.vertx.mutiny.sqlclient.Tuple;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The arguments of one append_events call (db/kit V1_12): per-stream arrays, then per-event arrays with the
 * events of the streams one after the other, and the canonical JSON of each event up to its version, which
 * only the database decides.
 */
final class AppendCall {

    static final String SQL = "SELECT append_events($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

    private AppendCall() {
    }

    static Tuple of(List<StreamAppend> appends, OffsetDateTime recordedAt) {
        int streams = appends.size();
        String[] ids = new String[streams];
        String[] types = new String[streams];
        Long[] expected = new Long[streams];
        String[] metadata = new String[streams];
        Integer[] counts = new Integer[streams];
        List<UUID> eventIds = new ArrayList<>();
        List<String> eventTypes = new ArrayList<>();
        List<Integer> schemaVersions = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            StreamAppend a = appends.get(s);
            ids[s] = a.streamId();
            types[s] = a.streamType();
            expected[s] = a.expectedVersion();
            metadata[s] = EventStore.metadataJson(a.metadata());
            String canonicalMetadata = CanonicalJson.canonicalize(metadata[s]);
            counts[s] = a.events().size();
            for (NewEvent e : a.events()) {
                eventIds.add(e.eventId());
                eventTypes.add(e.type());
                schemaVersions.add(e.schemaVersion());
                payloads.add(e.payloadJson());
                prefixes.add(EventHash.prefixOfCanonical(a.streamId(), e.eventId(), e.type(), e.schemaVersion(),
                        CanonicalJson.canonicalize(e.payloadJson()), canonicalMetadata, recordedAt));
            }
        }
        return Tuple.tuple(List.of(ids, types, expected, metadata, counts, eventIds.toArray(UUID[]::new),
                eventTypes.toArray(String[]::new), schemaVersions.toArray(Integer[]::new),
                payloads.toArray(String[]::new), prefixes.toArray(String[]::new), recordedAt));
    }
}
