package id.desatumis.registry.application.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.desatumis.kit.crypto.FieldCipher;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Which fields of a stored household event are personal, and under whose key: a person's {@code nik},
 * {@code name} and {@code birthDate} under the key of the member they belong to; a household's
 * {@code kkNumber}, {@code previousKkNumber}, {@code address} and {@code referenceCode} (the key to its status, so
 * erasure must destroy it too) under the household's key, with the free-text {@code reason} of a change (a merge, a
 * move, a KK change, a duplicate's review: staff write what they know of the family there). Events stored before a
 * field was sealed keep it in clear: an append-only store cannot seal them afterwards (see the README).
 */
public final class PersonalFields {

    private static final Set<String> PERSON = Set.of("nik", "name", "birthDate");
    private static final Set<String> HOUSEHOLD = Set.of("kkNumber", "previousKkNumber", "address", "referenceCode",
            "reason");

    /** Every field name: to open every personal field. */
    public static final Predicate<String> EVERY_FIELD = field -> true;

    private PersonalFields() {
    }

    /** The subjects whose keys sealing this event needs. */
    public static Set<UUID> subjects(JsonNode event) {
        Set<UUID> out = new HashSet<>();
        if (HOUSEHOLD.stream().anyMatch(f -> event.hasNonNull(f)) && event.hasNonNull("householdId")) {
            out.add(UUID.fromString(event.get("householdId").asText()));
        }
        walkMembers(event, m -> out.add(UUID.fromString(m.get("memberId").asText())));
        return out;
    }

    /** Seals every personal field in place. */
    public static void seal(ObjectNode event, Map<UUID, byte[]> keys) {
        if (event.hasNonNull("householdId")) {
            UUID household = UUID.fromString(event.get("householdId").asText());
            sealFields(event, HOUSEHOLD, household, keys);
        }
        walkMembers(event, m -> sealFields(m, PERSON, UUID.fromString(m.get("memberId").asText()), keys));
    }

    /** The subjects of the sealed values, under the fields {@code opened} names, in a stored event. */
    public static Set<UUID> sealedSubjects(JsonNode node, Predicate<String> opened) {
        Set<UUID> out = new HashSet<>();
        collect(node, opened, out);
        return out;
    }

    /**
     * Opens the sealed values under the fields {@code opened} names, in place; a value whose subject has no key
     * (erased) becomes null. Other sealed values stay sealed.
     */
    public static void open(JsonNode node, Map<UUID, byte[]> keys, Predicate<String> opened) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                var field = it.next();
                JsonNode v = field.getValue();
                if (isSealed(v)) {
                    if (!opened.test(field.getKey())) continue;
                    byte[] key = keys.get(FieldCipher.subjectOf(v.textValue()));
                    field.setValue(key == null ? NullNode.getInstance() : new TextNode(FieldCipher.open(v.textValue(), key)));
                } else {
                    open(v, keys, opened);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> open(child, keys, opened));
        }
    }

    private static void sealFields(ObjectNode node, Set<String> fields, UUID subject, Map<UUID, byte[]> keys) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            // every value is sealed, one that looks sealed too: a client's text may begin as a sealed value does
            // ("enc:v1:"), and passed over it would be stored in clear and fail to open on every later read
            if (v == null || v.isNull()) continue;
            byte[] key = keys.get(subject);
            if (key == null) {
                throw new IllegalStateException("no key for subject " + subject + ": it was erased");
            }
            node.put(f, FieldCipher.seal(subject, key, v.asText()));
        }
    }

    private static void walkMembers(JsonNode node, Consumer<ObjectNode> action) {
        if (node instanceof ObjectNode object) {
            if (object.hasNonNull("memberId") && PERSON.stream().anyMatch(object::hasNonNull)) {
                action.accept(object);
            }
            object.elements().forEachRemaining(child -> walkMembers(child, action));
        } else if (node.isArray()) {
            node.forEach(child -> walkMembers(child, action));
        }
    }

    private static void collect(JsonNode node, Predicate<String> opened, Set<UUID> out) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(f -> {
                if (isSealed(f.getValue())) {
                    if (opened.test(f.getKey())) out.add(FieldCipher.subjectOf(f.getValue().textValue()));
                } else {
                    collect(f.getValue(), opened, out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, opened, out));
        }
    }

    private static boolean isSealed(JsonNode v) {
        return v.isTextual() && FieldCipher.isSealed(v.textValue());
    }
}
