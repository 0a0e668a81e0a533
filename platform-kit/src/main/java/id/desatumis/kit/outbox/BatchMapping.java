package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;
import io.vertx.pgclient.PgException;

import java.io.IOException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * A batch mapped through the catalog, with the streams that cannot be: an event whose mapping fails for a reason
 * that will not pass by itself (an unknown stored type, a seal that will not open, a bug in a mapper) parks its
 * stream, and every later event of that stream is held back with it, so the stream stays in order; every other
 * stream goes on. A failure that looks transient (the database or the network) fails the batch instead, to be read
 * and mapped again, as before.
 */
final class BatchMapping {

    /** The public records (empty for internal and held events) and the streams this batch parked. */
    record Result(List<Optional<PublicRecord>> records, List<ParkedStream> parked) {
    }

    private final PublicEventCatalog catalog;
    /** The streams held back, as the table has them plus those parked since; shared with the relay's thread. */
    private final Set<String> parked = ConcurrentHashMap.newKeySet();

    BatchMapping(PublicEventCatalog catalog) {
        this.catalog = catalog;
    }

    /** Starts over from the table (each time the pipeline restarts from the checkpoint). */
    void reset(Map<String, Long> fromTable) {
        parked.clear();
        parked.addAll(fromTable.keySet());
    }

    int parkedCount() {
        return parked.size();
    }

    /** A released stream's events map again. */
    void release(String streamId) {
        parked.remove(streamId);
    }

    Result map(List<StoredEvent> batch) {
        List<Optional<PublicRecord>> out = new ArrayList<>(Collections.nCopies(batch.size(), Optional.empty()));
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!parked.contains(batch.get(i).streamId())) open.add(i);
        }
        try {
            List<Optional<PublicRecord>> mapped = catalog.toPublic(open.stream().map(batch::get).toList());
            for (int j = 0; j < open.size(); j++) out.set(open.get(j), mapped.get(j));
            return new Result(out, List.of());
        } catch (RuntimeException batchFailure) {
            if (isTransient(batchFailure)) throw batchFailure;
        }
        // one by one, to find the events that fail
        List<ParkedStream> parkedNow = new ArrayList<>();
        for (int i : open) {
            StoredEvent event = batch.get(i);
            if (parked.contains(event.streamId())) continue; // parked by an earlier event of this batch
            try {
                out.set(i, catalog.toPublic(event));
            } catch (RuntimeException failure) {
                if (isTransient(failure)) throw failure;
                parked.add(event.streamId());
                parkedNow.add(ParkedStream.at(event, failure));
            }
        }
        return new Result(out, parkedNow);
    }

    /** A failure of the database or the network, which a retry may not meet again. */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof TimeoutException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            // connection exceptions, operator intervention, insufficient resources, serialization failures
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57")
                    || pg.getSqlState().startsWith("53") || pg.getSqlState().startsWith("40"))) {
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }
}
