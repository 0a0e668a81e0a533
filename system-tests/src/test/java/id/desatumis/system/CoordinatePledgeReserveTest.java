package id.desatumis.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.ReservationConsumeRequestedV1;
import id.desatumis.contracts.assistance.ReservationReleaseRequestedV1;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.ReservationConfirmedV1;
import id.desatumis.contracts.partner.ReservationConsumedV1;
import id.desatumis.contracts.partner.ReservationRejectedV1;
import id.desatumis.contracts.partner.ReservationReleasedV1;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.ServiceProcess;
import id.desatumis.devstack.TopicRecords;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Across the real stack, a village's reservation as assistance-service will ask for it: Dinas Sosial registers an
 * office (OPD) and a CSR partner; a TKPKD coordination forum records who came and what it decided; TKPKD makes the
 * office the regency's lead for house repair and accepts the office's pledge of three houses; assistance-service's
 * requests for four houses in one desa, naming no partner and no pledge, are served from the lead's pledge until it
 * runs out, each answered once however often it is delivered; a release and a final delivery are answered too; and
 * the query side shows where the pledge went, to the office and to no other partner.
 */
class CoordinatePledgeReserveTest {

    static final String REGENCY = "33.14";
    static final String KECAMATAN = "33.14.07";
    static final String DESA = "33.14.07.2003";
    static final String KIND = "HOUSE_REPAIR";
    static final Duration PATIENCE = Duration.ofSeconds(90);
    /** The saga's consumer group, as partner-service is deployed with it. */
    static final String SAGA_GROUP = "partner-reservations";
    /** assistance-service creates its topic with several partitions: the requests are read in parallel, not in order. */
    static final int PARTITIONS = 4;
    /** assistance-service's relay leaves out what a request does not name. */
    static final ObjectMapper PAYLOADS = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    static ServiceProcess partner;

    @BeforeAll
    static void startService() throws Exception {
        interventionTopicExists();
        partner = ServiceProcess.start("partner-service", "system_partner", ServiceProcess.keys());
    }

    @AfterAll
    static void stopService() {
        if (partner != null) partner.close();
    }

