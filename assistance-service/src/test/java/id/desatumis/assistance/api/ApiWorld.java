package id.desatumis.assistance.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.Auth;
import id.desatumis.assistance.PartnerService;
import id.desatumis.assistance.domain.NeedId;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.apitest.ApiScene;
import id.desatumis.kit.outbox.TopicCreator;
import id.desatumis.kit.region.Region;
import id.desatumis.kit.region.RegionCatalog;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The real objects the generated API tests (issue 12, items 11 and 12) call the service's operations on, made as
 * clients and the other services would make them: partner-service's actors, leads and decision sent as its events,
 * households' needs as assessment-service's, then over this service's REST API a budget line owned by the own office,
 * interventions planned on it (the own office leading: the default actor) and deliveries reported by that office, one
 * verified-to-be, one disputed-to-be and one disputed. Every desa, office and partner is new, so the tests share the
 * database with the others without meeting them.
 */
record ApiWorld(String ownDesa, String otherDesa, String ownOffice, String otherOffice, UUID ownPartner,
                UUID otherPartner, String decision, String lineId, String lineCode, UUID first, UUID second,
                String delivering, String disputedOn, String toVerify, String toDispute, String disputed,
                String toCancel) {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final int YEAR = TODAY.getYear();
    static final LocalDate DUE = LocalDate.of(YEAR, 12, 31);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The reference tests' kecamatan (ReferenceApiTest asserts who leads there). */
    private static final String RESERVED_KECAMATAN = "33.14.20.";

    static ApiWorld make(RegionCatalog regions) throws Exception {
        PartnerService.topicsExist();
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(AssessmentTopics.ASSESSMENT), 2, (short) 1);
        List<Region> desa = regions.sragenDesa().stream().filter(Region::current)
                .filter(r -> !r.code().startsWith(RESERVED_KECAMATAN)).toList();
        String own = desa.get(ThreadLocalRandom.current().nextInt(desa.size())).code();
        String other = own;
        while (other.equals(own)) other = desa.get(ThreadLocalRandom.current().nextInt(desa.size())).code();
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String ownOffice = "DPUPR-" + suffix;
        String otherOffice = "DPU-" + suffix;
        UUID office = PartnerService.registered("OPD", "Dinas PUPR " + suffix, ownOffice);
        PartnerService.registered("OPD", "Dinas PU " + suffix, otherOffice);
        UUID ownPartner = PartnerService.registered("BAZNAS", "Baznas " + suffix, null);
        UUID otherPartner = PartnerService.registered("CSR", "CSR " + suffix, null);
        String regency = PartnerService.decision("33.14", "RESPONSIBILITY");
        for (NeedKind kind : List.of(NeedKind.HOUSE_REPAIR, NeedKind.SANITATION, NeedKind.ELECTRICITY)) {
            PartnerService.assigned(kind.name(), own, office, List.of(), regency, TODAY);
        }
        String decision = PartnerService.decision(own, "INTERVENTION_PLAN");
        UUID first = household(own);
        UUID second = household(own);

        String code = "1.06.02." + suffix;
        String lineId = post(Auth.dinsos(), "/budget-lines", Map.of("fund", "APBD", "code", code, "fiscalYear", YEAR,
                "ownerOpdCode", ownOffice, "name", "Rehabilitasi rumah tidak layak huni", "ceilingRupiah", 10_000_000_000L))
                .statusCode(201).extract().path("lineId");
        String delivering = planned(first, NeedKind.HOUSE_REPAIR, code, decision);
        String disputedOn = planned(first, NeedKind.SANITATION, code, decision);
        String toCancel = planned(first, NeedKind.ELECTRICITY, code, decision);
        String toVerify = reported(ownOffice, delivering);
        String toDispute = reported(ownOffice, delivering);
        String disputed = reported(ownOffice, disputedOn);
        post(Auth.operator(own), "/interventions/" + disputedOn + "/deliveries/" + disputed + "/dispute",
                Map.of("ground", "INCOMPLETE", "reason", "Semen yang diterima 10 sak, bukan 20")).statusCode(200);
        return new ApiWorld(own, other, ownOffice, otherOffice, ownPartner, otherPartner, decision, lineId, code, first,
                second, delivering, disputedOn, toVerify, toDispute, disputed, toCancel);
    }

    /** What the generators are told: the scopes, a real object for every path, a valid body for every command. */
    ApiScene.Builder scene(URI base, LongSupplier events) {
        String today = TODAY.toString();
        String evidence = "\"evidence\":{\"documentNumber\":\"BAST/DPUPR/2026/0147\"}";
        String report = "{\"deliveredOn\":\"" + today + "\",\"description\":\"Perbaikan atap sebagian\","
                + "\"amount\":{\"rupiah\":100000}," + evidence;
        return ApiScene.builder(base)
                .eventCount(events)
                .desa(ownDesa, otherDesa)
                .office(ownOffice, otherOffice)
                .partner(ownPartner.toString(), otherPartner.toString())
                .path("id", delivering)
                .path("interventionId", delivering)
                .path("deliveryId", toVerify)
                .path("householdId", first.toString())
                .path("kind", "HOUSE_REPAIR")
                .path("POST /interventions/{id}/cancellation", "id", toCancel)
                .path("POST /interventions/{interventionId}/deliveries/{deliveryId}/dispute", "deliveryId", toDispute)
                .path("POST /interventions/{interventionId}/deliveries/{deliveryId}/resolution", "interventionId", disputedOn)
                .path("POST /interventions/{interventionId}/deliveries/{deliveryId}/resolution", "deliveryId", disputed)
                .path("POST /households/{householdId}/needs/{needId}/closure", "householdId", second.toString())
                .path("POST /households/{householdId}/needs/{needId}/closure", "needId",
                        NeedId.of(second, NeedKind.SANITATION, null).toString())
                .path("GET /budget-lines/{id}", "id", lineId)
                .path("GET /budget-lines/{id}/commitments", "id", lineId)
                .path("POST /budget-lines/{id}/ceiling-revisions", "id", lineId)
                .query("GET /interventions", "desa=" + ownDesa)
                .query("GET /needs", "desa=" + ownDesa)
                .body("POST /interventions", "{\"needId\":\"" + NeedId.of(second, NeedKind.HOUSE_REPAIR, null)
                        + "\",\"source\":{\"type\":\"APBD\",\"code\":\"" + lineCode + "\",\"fiscalYear\":" + YEAR
                        + "},\"amount\":{\"rupiah\":20000000,\"units\":1},\"dueDate\":\"" + DUE
                        + "\",\"decisionNumber\":\"" + decision + "\"}")
                .body("POST /interventions/{id}/resourcing", "{}")
                .body("POST /interventions/{id}/cancellation", "{\"reason\":\"Rumah tangga pindah ke luar kabupaten\"}")
                // Dinas Sosial (the valid caller) reports for the office that answers for the intervention: with a reason
                .body("POST /interventions/{interventionId}/deliveries",
                        report + ",\"onBehalfReason\":\"Laporan diterima lewat surat\"}")
                .body("POST /interventions/{interventionId}/deliveries/{deliveryId}/verification",
                        "{\"confirmedBy\":\"HEAD_OF_HOUSEHOLD\",\"confirmedOn\":\"" + today + "\",\"method\":\"SIGNATURE\"}")
                .body("POST /interventions/{interventionId}/deliveries/{deliveryId}/dispute",
                        "{\"ground\":\"INCOMPLETE\",\"reason\":\"Semen yang diterima 10 sak, bukan 20\"}")
                .body("POST /interventions/{interventionId}/deliveries/{deliveryId}/resolution",
                        "{\"resolution\":\"ACCEPT\",\"reason\":\"Kekurangan sudah dikirim\"}")
                .body("POST /households/{householdId}/needs/{needId}/closure",
                        "{\"reason\":\"REFUSED_BY_HOUSEHOLD\",\"note\":\"Menolak bantuan\"}")
                .body("POST /opd/deliveries", "{\"items\":[{\"interventionId\":\"" + delivering + "\","
                        + report.substring(1) + "}]}")
                .body("POST /opd/unplanned-deliveries", "{\"householdId\":\"" + first + "\",\"kind\":\"FOOD_ASSISTANCE\","
                        + "\"programme\":\"Bantuan pangan APBD " + YEAR + "\",\"deliveredOn\":\"" + today + "\","
                        + "\"description\":\"Paket sembako\",\"amount\":{\"rupiah\":300000}," + evidence + "}")
                .body("POST /budget-lines", line("1.06.03." + lineCode.substring(8)))
                .body("POST /budget-lines/imports", "{\"items\":[" + line("1.06.04." + lineCode.substring(8)) + "]}")
                .body("POST /budget-lines/{id}/ceiling-revisions",
                        "{\"ceilingRupiah\":20000000000,\"reason\":\"APBD Perubahan " + YEAR + "\"}")
                .body("POST /status-lookups", "{\"referenceCode\":\"7K3M-9QX2-H4TB-6WRC-D\"}")
                .last("POST /interventions/{id}/cancellation");
    }

    private String line(String code) {
        return "{\"fund\":\"APBD\",\"code\":\"" + code + "\",\"fiscalYear\":" + YEAR + ",\"ownerOpdCode\":\"" + ownOffice
                + "\",\"name\":\"Sambungan listrik rumah tangga miskin\",\"ceilingRupiah\":500000000}";
    }

    /** A verified poor household of the desa lacking a house repair, sanitation, electricity and food; its needs listed here. */
    private static UUID household(String desa) throws JsonProcessingException {
        UUID id = UUID.randomUUID();
        List<NeedsIdentifiedV1.Need> needs = List.of(new NeedsIdentifiedV1.Need(NeedKind.HOUSE_REPAIR.name(), null),
                new NeedsIdentifiedV1.Need(NeedKind.SANITATION.name(), null),
                new NeedsIdentifiedV1.Need(NeedKind.ELECTRICITY.name(), null),
                new NeedsIdentifiedV1.Need(NeedKind.FOOD_ASSISTANCE.name(), null));
        NeedsIdentifiedV1 event = new NeedsIdentifiedV1(id.toString(), desa, UUID.randomUUID().toString(), "POOR",
                "bps14-2026.1", needs, Instant.now().toString());
        CloudEventSender.send(AssessmentTopics.ASSESSMENT, "assessment-" + id, UUID.randomUUID().toString(),
                NeedsIdentifiedV1.CE_TYPE, AssessmentTopics.SOURCE, 1, JSON.writeValueAsString(event));
        await().atMost(WAIT).until(() -> {
            var r = given().header("Authorization", Auth.dinsos()).get("/households/" + id + "/needs");
            List<Object> listed = r.statusCode() == 200 ? r.jsonPath().getList("needs") : null;
            return listed != null && listed.size() == needs.size();
        });
        return id;
    }

    /** The need planned on the line by Dinas Sosial, once what the plan names has arrived; the intervention's id. */
    private static String planned(UUID household, NeedKind kind, String lineCode, String decision) {
        Map<String, Object> body = Map.of("needId", NeedId.of(household, kind, null).toString(),
                "source", Map.of("type", "APBD", "code", lineCode, "fiscalYear", YEAR),
                "amount", Map.of("rupiah", 20_000_000L, "units", 1), "dueDate", DUE.toString(), "decisionNumber", decision);
        String[] id = new String[1];
        // the lead and the decision come from partner-service's events: planned once they are here
        await().atMost(WAIT).until(() -> {
            var r = post(Auth.dinsos(), "/interventions", body).extract();
            id[0] = r.statusCode() == 201 ? r.path("interventionId") : null;
            return id[0] != null;
        });
        return id[0];
    }

    /** A delivery of 1,000,000 rupiah reported by the office answering for the intervention; its id. */
    private static String reported(String office, String intervention) {
        return post(Auth.opd(office), "/interventions/" + intervention + "/deliveries", Map.of("deliveredOn",
                TODAY.toString(), "description", "Pekerjaan tahap pertama", "amount", Map.of("rupiah", 1_000_000L),
                "evidence", Map.of("documentNumber", "BAST/DPUPR/2026/0147")))
                .statusCode(201).extract().path("deliveryId");
    }

    private static ValidatableResponse post(String token, String path, Object body) {
        return given().contentType(ContentType.JSON).header("Authorization", token).body(body).post(path).then();
    }
}
