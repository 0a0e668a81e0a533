package id.desatumis.monitoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assessment.AssessmentClassifiedV1;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.AssessmentVerifiedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.DeliveryVerifiedV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.InterventionResourcedV1;
import id.desatumis.contracts.assistance.NeedIds;
import id.desatumis.contracts.partner.ActorsInvitedV1;
import id.desatumis.contracts.partner.AttendanceRecordedV1;
import id.desatumis.contracts.partner.DecisionRecordedV1;
import id.desatumis.contracts.partner.ForumScheduledV1;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.CloudEventSender;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The programme's events for the dashboard's browser tests, written to Kafka as the services' relays write them
 * (CloudEvents binary mode, the stream id as key, each stream's sequence from 1), from the public contracts' records.
 */
final class DashboardEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Long> SEQUENCES = new ConcurrentHashMap<>();

    private DashboardEvents() {
    }

    /** A household of {@code members} registered in the desa; returns its id. */
    static UUID household(String desa, int members) {
        UUID id = UUID.randomUUID();
        List<HouseholdRegisteredV1.Member> list = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            list.add(new HouseholdRegisteredV1.Member(UUID.randomUUID().toString(), i % 2 == 0 ? "F" : "M", "25-59", i == 0));
        }
        send(RegistryTopics.HOUSEHOLD, RegistryTopics.SOURCE, "household-" + id,
                new HouseholdRegisteredV1(id.toString(), desa, members, list, now()));
        return id;
    }

    /** Assessed, found and verified in the class, with household needs of the kinds; returns the need ids. */
    static List<UUID> verifiedPoor(UUID household, String desa, String povertyClass, List<String> kinds) {
        String stream = "assessment-" + household;
        String assessment = UUID.randomUUID().toString();
        send(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, stream, new AssessmentClassifiedV1(household.toString(),
                desa, assessment, povertyClass, "sragen-2022", now()));
        send(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, stream, new AssessmentVerifiedV1(household.toString(),
                desa, assessment, povertyClass, now()));
        send(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, stream, new NeedsIdentifiedV1(household.toString(), desa,
                assessment, povertyClass, "sragen-2022",
                kinds.stream().map(k -> new NeedsIdentifiedV1.Need(k, null)).toList(), now()));
        return kinds.stream().map(k -> NeedIds.of(household, k, null)).toList();
    }

    /** An actor of partner-service; returns its id. */
    static UUID actor(String type, String name, String opdCode) {
        UUID id = UUID.randomUUID();
        send(PartnerTopics.PARTNER, PartnerTopics.SOURCE, "partner-" + id,
                new PartnerRegisteredV1(id.toString(), type, name, opdCode, "KEPALA", now()));
        return id;
    }

    /** A household need planned from the APBD, one unit, by the actor; returns the intervention's id. */
    static UUID planned(UUID household, String desa, String kind, UUID actor) {
        UUID id = UUID.randomUUID();
        send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "intervention-" + id, new InterventionPlannedV1(
                id.toString(), NeedIds.of(household, kind, null).toString(), household.toString(), null, kind, desa,
                actor.toString(), "APBD", null, UUID.randomUUID().toString(), "APBD-2026-1", 5_000_000L, 1L, List.of(),
                LocalDate.now().plusMonths(2).toString(), "MUSDES/" + desa + "/1", null, LocalDate.now().toString(), now()));
        send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "intervention-" + id,
                new InterventionResourcedV1(id.toString(), null, UUID.randomUUID().toString(), 5_000_000L, 1L, now()));
        return id;
    }

    /** The whole plan delivered; returns the delivery's id. */
    static UUID delivered(UUID intervention) {
        UUID delivery = UUID.randomUUID();
        send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "intervention-" + intervention,
                new DeliveryReportedV1(intervention.toString(), delivery.toString(), LocalDate.now().toString(),
                        5_000_000L, 1L, null, "BAST/1", null, false, now()));
        return delivery;
    }

    static void verified(UUID intervention, UUID delivery) {
        send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "intervention-" + intervention,
                new DeliveryVerifiedV1(intervention.toString(), delivery.toString(), "KADES", "VISIT",
                        LocalDate.now().toString(), now()));
    }

    /** A musyawarah desa held with the actors invited: the first present, the others absent without notice. */
    static UUID forum(String desa, List<UUID> actors) {
        UUID id = UUID.randomUUID();
        String stream = "forum-" + id;
        String on = LocalDate.now().minusDays(3).toString();
        send(PartnerTopics.FORUM, PartnerTopics.SOURCE, stream, new ForumScheduledV1(id.toString(), "MUSYAWARAH_DESA",
                on, "Balai desa", "Rencana intervensi", desa, now()));
        send(PartnerTopics.FORUM, PartnerTopics.SOURCE, stream,
                new ActorsInvitedV1(id.toString(), actors.stream().map(UUID::toString).toList(), now()));
        for (int i = 0; i < actors.size(); i++) {
            send(PartnerTopics.FORUM, PartnerTopics.SOURCE, stream, new AttendanceRecordedV1(id.toString(),
                    actors.get(i).toString(), i == 0 ? "PRESENT" : "ABSENT_WITHOUT_NOTICE", null, now()));
        }
        send(PartnerTopics.FORUM, PartnerTopics.SOURCE, stream, new DecisionRecordedV1(id.toString(),
                "MUSDES/" + desa + "/" + id.toString().substring(0, 8), "Rencana intervensi disetujui", "INTERVENTION_PLAN",
                null, "MUSYAWARAH_DESA", desa, on, now()));
        return id;
    }

    private static void send(String topic, String source, String stream, Object payload) {
        long sequence = SEQUENCES.merge(stream, 1L, Long::sum);
        try {
            CloudEventSender.send(topic, stream, UUID.randomUUID().toString(), ceType(payload), source, sequence,
                    JSON.writeValueAsString(payload));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ceType(Object payload) throws ReflectiveOperationException {
        Field f = payload.getClass().getField("CE_TYPE");
        return (String) f.get(null);
    }

    private static String now() {
        return Instant.now().toString();
    }
}