    /** The topic is assistance-service's to create (brokers do not create it): here, before partner-service reads it. */
    static void interventionTopicExists() throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(AssistanceTopics.INTERVENTION, PARTITIONS, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) throw e;
        }
    }

    static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, DevStack.shared().kafkaBootstrap()));
    }

    static String token(String subject, String role, List<String> desa, String opd, String partnerId) {
        return DevStack.shared().tokens().mint(subject, role, desa, opd, partnerId);
    }

    static Http.Answer created(String path, String token, Object body) throws Exception {
        var answer = Http.post(partner.url() + path, token, body);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer;
    }

    static Http.Answer done(String path, String token, Object body) throws Exception {
        var answer = Http.post(partner.url() + path, token, body);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer;
    }

    /** An intervention of assistance-service: its stream (the record key) and the version of its last event. */
    static final class Intervention {
        final UUID id = UUID.randomUUID();
        final UUID requestId = UUID.randomUUID();
        final UUID needId = UUID.randomUUID();
        long version;

        String stream() {
            return "intervention-" + id;
        }

        String answers() {
            return "reservation-" + requestId;
        }

        @Override
        public String toString() {
            return "request " + requestId + " of " + stream();
        }
    }

    /** An event as assistance-service's relay sent it, to send again exactly (as a relay that crashed does). */
    record Sent(String stream, String eventId, String type, long sequence, String payload) {

        void deliver() {
            CloudEventSender.send(AssistanceTopics.INTERVENTION, stream, eventId, type, AssistanceTopics.SOURCE, sequence, payload);
        }
    }

    static Sent send(Intervention i, String type, Object payload) throws Exception {
        Sent s = new Sent(i.stream(), UUID.randomUUID().toString(), type, ++i.version, PAYLOADS.writeValueAsString(payload));
        s.deliver();
        return s;
    }

    /** One house for the intervention's need in the desa, naming neither partner nor pledge: the matrix's lead serves. */
    static Sent requestOneHouse(Intervention i) throws Exception {
        return send(i, ReservationRequestedV1.CE_TYPE, new ReservationRequestedV1(i.requestId.toString(), i.id.toString(),
                i.needId.toString(), KIND, DESA, null, null, null, 1L, Instant.now().toString()));
    }

    /** Once the saga has read every delivery on the topic (its group's committed offsets are at the end of each partition). */
    static void sagaReadEverything() {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            try (Admin admin = admin()) {
                Map<TopicPartition, Long> committed = admin.listConsumerGroupOffsets(SAGA_GROUP).partitionsToOffsetAndMetadata()
                        .get().entrySet().stream().filter(e -> e.getValue() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (int p = 0; p < PARTITIONS; p++) latest.put(new TopicPartition(AssistanceTopics.INTERVENTION, p), OffsetSpec.latest());
                return admin.listOffsets(latest).all().get().entrySet().stream()
                        .allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue().offset());
            }
        });
    }

    static <T> T payload(ConsumerRecord<String, String> r, String ceType, Class<T> contract) throws Exception {
        assertThat(TopicRecords.header(r, "ce_type")).isEqualTo(ceType);
        return Http.JSON.readValue(r.value(), contract);
    }

    static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> TopicRecords.header(r, "ce_type")).toList();
    }

    @Test
    void aVillagesHousesAreReservedFromTheMatrixLeadsPledgeOnceEachUntilItRunsOut() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String opdCode = "DPUPR-" + run;
        String dinsos = token("staf-dinsos", "dinsos", null, null, null);
        String tkpkd = token("sekretariat-tkpkd", "tkpkd", null, null, null);
        String office = token("staf-dpupr", "opd", null, opdCode, null);

        // Dinas Sosial registers the office and a CSR partner
        String opd = created("/partners", dinsos, Map.of("type", "OPD", "name", "Dinas Pekerjaan Umum dan Penataan Ruang " + run,
                "opdCode", opdCode, "contactRole", "Kepala Bidang Perumahan")).body().get("partnerId").asText();
        String csr = created("/partners", dinsos, Map.of("type", "CSR", "name", "PT Gula Sragen Tbk (CSR) " + run,
                "contactRole", "Kepala Divisi CSR")).body().get("partnerId").asText();
        String csrStaff = token("staf-csr", "partner", null, null, csr);

        // TKPKD's coordination forum for the regency: who came, and what it decided
        String forum = created("/forums", tkpkd, Map.of("type", "TKPKD_COORDINATION", "date", today.toString(),
                "place", "Ruang Rapat Bappeda Sragen", "agenda", "Rumah tidak layak huni: pembagian peran dan komitmen mitra",
                "areaCode", REGENCY)).body().get("forumId").asText();
        done("/forums/" + forum + "/invitations", tkpkd, Map.of("partnerIds", List.of(opd, csr)));
        var attendance = done("/forums/" + forum + "/attendance", tkpkd, Map.of("attendance", List.of(
                Map.of("partnerId", opd, "attendance", "PRESENT"),
                Map.of("partnerId", csr, "attendance", "ABSENT_WITHOUT_NOTICE"))));
        assertThat(attendance.body().get("attendance")).hasSize(2);
        String leadDecision = "TKPKD/" + REGENCY + "/" + today.getYear() + "/" + run + "-01";
        String pledgeDecision = "TKPKD/" + REGENCY + "/" + today.getYear() + "/" + run + "-02";
        done("/forums/" + forum + "/decisions", tkpkd, Map.of("number", leadDecision,
                "text", "DPUPR memimpin perbaikan rumah tidak layak huni di Kabupaten Sragen",
                "approves", Map.of("kind", "RESPONSIBILITY", "reference", KIND + "@" + REGENCY)));
        done("/forums/" + forum + "/decisions", tkpkd, Map.of("number", pledgeDecision,
                "text", "Komitmen mitra untuk perbaikan rumah diterima", "approves", Map.of("kind", "PLEDGE")));

        // the office leads house repair in the regency; its pledge of three houses in kecamatan 33.14.07 is accepted
        var lead = created("/matrix/" + KIND + "/" + REGENCY + "/assignments", tkpkd, Map.of("leadPartnerId", opd,
                "decisionNumber", leadDecision, "effectiveFrom", LocalDate.of(today.getYear(), 1, 1).toString()));
        assertThat(lead.raw()).contains(opd);
        var offered = created("/partners/" + opd + "/pledges", office, Map.of("kinds", List.of(KIND),
                "scope", Map.of("level", "KECAMATAN", "codes", List.of(KECAMATAN)),
                "capacity", Map.of("units", 3, "unit", "HOUSE"),
                "validFrom", LocalDate.of(today.getYear(), 1, 1).toString(),
                "validUntil", LocalDate.of(today.getYear(), 12, 31).toString()));
        String pledge = offered.body().get("pledgeId").asText();
        assertThat(offered.body().get("status").asText()).isEqualTo("OFFERED");
        var accepted = done("/pledges/" + pledge + "/acceptance", tkpkd, Map.of("decisionNumber", pledgeDecision));
        assertThat(accepted.body().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.body().at("/balance/remaining/units").asLong()).isEqualTo(3);

        // assistance-service asks for four houses, one request each; one request reaches Kafka twice (its relay
        // crashed before its checkpoint), another is asked again as a new event of its intervention (a retry)
        List<Intervention> interventions = List.of(new Intervention(), new Intervention(), new Intervention(), new Intervention());
        List<Sent> requests = new ArrayList<>();
        for (Intervention i : interventions) requests.add(requestOneHouse(i));
        requests.get(0).deliver();
        requestOneHouse(interventions.get(1));

        Map<UUID, ConsumerRecord<String, String>> answers = new HashMap<>();
        for (Intervention i : interventions) {
            List<ConsumerRecord<String, String>> found = TopicRecords.withKey(PartnerTopics.RESERVATION, i.answers(), 1, PATIENCE);
            assertThat(types(found)).as("answers to " + i).hasSize(1);
            answers.put(i.requestId, found.get(0));
        }
        Map<String, List<Intervention>> byAnswer = interventions.stream().collect(Collectors.groupingBy(
                i -> TopicRecords.header(answers.get(i.requestId), "ce_type")));
        assertThat(byAnswer.getOrDefault(ReservationConfirmedV1.CE_TYPE, List.of())).hasSize(3);
        assertThat(byAnswer.getOrDefault(ReservationRejectedV1.CE_TYPE, List.of())).hasSize(1);
        List<Intervention> confirmed = byAnswer.get(ReservationConfirmedV1.CE_TYPE);
        for (Intervention i : confirmed) {
            var c = payload(answers.get(i.requestId), ReservationConfirmedV1.CE_TYPE, ReservationConfirmedV1.class);
            assertThat(c.requestId()).isEqualTo(i.requestId.toString());
            assertThat(c.interventionId()).isEqualTo(i.id.toString());
            assertThat(c.needId()).isEqualTo(i.needId.toString());
            assertThat(c.pledgeId()).isEqualTo(pledge);
            assertThat(c.partnerId()).isEqualTo(opd);
            assertThat(c.kind()).isEqualTo(KIND);
            assertThat(c.desaCode()).isEqualTo(DESA);
            assertThat(c.units()).isEqualTo(1L);
            assertThat(c.amountRupiah()).isNull();
        }
        Intervention refused = byAnswer.get(ReservationRejectedV1.CE_TYPE).get(0);
        var r = payload(answers.get(refused.requestId), ReservationRejectedV1.CE_TYPE, ReservationRejectedV1.class);
        assertThat(r.requestId()).isEqualTo(refused.requestId.toString());
        assertThat(r.interventionId()).isEqualTo(refused.id.toString());
        assertThat(r.reason()).isEqualTo("insufficient");
        assertThat(r.pledgeId()).isEqualTo(pledge);
        assertThat(r.partnerId()).isEqualTo(opd);

        // every delivery read (the repeated and the retried request too) before the interventions go on
        sagaReadEverything();

        // one intervention is cancelled; another's single delivery uses its house
        Intervention cancelled = confirmed.get(0);
        Intervention delivered = confirmed.get(1);
        Intervention open = confirmed.get(2);
        send(cancelled, ReservationReleaseRequestedV1.CE_TYPE, new ReservationReleaseRequestedV1(cancelled.requestId.toString(),
                cancelled.id.toString(), "CANCELLED", Instant.now().toString()));
        String deliveryId = UUID.randomUUID().toString();
        send(delivered, ReservationConsumeRequestedV1.CE_TYPE, new ReservationConsumeRequestedV1(delivered.requestId.toString(),
                delivered.id.toString(), deliveryId, null, 1L, true, Instant.now().toString()));

        List<ConsumerRecord<String, String>> releasedAnswers = TopicRecords.withKey(PartnerTopics.RESERVATION, cancelled.answers(), 2, PATIENCE);
        assertThat(types(releasedAnswers)).containsExactly(ReservationConfirmedV1.CE_TYPE, ReservationReleasedV1.CE_TYPE);
        var released = payload(releasedAnswers.get(1), ReservationReleasedV1.CE_TYPE, ReservationReleasedV1.class);
        assertThat(released.requestId()).isEqualTo(cancelled.requestId.toString());
        assertThat(released.pledgeId()).isEqualTo(pledge);
        assertThat(released.units()).isEqualTo(1L);
        assertThat(released.reason()).isEqualTo("CANCELLED");
        List<ConsumerRecord<String, String>> consumedAnswers = TopicRecords.withKey(PartnerTopics.RESERVATION, delivered.answers(), 2, PATIENCE);
        assertThat(types(consumedAnswers)).containsExactly(ReservationConfirmedV1.CE_TYPE, ReservationConsumedV1.CE_TYPE);
        var consumed = payload(consumedAnswers.get(1), ReservationConsumedV1.CE_TYPE, ReservationConsumedV1.class);
        assertThat(consumed.requestId()).isEqualTo(delivered.requestId.toString());
        assertThat(consumed.pledgeId()).isEqualTo(pledge);
        assertThat(consumed.deliveryId()).isEqualTo(deliveryId);
        assertThat(consumed.units()).isEqualTo(1L);
        assertThat(consumed.finalDelivery()).isTrue();
        assertThat(consumed.releasedUnits()).isEqualTo(0L);
        sagaReadEverything();
        // still one answer to each request, and nothing more for those not followed up
        assertThat(types(TopicRecords.withKey(PartnerTopics.RESERVATION, open.answers(), 1, PATIENCE)))
                .containsExactly(ReservationConfirmedV1.CE_TYPE);
        assertThat(types(TopicRecords.withKey(PartnerTopics.RESERVATION, refused.answers(), 1, PATIENCE)))
                .containsExactly(ReservationRejectedV1.CE_TYPE);

        // the query side, once the read models have caught up: the pledge, where it went, the forum, the matrix
        Function<String, JsonNode> readsOk = path -> {
            try {
                var answer = Http.get(partner.url() + path, office);
                assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
                return answer.body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode pledges = readsOk.apply("/partners/" + opd + "/pledges");
            assertThat(pledges.get("total").asLong()).isEqualTo(1);
            JsonNode p = pledges.get("items").get(0);
            assertThat(p.get("pledgeId").asText()).isEqualTo(pledge);
            assertThat(p.get("status").asText()).isEqualTo("ACCEPTED");
            assertThat(p.get("decisionNumber").asText()).isEqualTo(pledgeDecision);
            // three reserved; one released, one consumed: one still reserved, one used, one left to reserve
            assertThat(p.at("/capacity/units").asLong()).isEqualTo(3);
            assertThat(p.at("/reserved/units").asLong()).isEqualTo(1);
            assertThat(p.at("/consumed/units").asLong()).isEqualTo(1);
            assertThat(p.at("/withdrawn/units").asLong()).isEqualTo(0);
            assertThat(p.at("/remaining/units").asLong()).isEqualTo(1);
        });
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode allocations = readsOk.apply("/partners/" + opd + "/allocations");
            JsonNode groups = allocations.at("/groups/items");
            assertThat(groups).hasSize(1);
            for (JsonNode a : List.of(groups.get(0), allocations.get("totals"))) {
                // the refused request took nothing and is not an allocation
                assertThat(a.get("reservations").asLong()).isEqualTo(3);
                assertThat(a.get("openReservations").asLong()).isEqualTo(1);
                assertThat(a.at("/reserved/units").asLong()).isEqualTo(3);
                assertThat(a.at("/consumed/units").asLong()).isEqualTo(1);
                assertThat(a.at("/released/units").asLong()).isEqualTo(1);
                assertThat(a.at("/stillReserved/units").asLong()).isEqualTo(1);
            }
            assertThat(groups.get(0).get("desaCode").asText()).isEqualTo(DESA);
            assertThat(groups.get(0).get("kind").asText()).isEqualTo(KIND);
        });
        var notYours = Http.get(partner.url() + "/partners/" + opd + "/allocations", csrStaff);
        assertThat(notYours.status()).as(notYours.raw()).isEqualTo(404);
        assertThat(Http.get(partner.url() + "/partners/" + opd + "/pledges", csrStaff).status()).isEqualTo(404);

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var read = Http.get(partner.url() + "/forums/" + forum, tkpkd);
            assertThat(read.status()).as(read.raw()).isEqualTo(200);
            JsonNode f = read.body();
            assertThat(f.at("/attendance/invited").asLong()).isEqualTo(2);
            assertThat(f.at("/attendance/present").asLong()).isEqualTo(1);
            assertThat(f.at("/attendance/absentWithoutNotice").asLong()).isEqualTo(1);
            Map<String, String> byActor = new HashMap<>();
            f.get("actors").forEach(a -> byActor.put(a.get("partnerId").asText(), a.get("attendance").asText()));
            assertThat(byActor).isEqualTo(Map.of(opd, "PRESENT", csr, "ABSENT_WITHOUT_NOTICE"));
            List<String> decided = new ArrayList<>();
            f.get("decisions").forEach(d -> decided.add(d.get("number").asText()));
            assertThat(decided).containsExactlyInAnyOrder(leadDecision, pledgeDecision);
        });

        // the village's operator asks who leads house repair in its desa: the regency's entry answers
        var who = Http.get(partner.url() + "/matrix/" + KIND + "/" + DESA, token("operator-" + DESA, "village-operator",
                List.of(DESA), null, null));
        assertThat(who.status()).as(who.raw()).isEqualTo(200);
        assertThat(who.body().get("gap").asBoolean()).isFalse();
        assertThat(who.body().at("/lead/partnerId").asText()).isEqualTo(opd);
        assertThat(who.body().at("/lead/type").asText()).isEqualTo("OPD");
        assertThat(who.body().get("areaCode").asText()).isEqualTo(DESA);
        assertThat(who.body().get("fromAreaCode").asText()).isEqualTo(REGENCY);
        assertThat(who.body().get("decisionNumber").asText()).isEqualTo(leadDecision);
    }
}
