package id.desatumis.kit.aggregate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The stored event types of one aggregate, each by a stable name and its current schema version. What a stored row
 * says it is comes from here, never from a Java class name: renaming a record changes nothing stored, and changing
 * a record's fields means a new schema version and an upcaster from the previous one.
 *
 * <p>Upcasters are plain functions on the payload's JSON tree, one per type and version step (n to n+1); an event
 * stored at version 1 of a type now at version 3 is read through both steps, in order.
 *
 * @param <E> the aggregate's event family (a sealed interface: every permitted record must be declared)
 */
public final class EventTypes<E> {

    /** One declared type: its stored name, its current schema version, and the record it reads into. */
    public record Declared<E>(String name, int version, Class<? extends E> javaType) {
    }

    private final Map<String, Declared<E>> byName;
    private final Map<Class<?>, Declared<E>> byClass;
    private final Map<String, UnaryOperator<ObjectNode>> upcasters;

    private EventTypes(Map<String, Declared<E>> byName, Map<String, UnaryOperator<ObjectNode>> upcasters) {
        this.byName = Map.copyOf(byName);
        this.upcasters = Map.copyOf(upcasters);
        Map<Class<?>, Declared<E>> classes = new HashMap<>();
        byName.values().forEach(d -> classes.put(d.javaType(), d));
        this.byClass = Map.copyOf(classes);
    }

    public static <E> Builder<E> of(Class<E> family) {
        return new Builder<>(family);
    }

    /** How an event of the family is stored. */
    public Declared<E> declared(E event) {
        Declared<E> d = byClass.get(event.getClass());
        if (d == null) throw new IllegalArgumentException(event.getClass().getName() + " is not a declared event type");
        return d;
    }

    /** The declared type of a stored name, or empty for a name this aggregate does not know. */
    public Optional<Declared<E>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Declared<E>> all() {
        return List.copyOf(byName.values());
    }

    /**
     * Brings a stored payload from its stored schema version to the current one, step by step (in place where the
     * steps work in place). A version newer than the declared one is refused: an older build must not misread it.
     */
    public ObjectNode upcast(String name, int storedVersion, ObjectNode payload) {
        Declared<E> d = byName.get(name);
        if (d == null) throw new UnknownStoredType(name);
        if (storedVersion > d.version()) {
            throw new IllegalStateException(name + " is stored at schema version " + storedVersion
                    + ", newer than this build reads (" + d.version() + ")");
        }
        ObjectNode tree = payload;
        for (int v = storedVersion; v < d.version(); v++) {
            UnaryOperator<ObjectNode> step = upcasters.get(key(name, v));
            if (step == null) throw new IllegalStateException("no upcaster for " + name + " from version " + v);
            tree = step.apply(tree);
        }
        return tree;
    }

    private static String key(String name, int fromVersion) {
        return name + "@" + fromVersion;
    }

    /** A stored event whose type name no declaration knows: the stream cannot be folded safely. */
    public static final class UnknownStoredType extends IllegalStateException {
        public UnknownStoredType(String name) {
            super("unknown stored event type " + name);
        }
    }

    public static final class Builder<E> {
        private final Class<E> family;
        private final Map<String, Declared<E>> byName = new LinkedHashMap<>();
        private final Map<String, UnaryOperator<ObjectNode>> upcasters = new HashMap<>();

        private Builder(Class<E> family) {
            this.family = family;
        }

        /** Declares a type at its current schema version (1 for a type that never changed). */
        public Builder<E> type(String name, int version, Class<? extends E> javaType) {
            if (name == null || !name.matches("[A-Z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("a stored type name is PascalCase: " + name);
            }
            if (version < 1) throw new IllegalArgumentException("schema versions start at 1: " + name);
            if (byName.values().stream().anyMatch(d -> d.javaType().equals(javaType))) {
                throw new IllegalArgumentException(javaType.getName() + " is declared twice");
            }
            if (byName.putIfAbsent(name, new Declared<>(name, version, javaType)) != null) {
                throw new IllegalArgumentException("stored type " + name + " is declared twice");
            }
            return this;
        }

        /** The step that reads {@code name} stored at {@code fromVersion} as {@code fromVersion + 1}. */
        public Builder<E> upcaster(String name, int fromVersion, UnaryOperator<ObjectNode> step) {
            if (upcasters.putIfAbsent(key(name, fromVersion), step) != null) {
                throw new IllegalArgumentException("two upcasters for " + name + " from version " + fromVersion);
            }
            return this;
        }

        /** Checks the declarations are whole: every record of a sealed family declared, every step there. */
        public EventTypes<E> build() {
            if (family.isSealed()) {
                Arrays.stream(family.getPermittedSubclasses())
                        .filter(c -> byName.values().stream().noneMatch(d -> d.javaType().equals(c)))
                        .findFirst()
                        .ifPresent(c -> {
                            throw new IllegalStateException(c.getName() + " has no stored type name: declare it");
                        });
            }
            for (Declared<E> d : byName.values()) {
                for (int v = 1; v < d.version(); v++) {
                    if (!upcasters.containsKey(key(d.name(), v))) {
                        throw new IllegalStateException(d.name() + " is at version " + d.version()
                                + " but has no upcaster from version " + v);
                    }
                }
            }
            upcasters.keySet().stream().map(k -> k.substring(0, k.indexOf('@')))
                    .filter(n -> !byName.containsKey(n)).findFirst()
                    .ifPresent(n -> {
                        throw new IllegalStateException("upcaster for undeclared type " + n);
                    });
            return new EventTypes<>(byName, upcasters);
        }
    }
}
