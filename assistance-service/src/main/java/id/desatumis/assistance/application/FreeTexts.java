package id.desatumis.assistance.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.desatumis.kit.crypto.FieldCipher;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The free text of a stored event, which staff and offices write about a family and which is sealed under the
 * household's key: a delivery's {@code description}, its evidence's {@code photoReference} and its
 * {@code onBehalfReason}; a plan's {@code actorReason} and guard override's {@code reason}; the {@code reason} of a
 * dispute (beside its {@code ground}), of a dispute's resolution (beside its {@code resolution}) and of a
 * cancellation (beside its {@code cause}); a need's closure {@code note}. The other {@code reason}s are codes (a
 * refused reservation's, a need's cancellation) and stay in clear. Sealing and opening look at these positions only,
 * whatever the event's type; a value whose household has no key any more (erased) opens as null, but an
 * {@code onBehalfReason}, whose presence says that Dinas Sosial reported for the responsible actor, as {@link #ERASED}.
 */
final class FreeTexts {

    /** What a text reads as when it cannot be opened and its presence means something. */
    static final String ERASED = "(erased)";
    private static final Set<String> PRESENCE_MEANS_SOMETHING = Set.of("onBehalfReason");

    /** A field under its parents (from the event's root), free text in the events that {@code applies} accepts. */
    private record Field(List<String> parents, String name, Predicate<JsonNode> applies) {
    }

    private static final Predicate<JsonNode> ALWAYS = event -> true;
    private static final List<Field> FIELDS = List.of(
            new Field(List.of("delivery"), "description", ALWAYS),
            new Field(List.of("delivery", "evidence"), "photoReference", ALWAYS),
            new Field(List.of("delivery"), "onBehalfReason", ALWAYS),
            new Field(List.of("plan"), "actorReason", ALWAYS),
            new Field(List.of("plan", "override"), "reason", ALWAYS),
            new Field(List.of(), "reason", event -> event.has("ground") || event.has("resolution") || event.has("cause")),
            new Field(List.of(), "note", ALWAYS));

    private FreeTexts() {
    }

    /** Whether the event has a free text to seal (a new event's texts are all plain). */
    static boolean anyToSeal(ObjectNode event) {
        for (Field f : FIELDS) {
            ObjectNode holder = holder(event, f);
            JsonNode v = holder == null ? null : holder.get(f.name());
            if (v != null && !v.isNull()) return true;
        }
        return false;
    }

    /** The household the event names ({@code householdId}, or its plan's); null when it names none. */
    static UUID householdNamed(JsonNode event) {
        JsonNode id = event.hasNonNull("householdId") ? event.get("householdId") : event.path("plan").get("householdId");
        return id == null || id.isNull() ? null : UUID.fromString(id.asText());
    }

    /**
     * Seals each free text in place under the household's key; with no key (the household was erased) the text is not
     * kept at all: it is stored as it would read, null or {@link #ERASED} (so a delivery reported on behalf of another
     * actor stays one).
     */
    static void seal(ObjectNode event, UUID household, byte[] key) {
        for (Field f : FIELDS) {
            ObjectNode holder = holder(event, f);
            JsonNode v = holder == null ? null : holder.get(f.name());
            // one that looks sealed too: a client's text may begin as a sealed value does ("enc:v1:"), and passed over
            // it would be stored in clear and fail to open on every later read
            if (v == null || v.isNull()) continue;
            holder.set(f.name(), key != null ? new TextNode(FieldCipher.seal(household, key, v.asText())) : erased(f.name()));
        }
    }

    /** The subjects (households) whose keys open this stored event's sealed texts. */
    static Set<UUID> sealedSubjects(ObjectNode event) {
        Set<UUID> out = new HashSet<>();
        for (Field f : FIELDS) {
            ObjectNode holder = holder(event, f);
            UUID subject = holder == null ? null : sealedUnder(holder.get(f.name()));
            if (subject != null) out.add(subject);
        }
        return out;
    }

    /**
     * Opens the sealed texts in place; where their household's key is gone (or is not given), null, or {@link #ERASED}
     * for a text whose presence means something. Only the free-text fields are looked at: any other text a client
     * sent (a document number, a programme) may begin as a sealed value does, and is what it says.
     */
    static void open(ObjectNode event, Map<UUID, byte[]> keys) {
        for (Field f : FIELDS) {
            ObjectNode holder = holder(event, f);
            JsonNode v = holder == null ? null : holder.get(f.name());
            UUID subject = sealedUnder(v);
            if (subject == null) continue;
            byte[] key = keys.get(subject);
            holder.set(f.name(), key != null ? new TextNode(FieldCipher.open(v.textValue(), key)) : erased(f.name()));
        }
    }

    /** What a text of an erased household is kept and read as: null, or {@link #ERASED} where its presence counts. */
    private static JsonNode erased(String field) {
        return PRESENCE_MEANS_SOMETHING.contains(field) ? new TextNode(ERASED) : NullNode.getInstance();
    }

    private static ObjectNode holder(ObjectNode event, Field f) {
        JsonNode at = event;
        for (String p : f.parents()) {
            at = at.get(p);
            if (at == null) return null;
        }
        return at instanceof ObjectNode o && f.applies().test(event) ? o : null;
    }

    /**
     * The household a stored free text is sealed under; null for a text in clear, which one stored before the texts were
     * sealed is, even one that begins as a sealed value does (it is shown as it was stored).
     */
    private static UUID sealedUnder(JsonNode v) {
        if (v == null || !v.isTextual() || !FieldCipher.isSealed(v.textValue())) return null;
        try {
            return FieldCipher.subjectOf(v.textValue());
        } catch (IllegalArgumentException | IndexOutOfBoundsException notSealed) {
            return null;
        }
    }
}
