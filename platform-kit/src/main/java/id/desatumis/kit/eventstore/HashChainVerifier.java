package id.desatumis.kit.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Optional;

/**
 * Recomputes every stream's hash chain from what is stored and reports the first broken link:
 * an altered event, a missing or reordered version, or a stream head that does not match its last event.
 */
@ApplicationScoped
public class HashChainVerifier {

    private static final int PAGE = 500;
    private final Pool pool;

    public HashChainVerifier(Pool pool) {
        this.pool = pool;
    }

    public record Report(long eventsChecked, Optional<BrokenLink> firstBrokenLink) {
        public boolean intact() {
            return firstBrokenLink.isEmpty();
        }
    }

    public Uni<Report> verifyAll() {
        return page(new Cursor("", 0, EventHash.GENESIS, 0));
    }

    private record Cursor(String streamId, long version, byte[] lastHash, long checked) {
    }

    private Uni<Report> page(Cursor from) {
        return pool.preparedQuery(EventStore.SELECT_EVENTS
                        + " WHERE (stream_id, version) > ($1, $2) ORDER BY stream_id, version LIMIT " + PAGE)
                .execute(Tuple.of(from.streamId(), from.version()))
                .chain(rows -> {
                    Cursor c = from;
                    for (var row : rows) {
                        StoredEvent e = EventStore.toStoredEvent(row);
                        boolean sameStream = e.streamId().equals(c.streamId());
                        long expectedVersion = sameStream ? c.version() + 1 : 1;
                        if (e.version() != expectedVersion) {
                            return done(c, e, "version " + expectedVersion + " is missing");
                        }
                        byte[] previous = sameStream ? c.lastHash() : EventHash.GENESIS;
                        byte[] expected = EventHash.of(previous, e);
                        if (!Arrays.equals(expected, e.hash())) {
                            return done(c, e, "stored hash does not match the event's content and its predecessor");
                        }
                        c = new Cursor(e.streamId(), e.version(), e.hash(), c.checked() + 1);
                    }
                    if (rows.size() < PAGE) {
                        long checked = c.checked();
                        return streamHeads().map(broken -> new Report(checked, broken));
                    }
                    return page(c);
                });
    }

    /** A removed last event leaves no gap; the stream row's head (version and hash) reveals it. */
    private Uni<Optional<BrokenLink>> streamHeads() {
        return pool.query("""
                        SELECT s.stream_id, s.version, coalesce(last.global_position, 0) AS position
                        FROM event_streams s
                        LEFT JOIN LATERAL (SELECT version, hash, global_position FROM events e
                                           WHERE e.stream_id = s.stream_id ORDER BY version DESC LIMIT 1) last ON true
                        WHERE last.version IS DISTINCT FROM s.version OR last.hash IS DISTINCT FROM s.last_hash
                        ORDER BY s.stream_id LIMIT 1""")
                .execute()
                .map(rows -> {
                    var it = rows.iterator();
                    if (!it.hasNext()) return Optional.empty();
                    var r = it.next();
                    return Optional.of(new BrokenLink(r.getString("stream_id"), r.getLong("version"),
                            r.getLong("position"), "the stream's head does not match its last stored event"));
                });
    }

    private static Uni<Report> done(Cursor c, StoredEvent e, String reason) {
        return Uni.createFrom().item(new Report(c.checked(),
                Optional.of(new BrokenLink(e.streamId(), e.version(), e.globalPosition(), reason))));
    }
}
