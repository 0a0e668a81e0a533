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

    /**
     * One aggregate's new events, for {@link #appendAll}; with metadata of their own when they answer something else
     * than the call does (each answer of a consumer's batch caused by its own request), else the call's.
     */
    public record Change<S, E>(AggregateType<S, E> type, Loaded<S> before, List<E> events, EventMetadata metadata) {

        public Change(AggregateType<S, E> type, Loaded<S> before, List<E> events) {
            this(type, before, events, null);
        }
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
        List<Change<?, ?>> changed = changes.stream().filter(c -> !c.events().isEmpty()).toList();
        if (changed.isEmpty()) {
            return Uni.createFrom().item(changes.stream().<Loaded<?>>map(Change::before).toList());
        }
        Uni<List<StreamAppend>> encoded = Uni.createFrom().item(new ArrayList<>());
        for (List<Change<?, ?>> run : runsByType(changed)) {
            encoded = encoded.chain(list -> encode(tx, run, metadata).map(a -> {
                list.addAll(a);
                return list;
            }));
        }
        return encoded.chain(appends -> store.appendAll(tx, appends))
                .chain(() -> inlineModels(tx, changes));
    }

    /** Consecutive changes of one aggregate type, each run sealed together and its read models updated together. */
    private static List<List<Change<?, ?>>> runsByType(List<Change<?, ?>> changes) {
        List<List<Change<?, ?>>> runs = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < changes.size(); i++) {
            if (i + 1 == changes.size() || changes.get(i + 1).type() != changes.get(i).type()) {
                runs.add(changes.subList(from, i + 1));
                from = i + 1;
            }
        }
        return runs;
    }

    /**
     * The aggregates after their changes, and their inline read models brought in line: consecutive changes of one
     * aggregate type in one call (set-based where the type can), in the order given.
     */
    private Uni<List<Loaded<?>>> inlineModels(SqlConnection tx, List<Change<?, ?>> changes) {
        List<Loaded<?>> afters = changes.stream().<Loaded<?>>map(AggregateStore::after).toList();
        Uni<Void> chain = Uni.createFrom().voidItem();
        int from = 0;
        for (List<Change<?, ?>> run : runsByType(changes)) {
            List<Loaded<?>> runAfters = afters.subList(from, from + run.size());
            chain = chain.chain(() -> update(tx, run, runAfters));
            from += run.size();
        }
        return chain.replaceWith(afters);
    }

    private static <S, E> Loaded<S> after(Change<S, E> change) {
        Loaded<S> before = change.before();
        if (change.events().isEmpty()) return before;
        return before.after(change.type().fold(before.state(), change.events()), change.events().size(),
                before.sealingContext());
    }

    /** One run of changes of the same aggregate type: its batch hook, with the aggregates that changed at all. */
    @SuppressWarnings("unchecked")
    private static <S, E> Uni<Void> update(SqlConnection tx, List<Change<?, ?>> run, List<Loaded<?>> afters) {
        AggregateType<S, E> type = (AggregateType<S, E>) run.get(0).type();
        List<AggregateType.Changed<S, E>> changed = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            Change<S, E> c = (Change<S, E>) run.get(i);
            if (!c.events().isEmpty()) changed.add(new AggregateType.Changed<>((Loaded<S>) afters.get(i), c.events()));
        }
        return changed.isEmpty() ? Uni.createFrom().voidItem() : type.updateInlineModels(tx, changed);
    }

    /** Encodes a run of changes of one aggregate type, sealed together (one key round trip for a whole batch). */
    @SuppressWarnings("unchecked")
    private <S, E> Uni<List<StreamAppend>> encode(SqlConnection tx, List<Change<?, ?>> run, EventMetadata metadata) {
        AggregateType<S, E> type = (AggregateType<S, E>) run.get(0).type();
        List<String> streams = new ArrayList<>();
        List<Object> contexts = new ArrayList<>();
        List<List<ObjectNode>> trees = new ArrayList<>();
        for (Change<?, ?> c : run) {
            streams.add(c.before().streamId());
            contexts.add(c.before().sealingContext());
            trees.add(c.events().stream().map(e -> (ObjectNode) mapper.valueToTree(e)).toList());
        }
        return type.sealing().sealAll(tx, streams, contexts, trees).map(sealed -> {
            List<StreamAppend> appends = new ArrayList<>();
            for (int s = 0; s < run.size(); s++) {
                Change<S, E> change = (Change<S, E>) run.get(s);
                List<NewEvent> events = new ArrayList<>();
                for (int i = 0; i < change.events().size(); i++) {
                    EventTypes.Declared<E> declared = type.eventTypes().declared(change.events().get(i));
                    events.add(NewEvent.of(declared.name(), declared.version(), sealed.get(s).get(i).toString()));
                }
                EventMetadata own = change.metadata() == null ? metadata : change.metadata();
                appends.add(new StreamAppend(streams.get(s), type.category(), change.before().version(), events, own));
            }
            return appends;
        });
    }

    /**
     * A stream's events without taking its lock: for a stream no command can change any more (a household merged into
     * another, read by the survivor's erasure), or for a read.
     */
    public <S, E> Uni<History<S, E>> history(SqlClient client, AggregateType<S, E> type, Object id) {
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
