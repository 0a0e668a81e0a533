package id.desatumis.monitoring.projection;

import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/** The JSON payloads of the public events the household parts read, as the services publish them (test data). */
public final class Payloads {

    public static final String REGISTRY = "/desatumis/registry";
    public static final String ASSESSMENT = "/desatumis/assessment";
    public static final String ASSISTANCE = "/desatumis/assistance";
    public static final String PARTNER = "/desatumis/partner";

    /** The payload's own instant: {@link Script#add} puts the event's time in its place, as the services do. */
    public static final String AT = "\"@at\"";
    public static final String MONITORING = "/desatumis/monitoring";

    private Payloads() {
    }

    public static String registered(UUID household, String desa, int members) {
        StringJoiner m = new StringJoiner(",");
        for (int i = 0; i < members; i++) {
            m.add("{\"memberId\":\"" + UUID.randomUUID() + "\",\"sex\":\"F\",\"ageBand\":\"25-59\",\"headOfHousehold\":"
                    + (i == 0) + "}");
        }
        return "{\"householdId\":\"" + household + "\",\"desaCode\":\"" + desa + "\",\"memberCount\":" + members
                + ",\"members\":[" + m + "],\"registeredAt\":" + AT + ",\"desil\":1}";
    }

    public static String memberAdded(UUID household, String desa) {
        return "{\"householdId\":\"" + household + "\",\"desaCode\":\"" + desa + "\",\"member\":{\"memberId\":\""
                + UUID.randomUUID() + "\",\"sex\":\"M\",\"ageBand\":\"0-6\",\"headOfHousehold\":false},\"addedAt\":" + AT + "}";
    }

    public static String memberLeft(UUID household, String desa) {
        return "{\"householdId\":\"" + household + "\",\"desaCode\":\"" + desa + "\",\"memberId\":\"" + UUID.randomUUID()
                + "\",\"recordedAt\":" + AT + "}";
    }

    public static String splitOff(UUID household, String desa, UUID newHousehold, int members) {
        StringJoiner ids = new StringJoiner(",");
        for (int i = 0; i < members; i++) ids.add("\"" + UUID.randomUUID() + "\"");
        return "{\"householdId\":\"" + household + "\",\"desaCode\":\"" + desa + "\",\"newHouseholdId\":\"" + newHousehold
                + "\",\"memberIds\":[" + ids + "],\"recordedAt\":" + AT + "}";
    }

    public static String moved(UUID household, String from, String to, int members) {
        return "{\"householdId\":\"" + household + "\",\"fromDesaCode\":\"" + from + "\",\"toDesaCode\":\"" + to
                + "\",\"memberCount\":" + members + ",\"recordedAt\":" + AT + "}";
    }

    public static String merged(UUID duplicate, String desa, UUID survivor, int members) {
        return "{\"householdId\":\"" + duplicate + "\",\"desaCode\":\"" + desa + "\",\"survivorId\":\"" + survivor
                + "\",\"memberCount\":" + members + ",\"recordedAt\":" + AT + "}";
    }

    public static String absorbed(UUID survivor, String desa, UUID duplicate, int members) {
        StringJoiner m = new StringJoiner(",");
        for (int i = 0; i < members; i++) {
            m.add("{\"memberId\":\"" + UUID.randomUUID() + "\",\"sex\":\"M\",\"ageBand\":\"7-12\",\"headOfHousehold\":false}");
        }
        return "{\"householdId\":\"" + survivor + "\",\"desaCode\":\"" + desa + "\",\"duplicateId\":\"" + duplicate
                + "\",\"members\":[" + m + "],\"recordedAt\":" + AT + "}";
    }

    public static String erased(UUID household, String desa, int members) {
        return "{\"householdId\":\"" + household + "\",\"desaCode\":\"" + desa + "\",\"memberCount\":" + members
                + ",\"recordedAt\":" + AT + "}";
    }

    public static String classified(UUID household, String desa, UUID assessment, String povertyClass) {
        return "{\"householdId\":\"" + household + "\",\"desaCode\":\"" + desa + "\",\"assessmentId\":\"" + assessment
                + "\",\"povertyClass\":\"" + povertyClass + "\",\"policyVersion\":\"bps-14/2024.1\",\"classifiedAt\":" + AT + "}";
    }

    public static String verified(UUID household, String desa, UUID assessment, String povertyClass) {
        return "{\"householdId\":\"" + household + "\",\"desaCode\":\"" + desa + "\",\"assessmentId\":\"" + assessment
                + "\",\"povertyClass\":\"" + povertyClass + "\",\"verifiedAt\":" + AT + "}";
    }

    public static String rejected(UUID household, String desa, UUID assessment) {
        return "{\"householdId\":\"" + household + "\",\"desaCode\":\"" + desa + "\",\"assessmentId\":\"" + assessment
                + "\",\"rejectedAt\":" + AT + "}";
    }

    /** NeedsIdentified: each need a kind, or kind:memberId for a personal one. */
    public static String needsIdentified(UUID household, String desa, UUID assessment, String povertyClass, List<String> needs) {
        StringJoiner n = new StringJoiner(",");
        for (String need : needs) {
            String[] parts = need.split(":");
            n.add("{\"kind\":\"" + parts[0] + "\"" + (parts.length > 1 ? ",\"memberId\":\"" + parts[1] + "\"" : "") + "}");
        }
        return "{\"householdId\":\"" + household + "\",\"desaCode\":\"" + desa + "\",\"assessmentId\":\"" + assessment
                + "\",\"povertyClass\":\"" + povertyClass + "\",\"policyVersion\":\"bps-14/2024.1\",\"needs\":[" + n
                + "],\"verifiedAt\":" + AT + "}";
    }

    public static String graduated(UUID household, String desa, UUID assessment) {
        return "{\"householdId\":\"" + household + "\",\"desaCode\":\"" + desa + "\",\"assessmentId\":\"" + assessment
                + "\",\"graduatedAt\":" + AT + "}";
    }

    public static String needsMet(UUID household, String desa, int met, int closed) {
        return "{\"householdId\":\"" + household + "\",\"desaCode\":\"" + desa + "\",\"needsMet\":" + met
                + ",\"needsClosed\":" + closed + ",\"metAt\":" + AT + "}";
    }
}
