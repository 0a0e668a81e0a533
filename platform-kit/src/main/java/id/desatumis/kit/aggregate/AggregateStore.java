package id.desatumis.kit.aggregate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.eventstore.NewEvent;
import id.desatumis.kit.eventstore.StoredEvent;
import id.desatumis.kit.eventstore.StreamAppend;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate pipeline's repository, for every aggregate of every service: lock the stream, read it, open and
 * upcast its payloads, fold them with the domain's {@code evolve}; and for new events: encode them under their
 * declared stored names, seal them, append them with the expected version, and update the inline read models, all
 * in the caller's transaction.
 *
 * <p>The lock comes before the transaction's first write (see {@link EventStore}): a command locks, then loads, then
 * appends; sealing may make a data key (a write) only after the lock.
 */
@ApplicationScoped
public class AggregateStore {

    private final EventStore store;
    private final ObjectMapper mapper;

    public AggregateStore(EventStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    /** One aggregate's new events, for {@link #appendAll}. */
    public record Change<S, E>(AggregateType<S, E> type, Loaded<S> before, List<E> events) {
    }

    /** An aggregate as it is now (its initial state, version 0, if its stream does not exist). */
    public <S, E> Uni<Loaded<S>> load(SqlClient client, AggregateType<S, E> type, Object id) {
        return history(client, type, id).map(History::loaded);
    }

    /** Locks the stream, then loads it: the start of a command. */
    public <S, E> Uni<Loaded<S>> lockAndLoad(SqlConnection tx, AggregateType<S, E> type, Object id) {
        String stream = type.streamId(id);
        return store.lock(tx, List.of(stream)).chain(() -> load(tx, type, id));
    }

    /** The aggregate and the events it was folded from: for a command that needs the history, not just the state. */
    public <S, E> Uni<History<S, E>> lockedHistory(SqlConnection tx, AggregateType<S, E> type, Object id) {
        return store.lock(tx, List.of(type.streamId(id))).chain(() -> history(tx, type, id));
    }

    /** Takes the locks of several streams (sorted), before a command's first write. */
    public Uni<Void> lock(SqlConnection tx, List<String> streamIds) {
        return store.lock(tx, streamIds);
    }

    /** A stream that does not exist yet, to append its first events to. */
    public <S, E> Loaded<S> fresh(AggregateType<S, E> type, Object id) {
        return new Loaded<>(type.streamId(id), type.initial(), 0, false, null);
    }

    /** Appends one aggregate's decided events; nothing at all for an empty decision. */
    public <S, E> Uni<Loaded<S>> append(SqlConnection tx, AggregateType<S, E> type, Loaded<S> before, List<E> events,
                                        EventMetadata metadata) {
        return appendAll(tx, List.of(new Change<>(type, before, events)), metadata)
                .map(all -> {
                    @SuppressWarnings("unchecked") Loaded<S> after = (Loaded<S>) all.get(0);
                    return after;
                });
    }

    /** Appends the events of several aggregates atomically (all or none), each at its expected version. */
    public Uni<List<Loaded<?>>> appendAll(SqlConnection tx, List<Change<?, ?>> changes, EventMetadata metadata) {
        List<String> streams = changes.stream().filter(c -> !c.events().isEmpty()).map(c -> c.before().streamId()).toList();
        if (streams.isEmpty()) {
            return Uni.createFrom().item(changes.stream().<Loaded<?>>map(Change::before).toList());
        }
        Uni<List<StreamAppend>> encoded = Uni.createFrom().item(new ArrayList<>());
        for (Change<?, ?> change : changes) {
            if (change.events().isEmpty()) continue;
            encoded = encoded.chain(list -> encode(tx, change, metadata).map(a -> {
                list.add(a);
                return list;
            }));
        }
        return encoded.chain(appends -> store.appendAll(tx, appends))
                .chain(() -> inlineModels(tx, changes));
    }

    private Uni<List<Loaded<?>>> inlineModels(SqlConnection tx, List<Change<?, ?>> changes) {
        Uni<List<Loaded<?>>> out = Uni.createFrom().item(new ArrayList<>());
        for (Change<?, ?> change : changes) {
            out = out.chain(list -> afterChange(tx, change).map(after -> {
                list.add(after);
                return list;
            }));
        }
        return out;
    }

    private <S, E> Uni<Loaded<S>> afterChange(SqlConnection tx, Change<S, E> change) {
        if (change.events().isEmpty()) return Uni.createFrom().item(change.before());
        AggregateType<S, E> type = change.type();
        Loaded<S> before = change.before();
        Loaded<S> after = before.after(type.fold(before.state(), change.events()), change.events().size(),
                before.sealingContext());
        return type.updateInlineModels(tx, after, change.events()).replaceWith(after);
    }

    private <S, E> Uni<StreamAppend> encode(SqlConnection tx, Change<S, E> change, EventMetadata metadata) {
        AggregateType<S, E> type = change.type();
        List<ObjectNode> trees = change.events().stream().map(e -> (ObjectNode) mapper.valueToTree(e)).toList();
        String stream = change.before().streamId();
        return type.sealing().seal(tx, stream, change.before().sealingContext(), trees).map(sealed -> {
            List<NewEvent> events = new ArrayList<>();
            for (int i = 0; i < sealed.size(); i++) {
                EventTypes.Declared<E> declared = type.eventTypes().declared(change.events().get(i));
                events.add(NewEvent.of(declared.name(), declared.version(), sealed.get(i).toString()));
            }
            return new StreamAppend(stream, type.category(), change.before().version(), events, metadata);
        });
    }

    private <S, E> Uni<History<S, E>> history(SqlClient client, AggregateType<S, E> type, Object id) {
        String stream = type.streamId(id);
        return store.readStream(client, stream).chain(stored -> {
            if (stored.isEmpty()) return Uni.createFrom().item(new History<>(fresh(type, id), List.of()));
            List<ObjectNode> trees = stored.stream().map(this::tree).toList();
            List<String> streams = Collections.nCopies(stored.size(), stream);
            return type.sealing().open(client, streams, trees).map(opened -> {
                long version = stored.get(stored.size() - 1).version();
                if (opened.payloads().contains(null)) {
                    // its subject was erased: the events stay (and verify) but can no longer be read
                    return new History<>(new Loaded<>(stream, type.initial(), version, true, null), List.of());
                }
                List<E> events = new ArrayList<>();
                for (int i = 0; i < stored.size(); i++) {
                    events.add(decode(type, stored.get(i), opened.payloads().get(i)));
                }
                S state = type.fold(type.initial(), events);
                return new History<>(new Loaded<>(stream, state, version, false, opened.contexts().get(stream)), events);
            });
        });
    }

    /**
     * Reads a batch of stored events of one aggregate type, possibly of many streams, with one opening of their
     * payloads: for a catalog mapping the relay's batch. An event that can no longer be opened (its subject was
     * erased) reads as {@code null}; so does one of another category.
     */
    public <S, E> Uni<List<E>> decodeAll(SqlClient client, AggregateType<S, E> type, List<StoredEvent> batch) {
        List<StoredEvent> ours = batch.stream().filter(e -> type.category().equals(e.streamType())).toList();
        if (ours.isEmpty()) return Uni.createFrom().item(Collections.nCopies(batch.size(), null));
        List<ObjectNode> trees = ours.stream().map(this::tree).toList();
        return type.sealing().open(client, ours.stream().map(StoredEvent::streamId).toList(), trees).map(opened -> {
            Map<StoredEvent, E> decoded = new IdentityHashMap<>();
            for (int i = 0; i < ours.size(); i++) {
                ObjectNode payload = opened.payloads().get(i);
                if (payload != null) decoded.put(ours.get(i), decode(type, ours.get(i), payload));
            }
            List<E> out = new ArrayList<>(batch.size());
            batch.forEach(e -> out.add(decoded.get(e)));
            return out;
        });
    }

    private <S, E> E decode(AggregateType<S, E> type, StoredEvent stored, ObjectNode payload) {
        EventTypes.Declared<E> declared = type.eventTypes().named(stored.type())
                .orElseThrow(() -> new EventTypes.UnknownStoredType(stored.type() + " at " + stored.streamId()));
        ObjectNode current = type.eventTypes().upcast(stored.type(), stored.schemaVersion(), payload);
        try {
            return mapper.treeToValue(current, declared.javaType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event " + stored.eventId() + " (" + stored.type() + " v"
                    + stored.schemaVersion() + ") cannot be read", e);
        }
    }

    private ObjectNode tree(StoredEvent stored) {
        try {
            return (ObjectNode) mapper.readTree(stored.payloadJson());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("stored event " + stored.eventId() + " is not a JSON object", e);
        }
    }

    /** An aggregate as loaded, and the events it was folded from, in order. */
    public record History<S, E>(Loaded<S> loaded, List<E> events) {
    }
}
