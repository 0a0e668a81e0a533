package id.desatumis.assistance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.DecisionRecordedV1;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PartnerReinstatedV1;
import id.desatumis.contracts.partner.PartnerSuspendedV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.PledgeAcceptedV1;
import id.desatumis.contracts.partner.PledgeDeclinedV1;
import id.desatumis.contracts.partner.PledgeExpiredV1;
import id.desatumis.contracts.partner.PledgeOfferedV1;
import id.desatumis.contracts.partner.PledgeWithdrawnV1;
import id.desatumis.contracts.partner.ResponsibilityAssignedV1;
import id.desatumis.contracts.partner.ResponsibilityClearedV1;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.kit.outbox.TopicCreator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays partner-service for assistance-service's tests: writes its published events to the shared Kafka as its relay
 * would (CloudEvents binary mode, key and {@code ce_subject} the stream id, {@code ce_sequence} the stream's version).
 * Each stream's versions are counted here for the whole test JVM, so every test class that publishes through this one
 * continues a stream where another left it.
 */
public final class PartnerService {

    /** An event as sent, to send again exactly (a relay that crashed before its checkpoint does). */
    public record Sent(String topic, String stream, String eventId, String type, long sequence, String payload) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, AtomicLong> VERSIONS = new ConcurrentHashMap<>();
    private static final Set<String> TOPICS = Set.of(PartnerTopics.PARTNER, PartnerTopics.RESPONSIBILITY,
            PartnerTopics.FORUM, PartnerTopics.PLEDGE);

    private PartnerService() {
    }

    /** The topics as partner-service's relay creates them (in the platform it does, before anyone reads them). */
    public static void topicsExist() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), TOPICS, 3, (short) 1);
    }

    public static String partnerStream(UUID partnerId) {
        return "partner-" + partnerId;
    }

    /** A partner of that type registered; an OPD with its office code. Its id. */
    public static UUID registered(String type, String name, String opdCode) {
        UUID id = UUID.randomUUID();
        send(PartnerTopics.PARTNER, partnerStream(id), PartnerRegisteredV1.CE_TYPE, new PartnerRegisteredV1(id.toString(),
                type, name, opdCode, "Kepala Bidang", now()));
        return id;
    }

    public static Sent suspended(UUID partnerId) {
        return send(PartnerTopics.PARTNER, partnerStream(partnerId), PartnerSuspendedV1.CE_TYPE,
                new PartnerSuspendedV1(partnerId.toString(), "did not report", now()));
    }

    public static Sent reinstated(UUID partnerId) {
        return send(PartnerTopics.PARTNER, partnerStream(partnerId), PartnerReinstatedV1.CE_TYPE,
                new PartnerReinstatedV1(partnerId.toString(), "reported", now()));
    }

    /** An event of a type no consumer here knows, on a stream: it moves the stream's mark and nothing else. */
    public static Sent unknownEvent(String topic, String stream) {
        return send(topic, stream, "id.desatumis.partner.SomethingNew.v1", Map.of("note", "a later type"));
    }

    public static String responsibilityStream(String kind, String areaCode) {
        return "responsibility-" + kind + "-" + areaCode;
    }

    public static Sent assigned(String kind, String areaCode, UUID lead, List<UUID> supporting, String decision,
                                LocalDate from) {
        return send(PartnerTopics.RESPONSIBILITY, responsibilityStream(kind, areaCode), ResponsibilityAssignedV1.CE_TYPE,
                new ResponsibilityAssignedV1(kind, areaCode, lead.toString(), supporting.stream().map(UUID::toString).toList(),
                        decision, from.toString(), now()));
    }

    public static Sent cleared(String kind, String areaCode, String decision, LocalDate from) {
        return send(PartnerTopics.RESPONSIBILITY, responsibilityStream(kind, areaCode), ResponsibilityClearedV1.CE_TYPE,
                new ResponsibilityClearedV1(kind, areaCode, decision, from.toString(), "handed over", now()));
    }

    /**
     * A decision of a new forum of the type that meets for that area: TKPKD for the regency, a musyawarah kecamatan,
     * a musyawarah desa. A number unique to the test.
     */
    public static String decision(String areaCode, String approvesKind) {
        String type = switch (areaCode.split("\\.").length) {
            case 2 -> "TKPKD_COORDINATION";
            case 3 -> "MUSYAWARAH_KECAMATAN";
            default -> "MUSYAWARAH_DESA";
        };
        String number = "D/" + areaCode + "/" + UUID.randomUUID();
        UUID forum = UUID.randomUUID();
        send(PartnerTopics.FORUM, "forum-" + forum, DecisionRecordedV1.CE_TYPE, new DecisionRecordedV1(forum.toString(),
                number, "approved", approvesKind, null, type, areaCode, LocalDate.now().toString(), now()));
        return number;
    }

    public static String pledgeStream(UUID pledgeId) {
        return "pledge-" + pledgeId;
    }

    /** A pledge offered in units of a scope of one level. Its id. */
    public static UUID pledgeOffered(UUID partnerId, List<String> kinds, String level, List<String> codes, long units,
                                     String unit, LocalDate from, LocalDate until) {
        UUID id = UUID.randomUUID();
        send(PartnerTopics.PLEDGE, pledgeStream(id), PledgeOfferedV1.CE_TYPE, new PledgeOfferedV1(id.toString(),
                partnerId.toString(), kinds, level, codes, null, units, unit, from.toString(), until.toString(), now()));
        return id;
    }

    public static Sent pledgeAccepted(UUID pledgeId, String decision) {
        return send(PartnerTopics.PLEDGE, pledgeStream(pledgeId), PledgeAcceptedV1.CE_TYPE,
                new PledgeAcceptedV1(pledgeId.toString(), decision, now()));
    }

    public static Sent pledgeDeclined(UUID pledgeId) {
        return send(PartnerTopics.PLEDGE, pledgeStream(pledgeId), PledgeDeclinedV1.CE_TYPE,
                new PledgeDeclinedV1(pledgeId.toString(), "not needed", now()));
    }

    public static Sent pledgeWithdrawn(UUID pledgeId, Long units, boolean entire) {
        return send(PartnerTopics.PLEDGE, pledgeStream(pledgeId), PledgeWithdrawnV1.CE_TYPE,
                new PledgeWithdrawnV1(pledgeId.toString(), null, units, entire, "budget cut", now()));
    }

    public static Sent pledgeExpired(UUID pledgeId, LocalDate endedOn) {
        return send(PartnerTopics.PLEDGE, pledgeStream(pledgeId), PledgeExpiredV1.CE_TYPE,
                new PledgeExpiredV1(pledgeId.toString(), endedOn.toString()));
    }

    /** The same event again, as a relay that crashed between send and checkpoint sends it. */
    public static void resend(Sent s) {
        CloudEventSender.send(s.topic(), s.stream(), s.eventId(), s.type(), PartnerTopics.SOURCE, s.sequence(), s.payload());
    }

    /** The version the stream's last event sent had (0 before any). */
    public static long versionOf(String stream) {
        AtomicLong v = VERSIONS.get(stream);
        return v == null ? 0 : v.get();
    }

    private static synchronized Sent send(String topic, String stream, String type, Object payload) {
        try {
            long version = VERSIONS.computeIfAbsent(stream, s -> new AtomicLong()).incrementAndGet();
            Sent s = new Sent(topic, stream, UUID.randomUUID().toString(), type, version, JSON.writeValueAsString(payload));
            resend(s);
            return s;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String now() {
        return Instant.now().toString();
    }
}
