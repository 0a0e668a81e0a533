package id.desatumis.assistance.reference;

import id.desatumis.assistance.PartnerService;
import id.desatumis.assistance.application.Actors;
import id.desatumis.assistance.application.DecisionCitations;
import id.desatumis.assistance.application.PartnerChange.ActorStatusChanged;
import id.desatumis.assistance.application.PartnerReferenceUpdates;
import id.desatumis.assistance.application.PledgeRefs;
import id.desatumis.assistance.application.ResponsibleActors;
import id.desatumis.assistance.domain.Actor;
import id.desatumis.assistance.domain.AreaLevel;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.PledgeStatus;
import id.desatumis.assistance.domain.ResponsibilityLead;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.domain.RuleBroken;
import id.desatumis.kit.inbox.StreamMarks;
import id.desatumis.kit.security.Caller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The lookups the use cases call, through the pool as they would in their transactions, fed by partner-service's
 * events sent to Kafka as its relay sends them. Each test works in areas and kinds of its own, in a regency code drawn
 * for this run: the shared Kafka also carries partner-service's own test events, whose matrix cells in Sragen (33.14)
 * would otherwise be the same streams at other versions.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class ReferenceLookupTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** A regency of no real province (90-99), this run's own. */
    static final String R = String.format("%02d.%02d", 90 + ThreadLocalRandom.current().nextInt(10),
            10 + ThreadLocalRandom.current().nextInt(90));

    @Inject
    ResponsibleActors responsible;
    @Inject
    DecisionCitations citations;
    @Inject
    Actors actors;
    @Inject
    PledgeRefs pledges;
    @Inject
    PartnerReferenceUpdates updates;
    @Inject
    StreamMarks marks;
    @Inject
    Pool pool;
    @Inject
    Clock clock;

    @BeforeAll
    static void topicsExist() throws Exception {
        PartnerService.topicsExist();
    }

    @Test
    void theMostSpecificAreaWithALeadWins() {
        LocalDate from = LocalDate.of(2031, 1, 1);
        LocalDate on = LocalDate.of(2031, 2, 1);
        UUID regency = opd("regency lead");
        UUID kecamatan = opd("kecamatan lead");
        UUID desa = opd("desa lead");
        UUID supporting = opd("supporting");
        PartnerService.assigned("SANITATION", R, regency, List.of(), PartnerService.decision(R, "RESPONSIBILITY"), from);
        PartnerService.assigned("SANITATION", R + ".15", kecamatan, List.of(supporting),
                PartnerService.decision(R, "RESPONSIBILITY"), from);
        PartnerService.assigned("SANITATION", R + ".15.2001", desa, List.of(), PartnerService.decision(R, "RESPONSIBILITY"), from);

        awaitLead(NeedKind.SANITATION, R + ".15.2001", on, desa);
        awaitLead(NeedKind.SANITATION, R + ".15.2002", on, kecamatan);
        awaitLead(NeedKind.SANITATION, R + ".16.2001", on, regency);
        ResponsibilityLead inForce = get(() -> responsible.leadInForce(pool, NeedKind.SANITATION, R + ".15.2003", on)).orElseThrow();
        assertThat(inForce.areaCode()).isEqualTo(R + ".15");
        assertThat(inForce.areaLevel()).isEqualTo(AreaLevel.KECAMATAN);
        assertThat(inForce.supportingPartnerIds()).containsExactly(supporting);
        assertThat(inForce.effectiveFrom()).isEqualTo(from);
        // before any of them took effect, none of them leads; another kind has its own matrix
        assertThat(get(() -> responsible.leadOf(pool, NeedKind.SANITATION, R + ".15.2001", from.minusDays(1))))
                .isNotIn(Optional.of(regency), Optional.of(kecamatan), Optional.of(desa));
        assertThat(get(() -> responsible.leadOf(pool, NeedKind.FOOD_ASSISTANCE, R + ".15.2001", on)))
                .isNotIn(Optional.of(regency), Optional.of(kecamatan), Optional.of(desa));
    }

    @Test
    void anAssignmentEffectiveTomorrowIsNotTodaysLead() {
        LocalDate today = LocalDate.now(clock);
        KecamatanAndDesa leads = assignKecamatanAndDesa("ELECTRICITY", R + ".17.2001", today.minusDays(30), today.plusDays(1));

        awaitLead(NeedKind.ELECTRICITY, R + ".17.2001", today.plusDays(1), leads.desa());
        assertThat(get(() -> responsible.leadOf(pool, NeedKind.ELECTRICITY, R + ".17.2001", today))).contains(leads.kecamatan());
    }

    @Test
    void aClearedLeadFallsBackToTheKecamatansAndItsHistoryStays() {
        LocalDate today = LocalDate.now(clock);
        KecamatanAndDesa leads = assignKecamatanAndDesa("EDUCATION", R + ".18.2001", today.minusDays(10), today.minusDays(10));
        awaitLead(NeedKind.EDUCATION, R + ".18.2001", today, leads.desa());

        PartnerService.cleared("EDUCATION", R + ".18.2001", PartnerService.decision(R, "RESPONSIBILITY"), today);
        awaitLead(NeedKind.EDUCATION, R + ".18.2001", today, leads.kecamatan());
        assertThat(get(() -> responsible.leadOf(pool, NeedKind.EDUCATION, R + ".18.2001", today.minusDays(1))))
                .contains(leads.desa());

        // the desa's assignment delivered again after its clearing does not bring the desa's lead back
        PartnerService.resend(leads.desaAssignment());
        awaitMarkPassed(PartnerTopics.RESPONSIBILITY, PartnerService.responsibilityStream("EDUCATION", R + ".18.2001"));
        assertThat(get(() -> responsible.leadOf(pool, NeedKind.EDUCATION, R + ".18.2001", today))).contains(leads.kecamatan());
    }

    @Test
    void aDecisionHoldsInItsDesaItsKecamatanOrTheRegencyOnly() {
        String desa = R + ".19.2001";
        String ownDesa = PartnerService.decision(desa, "INTERVENTION_PLAN");
        String ownKecamatan = PartnerService.decision(R + ".19", "INTERVENTION_PLAN");
        String regency = PartnerService.decision(R, "INTERVENTION_PLAN");
        String neighbourDesa = PartnerService.decision(R + ".19.2002", "INTERVENTION_PLAN");
        String otherKecamatan = PartnerService.decision(R + ".18", "INTERVENTION_PLAN");

        for (String number : List.of(ownDesa, ownKecamatan, regency)) {
            await().atMost(PATIENCE).until(() -> ruleOf(() -> citations.require(pool, "decisionNumber", number, desa)) == null);
        }
        assertThat(get(() -> citations.require(pool, "decisionNumber", ownKecamatan, desa)).forumType())
                .isEqualTo("MUSYAWARAH_KECAMATAN");
        for (String number : List.of(neighbourDesa, otherKecamatan)) {
            await().atMost(PATIENCE).until(() -> "decision-other-area".equals(
                    ruleOf(() -> citations.require(pool, "decisionNumber", number, desa))));
        }
        assertThat(ruleOf(() -> citations.require(pool, "decisionNumber", "MD/none/" + UUID.randomUUID(), desa)))
                .isEqualTo("decision-unknown");
    }

    @Test
    void anOfficesTokenActsForTheOfficeOfItsCodeAndAPartnersForItsId() {
        String code = "DPUPR-" + UUID.randomUUID().toString().substring(0, 8);
        UUID office = PartnerService.registered("OPD", "DPU PR", code);
        UUID baznas = PartnerService.registered("BAZNAS", "Baznas Sragen", null);
        await().atMost(PATIENCE).until(() -> get(() -> actors.find(pool, baznas)).isPresent()
                && get(() -> actors.find(pool, office)).isPresent());

        assertThat(get(() -> actors.actingFor(pool, caller("opd", code, null)))).contains(office);
        assertThat(get(() -> actors.actingFor(pool, caller("opd", "NO-SUCH-OFFICE", null)))).isEmpty();
        assertThat(get(() -> actors.actingFor(pool, caller("partner", null, baznas.toString())))).contains(baznas);
        assertThat(get(() -> actors.actingFor(pool, caller("partner", null, UUID.randomUUID().toString())))).isEmpty();
        assertThat(get(() -> actors.actingFor(pool, caller("partner", null, "not-an-id")))).isEmpty();
        assertThat(get(() -> actors.actingFor(pool, caller("dinsos", null, null)))).isEmpty();
        Actor found = get(() -> actors.find(pool, office)).orElseThrow();
        assertThat(found.opdCode()).isEqualTo(code);
        assertThat(found.name()).isEqualTo("DPU PR");
        assertThat(found.active()).isTrue();
        assertThat(ruleOf(() -> actors.requireActive(pool, "actorId", UUID.randomUUID()))).isEqualTo("actor-unknown");
    }

    @Test
    void aSuspendedActorTakesOnNothingAndARedeliveredSuspensionChangesNothing() {
        UUID partner = PartnerService.registered("CSR", "Bank Jateng", null);
        PartnerService.Sent suspension = PartnerService.suspended(partner);
        await().atMost(PATIENCE).until(() -> "actor-suspended".equals(ruleOf(() -> actors.requireActive(pool, "actorId", partner))));

        PartnerService.reinstated(partner);
        await().atMost(PATIENCE).until(() -> ruleOf(() -> actors.requireActive(pool, "actorId", partner)) == null);

        // the relay sends the suspension again, then partner-service a type this service does not know: once the
        // stream's mark has passed that one, the redelivery has been read, and it changed nothing
        PartnerService.resend(suspension);
        awaitMarkPassed(PartnerTopics.PARTNER, PartnerService.partnerStream(partner));
        assertThat(get(() -> actors.find(pool, partner)).orElseThrow().active()).isTrue();
    }

    @Test
    void aStatusOfAnEarlierStreamVersionThanTheRowsIsNotWritten() {
        UUID partner = PartnerService.registered("NGO", "Lazismu", null);
        PartnerService.suspended(partner);
        await().atMost(PATIENCE).until(() -> get(() -> actors.find(pool, partner)).map(a -> !a.active()).orElse(false));

        // the inbox never hands the same event over twice; the row's version is the backstop if anything ever did
        get(() -> pool.withTransaction(tx -> updates.apply(tx, List.of(new ActorStatusChanged(1, partner, true)), null)));
        assertThat(get(() -> actors.find(pool, partner)).orElseThrow().active()).isFalse();
    }

    @Test
    void aPledgeServesItsKindsInItsScopeOnceAcceptedUntilWithdrawn() {
        LocalDate today = LocalDate.now(clock);
        UUID partner = PartnerService.registered("BAZNAS", "Baznas", null);
        UUID pledge = PartnerService.pledgeOffered(partner, List.of("HOUSE_REPAIR", "SANITATION"), "KECAMATAN",
                List.of(R + ".16"), 10, "HOUSE", today.minusDays(1), today.plusDays(365));
        await().atMost(PATIENCE).until(() -> get(() -> pledges.find(pool, pledge)).isPresent());
        assertThat(ruleOf(() -> serves(pledge, NeedKind.HOUSE_REPAIR, R + ".16.2003", today))).isEqualTo("pledge-not-open");

        PartnerService.Sent accepted = PartnerService.pledgeAccepted(pledge, PartnerService.decision(R, "PLEDGE"));
        await().atMost(PATIENCE).until(() -> ruleOf(() -> serves(pledge, NeedKind.HOUSE_REPAIR, R + ".16.2003", today)) == null);
        var ref = get(() -> pledges.find(pool, pledge)).orElseThrow();
        assertThat(ref.partnerId()).isEqualTo(partner);
        assertThat(ref.kinds()).isEqualTo(Set.of(NeedKind.HOUSE_REPAIR, NeedKind.SANITATION));
        assertThat(ref.countsUnits()).isTrue();
        assertThat(ref.countsRupiah()).isFalse();
        assertThat(ref.unit()).isEqualTo("HOUSE");
        assertThat(ref.validUntil()).isEqualTo(today.plusDays(365));
        assertThat(ruleOf(() -> serves(pledge, NeedKind.EDUCATION, R + ".16.2003", today))).isEqualTo("pledge-other-kind");
        assertThat(ruleOf(() -> serves(pledge, NeedKind.HOUSE_REPAIR, R + ".15.2001", today))).isEqualTo("pledge-other-area");
        assertThat(ruleOf(() -> serves(pledge, NeedKind.HOUSE_REPAIR, R + ".16.2003", today.plusDays(366))))
                .isEqualTo("pledge-not-open");
        assertThat(ruleOf(() -> serves(UUID.randomUUID(), NeedKind.HOUSE_REPAIR, R + ".16.2003", today)))
                .isEqualTo("pledge-unknown");

        PartnerService.pledgeWithdrawn(pledge, 3L, false);
        PartnerService.pledgeWithdrawn(pledge, null, true);
        await().atMost(PATIENCE).until(() -> get(() -> pledges.find(pool, pledge)).orElseThrow().status() == PledgeStatus.WITHDRAWN);
        PartnerService.resend(accepted);
        awaitMarkPassed(PartnerTopics.PLEDGE, PartnerService.pledgeStream(pledge));
        assertThat(get(() -> pledges.find(pool, pledge)).orElseThrow().status()).isEqualTo(PledgeStatus.WITHDRAWN);
    }

    /** The leads of a kind of need in a desa's kecamatan and in the desa itself, each from its date. */
    record KecamatanAndDesa(UUID kecamatan, UUID desa, PartnerService.Sent desaAssignment) {
    }

    private static KecamatanAndDesa assignKecamatanAndDesa(String kind, String desaCode, LocalDate kecamatanFrom,
                                                           LocalDate desaFrom) {
        UUID kecamatanLead = opd("kecamatan lead");
        UUID desaLead = opd("desa lead");
        String decision = PartnerService.decision(R, "RESPONSIBILITY");
        String kecamatan = desaCode.substring(0, desaCode.lastIndexOf('.'));
        PartnerService.assigned(kind, kecamatan, kecamatanLead, List.of(), decision, kecamatanFrom);
        return new KecamatanAndDesa(kecamatanLead, desaLead,
                PartnerService.assigned(kind, desaCode, desaLead, List.of(), decision, desaFrom));
    }

    private Uni<?> serves(UUID pledge, NeedKind kind, String desa, LocalDate day) {
        return pledges.requireServes(pool, "pledgeId", pledge, kind, desa, day);
    }

    /**
     * Sends partner-service's next event on a stream, of a type this service does not know, and waits until the
     * stream's mark has passed it: whatever was sent on the stream before it (a redelivery) has been read by then.
     */
    private void awaitMarkPassed(String topic, String stream) {
        PartnerService.unknownEvent(topic, stream);
        await().atMost(PATIENCE).until(() -> get(() -> marks.of(pool, PartnerReferenceUpdates.CONSUMER, stream))
                == PartnerService.versionOf(stream));
    }

    private void awaitLead(NeedKind kind, String desa, LocalDate on, UUID lead) {
        await().atMost(PATIENCE).until(() -> get(() -> responsible.leadOf(pool, kind, desa, on)).equals(Optional.of(lead)));
    }

    private static UUID opd(String name) {
        return PartnerService.registered("OPD", name, "OPD-" + UUID.randomUUID());
    }

    private static Caller caller(String role, String opd, String partnerId) {
        return new Caller("someone", "someone", Set.of(role), Set.of(), opd, partnerId);
    }

    private static <T> T get(Supplier<Uni<T>> uni) {
        return uni.get().await().atMost(PATIENCE);
    }

    /** The rule the lookup refused with, or null when it answered. */
    private static String ruleOf(Supplier<Uni<?>> lookup) {
        try {
            lookup.get().await().atMost(PATIENCE);
            return null;
        } catch (RuleBroken broken) {
            return broken.rule();
        }
    }
}
