package id.desatumis.partner.reservations;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.NeedIds;
import id.desatumis.contracts.assistance.ReservationRequestedV1;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.devstack.CloudEventSender;
import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.proof.Finding;
import id.desatumis.devstack.proof.PersonalDataSweep;
import id.desatumis.devstack.proof.PersonalValues;
import id.desatumis.devstack.proof.RelayCatchUp;
import id.desatumis.devstack.proof.SweepReport;
import id.desatumis.kit.outbox.TopicCreator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proof of erasure (issue 12, item 4) for partner-service. No name, NIK or address ever reaches it; of a household
 * it could learn only what assistance-service's events carry: the household's id, a member's id (for a personal
 * need) and the need's id. A member's personal need is planned and its reservation requested as assistance's relay
 * sends them, the registry erases the household; then no table of partner's database, none of its own topics and no
 * line of its log holds the household's or the member's id (it keeps reservations by intervention), before the
 * erasure as after it.
 * <p>
 * Two pseudonymous ids are kept by design, and are the sweep's positive controls: the intervention id, by which
 * partner keeps the reservation, and the need id, which its v1 answers (ReservationConfirmed, ReservationRejected)
 * carry as a required field and which a published contract never drops (ARCHITECTURE.md, schema evolution). The need
 * id is a name-based UUID of household, kind and member (NeedIds): it can only confirm a guess of both ids, and it
 * links to nothing that the intervention id does not already link to (assistance's InterventionPlanned names the
 * household and member of each intervention, on assistance's topic, by design). Erasure in this platform destroys
 * personal values (names, NIKs, KK numbers, addresses, birth dates, answers, free text), not the ids that stand in
 * for them.
 */
@QuarkusTest
@TestProfile(PersonalDataProofTest.LogToFile.class)
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PersonalDataProofTest {

    /** The service's log goes to a file for this test, so the sweep can read every line it wrote. */
    public static class LogToFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString());
        }
    }

    static final Path LOG = Path.of("target/proof-partner.log");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The topics that carry these ids by design (the producers' audit trails); partner's own must not. */
    private static final Set<String> PRODUCERS = Set.of("topic " + AssistanceTopics.INTERVENTION, "topic " + RegistryTopics.HOUSEHOLD);

    private final PersonalValues v = new PersonalValues();

    @Test
    void noTableOwnTopicOrLogLineEverHoldsTheHouseholdsOrMembersId() throws Exception {
        TopicCreator.ensure(DevStack.shared().kafkaBootstrap(), Set.of(AssistanceTopics.INTERVENTION, RegistryTopics.HOUSEHOLD),
                Assistance.PARTITIONS, (short) 1);
        UUID household = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID need = NeedIds.of(household, "SKILLS_TRAINING", member);
        UUID intervention = UUID.randomUUID();
        v.add("household id", household.toString());
        v.add("member id", member.toString());
        v.add(PersonalValues.CONTROL + "need id", need.toString());
        v.add(PersonalValues.CONTROL + "intervention id", intervention.toString());

        String stream = "intervention-" + intervention;
        assistance(stream, InterventionPlannedV1.CE_TYPE, 1, new InterventionPlannedV1(intervention.toString(), need.toString(),
                household.toString(), member.toString(), "SKILLS_TRAINING", ReservationFixtures.DESA, UUID.randomUUID().toString(),
                "PLEDGE", null, null, null, null, 1L, List.of(), LocalDate.now().plusMonths(2).toString(), "MD/PROOF/1", null,
                LocalDate.now().toString(), now()));
        assistance(stream, ReservationRequestedV1.CE_TYPE, 2, new ReservationRequestedV1(UUID.randomUUID().toString(),
                intervention.toString(), need.toString(), "SKILLS_TRAINING", ReservationFixtures.DESA, null, null, null, 1L, now()));

        // partner answers the request (no pledge covers it): the reservation is kept by intervention, the control
        SweepReport[] before = new SweepReport[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            before[0] = sweep();
            return !before[0].findings(f -> f.isControl() && f.source().startsWith("table ")).isEmpty();
        });
        System.out.println("partner proof, before erasure: " + before[0].summary() + "\n" + lines(before[0].findings()));
        assertThat(before[0].findings(f -> f.label().equals("member id") && PRODUCERS.contains(f.source())))
                .as("the member id on assistance's topic, where it is by design").isNotEmpty();
        assertThat(kept(before[0])).as("household or member ids kept by partner").isEmpty();

        CloudEventSender.send(RegistryTopics.HOUSEHOLD, "household-" + household, UUID.randomUUID().toString(),
                HouseholdErasedV1.CE_TYPE, RegistryTopics.SOURCE, 1, JSON.writeValueAsString(
                        new HouseholdErasedV1(household.toString(), ReservationFixtures.DESA, 1, now())));
        var pg = DevStack.shared().postgres();
        RelayCatchUp.await(pg.jdbcUrl("partner"), pg.user(), pg.password(), Duration.ofSeconds(120));

        SweepReport after = sweep();
        System.out.println("partner proof, after erasure: " + after.summary() + "\n  read: " + after.sources() + "\n"
                + lines(after.findings()));
        assertThat(after.sources()).anyMatch(s -> s.startsWith("table ")).anyMatch(s -> s.startsWith("topic "))
                .anyMatch(s -> s.startsWith("log "));
        assertThat(kept(after)).as("household or member ids kept by partner").isEmpty();
    }

    private static List<String> kept(SweepReport report) {
        return report.findings(f -> !f.isControl() && !PRODUCERS.contains(f.source())).stream()
                .map(f -> f.source() + ": " + f.label()).distinct().toList();
    }

    private static void assistance(String stream, String type, long sequence, Object payload) throws Exception {
        CloudEventSender.send(AssistanceTopics.INTERVENTION, stream, UUID.randomUUID().toString(), type,
                AssistanceTopics.SOURCE, sequence, JSON.writeValueAsString(payload));
    }

    private static String now() {
        return Instant.now().toString();
    }

    private SweepReport sweep() {
        var pg = DevStack.shared().postgres();
        var sweep = new PersonalDataSweep(v);
        return sweep.database(pg.jdbcUrl("partner"), pg.user(), pg.password())
                .and(sweep.kafka(DevStack.shared().kafkaBootstrap())).and(sweep.log(LOG));
    }

    private static String lines(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add("  " + f));
        return String.join("\n", out);
    }
}
