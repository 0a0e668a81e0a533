package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The fields of an event a household timeline keeps, by a whitelist of field names: ids, codes, kinds, stages,
 * classes, reason codes and amounts. Everything else is dropped, whatever the event: free text (a partner's
 * {@code reason}, a decision's {@code text}, a name, an agenda, a place, a message), evidence (document numbers, photo
 * hashes), dates other than the event's own time, member ids and members (sex, age band), the desil, and the hash of a
 * household's reference code. A field's value is kept when it is a scalar, or a list of scalars, or objects (or lists
 * of objects) filtered by the same whitelist; an object left empty is dropped.
 *
 * <ul>
 *   <li>ids: householdId, newHouseholdId, survivorId, duplicateId, toHouseholdId, assessmentId, needId,
 *       interventionId, overridesInterventionId, requestId, deliveryId, pledgeId, partnerId, actorId, forumId, lineId,
 *       budgetLineId</li>
 *   <li>codes: desaCode, fromDesaCode, toDesaCode, areaCode, decisionNumber, policyVersion, budgetCode, opdCode,
 *       fund</li>
 *   <li>kinds: kind, kinds, sourceType, approvesKind, forumType, scopeLevel</li>
 *   <li>stages, classes, statuses: povertyClass, attendance, resolution, confirmedBy, method, finalDelivery,
 *       onBehalf, entire</li>
 *   <li>reason codes: cause, ground, and reason except in partner-service's events (where it is free text)</li>
 *   <li>amounts and counts: amountRupiah, rupiah, units, unit, memberCount, needsMet, needsClosed, tranche,
 *       number</li>
 *   <li>lists of objects: needs (their kind), tranches (their number and rupiah)</li>
 * </ul>
 */
final class TimelineRefs {

    static final Set<String> IDS = Set.of("householdId", "newHouseholdId", "survivorId", "duplicateId",
            "toHouseholdId", "assessmentId", "needId", "interventionId", "overridesInterventionId", "requestId",
            "deliveryId", "pledgeId", "partnerId", "actorId", "forumId", "lineId", "budgetLineId");
    static final Set<String> CODES = Set.of("desaCode", "fromDesaCode", "toDesaCode", "areaCode", "decisionNumber",
            "policyVersion", "budgetCode", "opdCode", "fund");
    static final Set<String> KINDS = Set.of("kind", "kinds", "sourceType", "approvesKind", "forumType", "scopeLevel");
    static final Set<String> STAGES = Set.of("povertyClass", "attendance", "resolution", "confirmedBy", "method",
            "finalDelivery", "onBehalf", "entire");
    static final Set<String> REASON_CODES = Set.of("cause", "ground", "reason");
    static final Set<String> AMOUNTS = Set.of("amountRupiah", "rupiah", "units", "unit", "memberCount", "needsMet",
            "needsClosed", "tranche", "number");
    static final Set<String> LISTS = Set.of("needs", "tranches");

    /** partner-service's reasons are free text ("why"), never a code. */
    private static final String FREE_TEXT_REASONS = "partner";

    private TimelineRefs() {
    }

    /** The whitelisted fields of a payload, for an event of this source (registry, assessment, partner, ...). */
    static ObjectNode of(JsonNode payload, String source) {
        return filter(payload, FREE_TEXT_REASONS.equals(source));
    }

    private static ObjectNode filter(JsonNode object, boolean reasonIsText) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (!kept(name, reasonIsText)) continue;
            JsonNode value = value(field.getValue(), reasonIsText);
            if (value != null) kept.set(name, value);
        }
        return kept;
    }

    private static boolean kept(String name, boolean reasonIsText) {
        if ("reason".equals(name)) return !reasonIsText;
        return IDS.contains(name) || CODES.contains(name) || KINDS.contains(name) || STAGES.contains(name)
                || REASON_CODES.contains(name) || AMOUNTS.contains(name) || LISTS.contains(name);
    }

    private static JsonNode value(JsonNode value, boolean reasonIsText) {
        if (value.isNull()) return null;
        if (value.isValueNode()) return value;
        if (value.isObject()) {
            ObjectNode inner = filter(value, reasonIsText);
            return inner.isEmpty() ? null : inner;
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (JsonNode element : value) {
            JsonNode kept = value(element, reasonIsText);
            if (kept != null) list.add(kept);
        }
        return list.isEmpty() ? null : list;
    }
}
