package id.desatumis.contracts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says what in a contract's current JSON Schema breaks a reader of its last released one. Both directions count,
 * because topics are kept forever: a consumer built on the released schema reads new events, and a consumer built on
 * the new one replays events published under the released one.
 * <ul>
 * <li>Compatible: a new optional field (not required, may be null); a changed title or description.</li>
 * <li>Breaking: a removed field (a renamed one is a removed one plus a new one); a changed type or format, also
 * inside nested objects and array items; a field that becomes required or stops being required; a field that may
 * now be null or no longer be null; a new field that is required; an enum value removed or added.</li>
 * <li>A new enum value breaks too: our consumers read a payload into its contract with Jackson, which fails on an
 * unknown enum constant, and an ordered projection then stops (a malformed event of a known type stops it loudly).
 * A new value therefore needs a new version of the event type.</li>
 * <li>Any other keyword (anyOf, $ref, minimum, pattern, additionalProperties...) must stay as it was: this check
 * cannot judge it, so a change there counts as breaking rather than passing unseen.</li>
 * </ul>
 */
final class SchemaCompatibility {

    /** Keywords that only describe; they may change freely. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "examples", "default", "deprecated");
    /** Keywords this class judges itself. */
    private static final Set<String> JUDGED = Set.of("type", "format", "enum", "properties", "required", "items");

    private SchemaCompatibility() {
    }

    /** Each breaking change, as a sentence naming the field's path ({@code $.members[].sex}); empty when compatible. */
    static List<String> breakingChanges(JsonNode released, JsonNode current) {
        List<String> changes = new ArrayList<>();
        compare("$", released, current, changes);
        return changes;
    }

    private static void compare(String path, JsonNode was, JsonNode now, List<String> changes) {
        Set<String> wasTypes = types(was);
        Set<String> nowTypes = types(now);
        boolean wasNullable = wasTypes.remove("null");
        boolean nowNullable = nowTypes.remove("null");
        if (!wasTypes.equals(nowTypes)) {
            changes.add(path + ": type changed from " + wasTypes + " to " + nowTypes);
            return;
        }
        if (wasNullable && !nowNullable) {
            changes.add(path + ": may no longer be null, but events already published carry null there");
        } else if (!wasNullable && nowNullable) {
            changes.add(path + ": may now be null, but readers of the released schema expect a value");
        }
        if (!was.path("format").equals(now.path("format"))) {
            changes.add(path + ": format changed from " + was.path("format") + " to " + now.path("format"));
        }
        compareEnums(path, was, now, changes);
        compareUnjudgedKeywords(path, was, now, changes);
        if (was.has("properties") || now.has("properties")) {
            compareProperties(path, was, now, changes);
        }
        if (was.has("items") != now.has("items")) {
            changes.add(path + ": items " + (was.has("items") ? "removed" : "added"));
        } else if (was.has("items")) {
            compare(path + "[]", was.get("items"), now.get("items"), changes);
        }
    }

    private static void compareProperties(String path, JsonNode was, JsonNode now, List<String> changes) {
        JsonNode wasFields = was.path("properties");
        JsonNode nowFields = now.path("properties");
        Set<String> wasRequired = strings(was.path("required"));
        Set<String> nowRequired = strings(now.path("required"));
        for (String name : names(wasFields)) {
            String field = path + "." + name;
            if (!nowFields.has(name)) {
                changes.add(field + ": removed (or renamed), but readers of the released schema read it");
                continue;
            }
            if (wasRequired.contains(name) && !nowRequired.contains(name)) {
                changes.add(field + ": no longer required, but readers of the released schema count on it");
            } else if (!wasRequired.contains(name) && nowRequired.contains(name)) {
                changes.add(field + ": became required, but events already published may lack it");
            }
            compare(field, wasFields.get(name), nowFields.get(name), changes);
        }
        for (String name : names(nowFields)) {
            if (!wasFields.has(name) && nowRequired.contains(name)) {
                changes.add(path + "." + name + ": added as required, but events already published lack it");
            }
        }
    }

    private static void compareEnums(String path, JsonNode was, JsonNode now, List<String> changes) {
        if (was.has("enum") != now.has("enum")) {
            changes.add(path + ": enum " + (was.has("enum") ? "dropped, so any value may come" : "imposed on a free value"));
            return;
        }
        Set<String> removed = strings(was.path("enum"));
        removed.removeAll(strings(now.path("enum")));
        Set<String> added = strings(now.path("enum"));
        added.removeAll(strings(was.path("enum")));
        if (!removed.isEmpty()) {
            changes.add(path + ": enum values " + removed + " removed, but events already published carry them");
        }
        if (!added.isEmpty()) {
            changes.add(path + ": enum values " + added + " added, which readers of the released schema reject");
        }
    }

    private static void compareUnjudgedKeywords(String path, JsonNode was, JsonNode now, List<String> changes) {
        Set<String> keywords = names(was);
        keywords.addAll(names(now));
        for (String keyword : keywords) {
            if (!ANNOTATIONS.contains(keyword) && !JUDGED.contains(keyword) && !was.path(keyword).equals(now.path(keyword))) {
                changes.add(path + ": " + keyword + " changed, which this check cannot judge, so it counts as breaking");
            }
        }
    }

    /** The types a node allows; "type" is a name or a list of names, and a missing one allows any. */
    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isTextual() ? new TreeSet<>(Set.of(type.asText())) : strings(type);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
