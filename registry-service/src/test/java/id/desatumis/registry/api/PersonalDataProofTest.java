package id.desatumis.registry.api;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.devstack.proof.Finding;
import id.desatumis.devstack.proof.PersonalDataSweep;
import id.desatumis.devstack.proof.PersonalValues;
import id.desatumis.devstack.proof.SweepReport;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The proof of erasure (issue 12, item 4): a household with distinctive values in every personal field goes
 * through every feature of the registry that stores them (registration, a member added, the KK number reissued, a
 * move, a likely duplicate flagged, resolved and merged, pecah KK, reference codes read and reissued, every kind of
 * lookup, an import), is erased, and then no table of the registry's database, no Kafka topic and no line of the
 * service's log holds any of the values, in clear or in base64. Values deliberately put in fields that are kept in
 * clear (an access purpose, an erasure's legal basis) must be found, so the sweep is shown to see.
 */
@QuarkusTest
@TestProfile(PersonalDataProofTest.LogToFile.class)
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "registry"))
class PersonalDataProofTest {

    /** The service's log goes to a file for this test, so the sweep can read every line it wrote. */
    public static class LogToFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString());
        }
    }

    static final Path LOG = Path.of("target/proof-registry.log");
    private static final String DESA = People.DESA_A;
    private static final String TOPIC = "desatumis.registry.household.v1";

    private final PersonalValues v = new PersonalValues();
    /** Kept in clear by design (who read what, why; the legal basis of an erasure): the sweep's positive controls. */
    private final String purpose = v.control("access purpose", "verifikasi lapangan");
    private final String legalBasis = v.control("legal basis", "UU 27/2022 Pelindungan Data Pribadi pasal 8");

    @Test
    void afterErasureNoTableTopicOrLogLineHoldsAnyOfTheHouseholdsValues() {
        v.add("name word", v.word());
        LocalDate headBorn = v.birthDate("head birth date");
        String headName = v.name("head name", "Sukarjó");
        var head = member(headName, v.nik("head NIK", "M", headBorn), "M", headBorn, "HEAD");
        LocalDate wifeBorn = v.birthDate("wife birth date");
        var wife = member(v.name("wife name", "Ñgatini"), v.nik("wife NIK", "F", wifeBorn), "F", wifeBorn, "WIFE");
        LocalDate childBorn = v.birthDate("child birth date");
        var child = member(v.name("child name", "Wahyudi"), v.nik("child NIK", "M", childBorn), "M", childBorn, "CHILD");
        Response registered = post("/households", household(v.kk("KK"), v.address("address"), List.of(head, wife, child)))
                .then().statusCode(201).extract().response();
        String id = registered.jsonPath().getString("householdId");
        List<String> people = registered.jsonPath().getList("memberIds");

        // a member added, the family card reissued, a move within the village
        LocalDate addedBorn = v.birthDate("added member birth date");
        String addedName = v.name("added member name", "Pàrmin");
        post("/households/" + id + "/members", member(addedName, v.nik("added member NIK", "M", addedBorn), "M", addedBorn,
                "CHILD")).then().statusCode(200);
        String added = read("/households/" + id).then().statusCode(200).extract().jsonPath()
                .getString("members.find { it.name == '" + addedName + "' }.memberId");
        post("/households/" + id + "/kk-number", Map.of("kkNumber", v.kk("reissued KK"),
                "reason", v.text("KK reason", "KK hilang waktu banjir, Pak Sukarjo"))).then().statusCode(200);
        post("/households/" + id + "/relocations", Map.of("desaCode", DESA, "address", v.address("new address")))
                .then().statusCode(200);

        // the same man registered again (his name in capitals, no accent): flagged, resolved as merged, merged
        String duplicateNik = v.nik("duplicate's NIK", "M", headBorn);
        var again = member(v.add("duplicate's name", headName.toUpperCase().replace("Ó", "O")), duplicateNik, "M", headBorn, "HEAD");
        Response duplicate = post("/households", household(v.kk("duplicate's KK"), v.address("duplicate's address"), List.of(again)))
                .then().statusCode(201).extract().response();
        String duplicateId = duplicate.jsonPath().getString("householdId");
        List<String> flags = duplicate.jsonPath().getList("likelyDuplicateFlags");
        assertThat(flags).as("the duplicate is flagged").isNotEmpty();
        post("/households/" + id + "/merges", Map.of("duplicateId", duplicateId,
                "reason", v.text("merge reason", "Pak Sukarjo didaftar dua kali di Dukuh"))).then().statusCode(200);
        post("/duplicate-flags/" + flags.get(0) + "/resolution", Map.of("outcome", "merged",
                "reason", v.text("flag resolution reason", "orang yang sama, Sukarjo"))).then().statusCode(200);

        // pecah KK: the added member forms a household of his own
        String split = post("/households/" + id + "/splits", Map.of("kkNumber", v.kk("split KK"), "desaCode", DESA,
                "address", v.address("split address"), "members", List.of(Map.of("memberId", added, "relationship", "HEAD"))))
                .then().statusCode(201).extract().jsonPath().getString("householdId");

        // reference codes: read, reissued for a lost receipt, read again
        referenceCode("reference code", id);
        post("/households/" + id + "/reference-code", Map.of("reason", v.text("reissue reason", "tanda terima dimakan tikus")))
                .then().statusCode(200);
        referenceCode("reissued reference code", id);
        referenceCode("split's reference code", split);

        // every lookup: by NIK, by KK, by name; the DCI sync search by NIK and by KK
        search(Map.of("nik", head.get("nik")));
        search(Map.of("kkNumber", v.values().get("reissued KK")));
        search(Map.of("name", headName, "desaCode", DESA));
        given().header("Authorization", Auth.dinsos()).contentType(ContentType.JSON)
                .body(DciSearchApiTest.envelope(List.of(DciSearchApiTest.byId("r1", "NIK", (String) wife.get("nik")),
                        DciSearchApiTest.byId("r2", "KK", v.values().get("reissued KK")))))
                .post("/registry/sync/search").then().statusCode(200);

        // an import of the national list
        String imported = importFamily();

        // positive controls: the API opens the values, the sweep finds the values kept in clear
        read("/households/" + id).then().body("members.name", hasItem(headName));
        read("/households/" + duplicateId + "/history").then().statusCode(200);
        awaitPublished(id, "HouseholdAbsorbed");
        SweepReport before = sweep();
        System.out.println("registry proof, before erasure: " + before.summary() + "\n" + lines(before.findings()));
        assertThat(before.findings(f -> f.label().equals("control: access purpose"))).as("the access purpose, kept in clear")
                .isNotEmpty();

        // erasure: one person alone, then every household the values reached
        post("/households/" + id + "/members/" + people.get(1) + "/erasure", Map.of("legalBasis", legalBasis))
                .then().statusCode(200);
        for (String household : List.of(id, split, imported)) {
            post("/households/" + household + "/erasure", Map.of("legalBasis", legalBasis)).then().statusCode(200);
        }
        read("/households/" + id).then().body("erased", equalTo(true));
        // the duplicate's keys go with the survivor's erasure: no event of its own stream says so
        for (String household : List.of(id, split, imported)) awaitPublished(household, "HouseholdErased");

        SweepReport after = sweep();
        System.out.println("registry proof, after erasure: " + after.summary() + "\n  read: " + after.sources() + "\n" + lines(after.findings()));
        assertThat(after.sources()).anyMatch(s -> s.startsWith("table ")).anyMatch(s -> s.startsWith("topic "))
                .anyMatch(s -> s.startsWith("log "));
        assertThat(after.findings(f -> f.label().equals("control: legal basis") && f.source().contains("erasures")))
                .as("the legal basis, kept in clear in the erasures table").isNotEmpty();
        assertThat(after.findings(f -> !f.isControl())).as("personal values left after erasure").isEmpty();
    }

    private Map<String, Object> household(String kk, String address, List<Map<String, Object>> members) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("kkNumber", kk);
        h.put("desaCode", DESA);
        h.put("address", address);
        h.put("desil", "1");
        h.put("members", members);
        return h;
    }

    private static Map<String, Object> member(String name, String nik, String sex, LocalDate born, String relationship) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nik", nik);
        m.put("name", name);
        m.put("sex", sex);
        m.put("birthDate", born.toString());
        m.put("relationship", relationship);
        return m;
    }

    private Response post(String path, Object body) {
        return given().header("Authorization", Auth.dinsos()).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post(path);
    }

    private Response read(String path) {
        return given().header("Authorization", Auth.dinsos()).header("X-Access-Purpose", purpose).get(path);
    }

    private void search(Map<String, Object> body) {
        given().header("Authorization", Auth.dinsos()).header("X-Access-Purpose", purpose).contentType(ContentType.JSON)
                .body(body).post("/households/search").then().statusCode(200).body("total", equalTo(1));
    }

    /** The printed code, and the code without its dashes as a person might type it into the public lookup. */
    private void referenceCode(String label, String household) {
        String code = read("/households/" + household + "/reference-code").then().statusCode(200).extract().path("referenceCode");
        v.add(label, code);
        v.add(label + " typed", code.replace("-", ""));
    }

    private String importFamily() {
        LocalDate born = v.birthDate("imported head birth date");
        LocalDate wifeBorn = v.birthDate("imported wife birth date");
        String kk = v.kk("imported KK");
        String address = v.address("imported address");
        String csv = "kk_number,nik,name,sex,birth_date,relationship,desa_code,address,desil\n"
                + String.join(",", kk, v.nik("imported head NIK", "M", born), "\"" + v.name("imported head name", "Karyo") + "\"",
                "M", born.toString(), "HEAD", DESA, "\"" + address + "\"", "2") + "\n"
                + String.join(",", kk, v.nik("imported wife NIK", "F", wifeBorn), "\"" + v.name("imported wife name", "Painem") + "\"",
                "F", wifeBorn.toString(), "WIFE", DESA, "\"" + address + "\"", "2") + "\n";
        String location = given().header("Authorization", Auth.dinsos()).contentType("text/csv").body(csv).post("/imports")
                .then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                "done".equals(given().header("Authorization", Auth.dinsos()).get(location).then().extract().path("status")));
        given().header("Authorization", Auth.dinsos()).get(location).then().body("householdsCreated", equalTo(1));
        return given().header("Authorization", Auth.dinsos()).header("X-Access-Purpose", purpose).contentType(ContentType.JSON)
                .body(Map.of("kkNumber", kk)).post("/households/search").then().statusCode(200)
                .extract().path("items[0].householdId");
    }

    /** Waits until the relay has published this event of the household, so the topics are swept complete. */
    private static void awaitPublished(String household, String type) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                TopicRecords.withKey(TOPIC, "household-" + household, 1, Duration.ofSeconds(60)).stream()
                        .anyMatch(r -> String.valueOf(TopicRecords.header(r, "ce_type")).contains("." + type + ".")));
    }

    private SweepReport sweep() {
        var pg = DevStack.shared().postgres();
        var sweep = new PersonalDataSweep(v);
        return sweep.database(pg.jdbcUrl("registry"), pg.user(), pg.password())
                .and(sweep.kafka(DevStack.shared().kafkaBootstrap())).and(sweep.log(LOG));
    }

    private static String lines(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add("  " + f));
        return String.join("\n", out);
    }
}
