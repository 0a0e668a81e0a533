package id.desatumis.monitoring.partners;

import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.kit.security.Caller;
import id.desatumis.monitoring.application.CollaborationReport;
import id.desatumis.monitoring.application.DesaFigures;
import id.desatumis.monitoring.application.MatrixCoverageReader;
import id.desatumis.monitoring.application.ScorecardReader;
import id.desatumis.monitoring.domain.Amount;
import id.desatumis.monitoring.domain.CollaborationIndicators;
import id.desatumis.monitoring.domain.CollaborationIndicators.Gap;
import id.desatumis.monitoring.domain.CollaborationIndicators.Participation;
import id.desatumis.monitoring.domain.CollaborationIndicators.Period;
import id.desatumis.monitoring.domain.CollaborationIndicators.PledgeFulfilment;
import id.desatumis.monitoring.domain.CollaborationIndicators.ResourceShare;
import id.desatumis.monitoring.domain.ForumAttendance;
import id.desatumis.monitoring.domain.ForumSummary;
import id.desatumis.monitoring.domain.IndicatorScope;
import id.desatumis.monitoring.domain.Interval;
import id.desatumis.monitoring.domain.LeadTimes;
import id.desatumis.monitoring.domain.NeedStages;
import id.desatumis.monitoring.domain.Scorecard;
import id.desatumis.monitoring.messaging.AssistancePart;
import id.desatumis.monitoring.messaging.PartnersPart;
import id.desatumis.monitoring.messaging.ProjectionPart;
import id.desatumis.monitoring.persistence.CollaborationQueries;
import id.desatumis.monitoring.persistence.CollaborationTrend;
import id.desatumis.monitoring.persistence.DesaForumsQueries;
import id.desatumis.monitoring.persistence.DesaNeedsQueries;
import id.desatumis.monitoring.persistence.ScorecardQueries;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story's figures, computed by hand (docs/indicators.md's worked example), against what the scorecards, the
 * collaboration indicators and the desa pages read (today is 1 July 2026); and the story's events applied by the
 * parts in three arrival orders across topics (each stream's own order kept, as Kafka keeps it) and batch sizes give
 * the same rows, row for row. The parts write a schema of the test's own (ProjectionSchema), as the engine would.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class StoryFiguresTest {

    static final LocalDate TODAY = LocalDate.parse("2026-07-01");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 7, 1, 9, 0, 0, 0, ZoneId.of("Asia/Jakarta"))
            .toInstant(), ZoneId.of("Asia/Jakarta"));
    static CollaborationStory story;
    static ProjectionSchema schema;

    @Inject
    Pool pool;
    @Inject
    PartnersPart partners;
    @Inject
    AssistancePart assistance;
    @Inject
    ScorecardQueries scorecardQueries;
    @Inject
    CollaborationQueries collaborationQueries;
    @Inject
    CollaborationTrend trend;
    @Inject
    MatrixCoverageReader matrix;
    @Inject
    DesaNeedsQueries needs;
    @Inject
    DesaForumsQueries forums;

    @BeforeEach
    void storyApplied() {
        if (schema != null) return;
        story = new CollaborationStory("33.14.07.2003", "33.14.07.2004");
        schema = new ProjectionSchema(pool);
        schema.apply(story.events.all(), 7, List.of(partners, assistance));
        schema.in(tx -> tx.query("INSERT INTO desa_programme (desa_code, intake_year) VALUES ('33.14.07.2003', 2022)")
                .execute());
    }

    @AfterAll
    static void dropped() {
        if (schema != null) schema.drop();
    }

    Scorecard card(java.util.UUID actor) {
        var reader = new ScorecardReader(new SchemaReads(pool, schema), scorecardQueries, CLOCK);
        Caller staff = new Caller("s", "s", Set.of("dinsos"), Set.of(), null, null);
        return reader.of(staff, actor).await().indefinitely().value();
    }

    CollaborationIndicators indicators(String area, Integer cohort, String from, String to, Interval interval) {
        var report = new CollaborationReport(new SchemaReads(pool, schema), collaborationQueries, trend, matrix);
        return report.of(new IndicatorScope(area, cohort, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), TODAY), interval).await().indefinitely().value();
    }

    @Test
    void theScorecardsOfThePartnerTheOfficeAndTheVillage() {
        assertThat(card(story.csr)).isEqualTo(new Scorecard(story.csr, "PT Sumber Rejeki", "CSR",
                new Amount(30_000_000, 0), new Amount(20_000_000, 0), new Amount(20_000_000, 0),
                new Amount(20_000_000, 0), new Amount(20_000_000, 0), 1, 0, 1, new LeadTimes(44.0, 44.0),
                new LeadTimes(15.0, 15.0), new ForumAttendance(2, 2, 0, 1.0)));
        assertThat(card(story.opd)).isEqualTo(new Scorecard(story.opd, "Dinas Perkim", "OPD",
                new Amount(120_000_000, 0), new Amount(5_000_000, 0), new Amount(5_000_000, 0),
                new Amount(6_500_000, 0), new Amount(5_000_000, 0), 2, 0, 1, new LeadTimes(19.0, 19.0),
                new LeadTimes(2.0, 2.0), new ForumAttendance(2, 2, 0, 1.0)));
        assertThat(card(story.pemdes)).isEqualTo(new Scorecard(story.pemdes, "Pemdes 33.14.07.2003", "PEMDES",
                Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, 1, 1, 0, new LeadTimes(null, null),
                new LeadTimes(null, null), new ForumAttendance(1, 0, 1, 0.0)));
    }

    @Test
    void theCollaborationIndicatorsOfTheWholeProgramme() {
        CollaborationIndicators c = indicators(null, null, null, null, Interval.MONTH);
        assertThat(c.resourceShareByActorType()).containsExactly(
                new ResourceShare("GOVERNMENT", 6_500_000, 0, 2, 0.2453),
                new ResourceShare("VILLAGE", 0, 0, 0, 0.0),
                new ResourceShare("CSR_BUMN_BUMD", 20_000_000, 0, 1, 0.7547),
                new ResourceShare("ZAKAT", 0, 0, 0, 0.0), new ResourceShare("NGO", 0, 0, 0, 0.0),
                new ResourceShare("UNIVERSITY", 0, 0, 0, 0.0), new ResourceShare("COMMUNITY", 0, 0, 0, 0.0));
        assertThat(c.forumParticipation()).containsExactly(
                new Participation(story.csr, "PT Sumber Rejeki", "CSR", 2, 2, 0, 1.0),
                new Participation(story.opd, "Dinas Perkim", "OPD", 2, 2, 0, 1.0),
                new Participation(story.pemdes, "Pemdes 33.14.07.2003", "PEMDES", 1, 0, 1, 0.0));
        assertThat(c.decisionVenues()).isEqualTo(
                Map.of("MUSYAWARAH_DESA", 1, "MUSYAWARAH_KECAMATAN", 0, "TKPKD_COORDINATION", 1));
        assertThat(c.pledgeFulfilment()).isEqualTo(new PledgeFulfilment(30_000_000, 20_000_000, 0, 0, 0.6667, 89.92));
        assertThat(c.disputesPerHundredDeliveries()).isEqualTo(40.0);
        assertThat(c.matrixCoverage().coverage()).isEqualTo(0.1304);
        assertThat(c.matrixCoverage().kindsAreasWithoutLead()).hasSize(6 + 19)
                .contains(new Gap("SANITATION", "33.14"), new Gap("ELECTRICITY", "33.14.01"))
                .doesNotContain(new Gap("ELECTRICITY", "33.14.07"), new Gap("ELECTRICITY", "33.14"));
        assertThat(c.overTime()).containsExactly(new Period("2026-01", 0, 0, 0, 1), new Period("2026-02", 0, 0, 0, 1),
                new Period("2026-03", 15_000_000, 3, 1, 0), new Period("2026-04", 10_000_000, 1, 1, 0),
                new Period("2026-05", 1_500_000, 1, 0, 0));
    }

    @Test
    void perDesaKecamatanCohortAndPeriod() {
        CollaborationIndicators d2 = indicators(story.d2, null, null, null, Interval.QUARTER);
        assertThat(d2.resourceShareByActorType()).allMatch(s -> s.rupiah() == 0 && s.share() == null);
        assertThat(d2.forumParticipation()).isEmpty();
        assertThat(d2.decisionVenues()).containsEntry("TKPKD_COORDINATION", 1).containsEntry("MUSYAWARAH_DESA", 0);
        assertThat(d2.pledgeFulfilment()).isEqualTo(new PledgeFulfilment(0, 0, 0, 0, null, null));
        assertThat(d2.disputesPerHundredDeliveries()).isNull();
        assertThat(d2.matrixCoverage().coverage()).isEqualTo(0.25);
        assertThat(d2.matrixCoverage().kindsAreasWithoutLead()).hasSize(6).allMatch(g -> g.areaCode().equals(story.d2));
        assertThat(d2.overTime()).isEmpty();

        CollaborationIndicators kecamatan = indicators(story.kecamatan, null, null, null, Interval.QUARTER);
        assertThat(kecamatan.decisionVenues()).containsEntry("TKPKD_COORDINATION", 1).containsEntry("MUSYAWARAH_DESA", 1);
        assertThat(kecamatan.matrixCoverage().kindsAreasWithoutLead()).hasSize(6)
                .allMatch(g -> g.areaCode().equals(story.kecamatan));
        assertThat(kecamatan.overTime()).extracting(Period::period).containsExactly("2026-Q1", "2026-Q2");
        assertThat(kecamatan.overTime().get(0)).isEqualTo(new Period("2026-Q1", 15_000_000, 3, 1, 1));

        CollaborationIndicators cohort = indicators(null, 2022, null, null, Interval.YEAR);
        assertThat(cohort.forumParticipation()).extracting(Participation::invited).containsExactly(1, 1, 1);
        assertThat(cohort.decisionVenues()).containsEntry("TKPKD_COORDINATION", 1).containsEntry("MUSYAWARAH_DESA", 1);
        assertThat(cohort.pledgeFulfilment().pledgedRupiah()).isEqualTo(30_000_000);
        assertThat(cohort.matrixCoverage().coverage()).isEqualTo(0.25);
        assertThat(cohort.overTime()).containsExactly(new Period("2026", 26_500_000, 5, 2, 1));

        CollaborationIndicators march = indicators(null, null, "2026-03-01", "2026-03-31", Interval.MONTH);
        assertThat(march.resourceShareByActorType().get(0)).isEqualTo(new ResourceShare("GOVERNMENT", 5_000_000, 0, 1, 0.3333));
        assertThat(march.disputesPerHundredDeliveries()).isEqualTo(33.33);
        assertThat(march.forumParticipation()).isEmpty();
        assertThat(march.overTime()).containsExactly(new Period("2026-03", 15_000_000, 3, 1, 0));

        CollaborationIndicators beforeTheMatrix = indicators(null, null, null, "2026-01-31", Interval.MONTH);
        assertThat(beforeTheMatrix.matrixCoverage().coverage()).isEqualTo(0.0);
        assertThat(beforeTheMatrix.matrixCoverage().kindsAreasWithoutLead()).hasSize(8)
                .allMatch(g -> g.areaCode().equals("33.14"));
    }

    @Test
    void theDesaPagesNeedsAndForums() {
        var figures = new DesaFigures(new SchemaReads(pool, schema), needs, forums);
        List<NeedStages> d1 = figures.needs(story.d1).await().indefinitely().value();
        assertThat(d1).containsExactly(
                new NeedStages("HOUSE_REPAIR", 1, 1, 1, 1, 1, 1, 0, 0, 0),
                new NeedStages("ELECTRICITY", 1, 1, 1, 1, 1, 1, 0, 0, 0),
                new NeedStages("SANITATION", 1, 0, 0, 0, 0, 0, 1, 0, 0),
                new NeedStages("EDUCATION", 1, 1, 1, 0, 0, 0, 0, 0, 1),
                NeedStages.none("HEALTH_COVER"), NeedStages.none("BUSINESS_CAPITAL"),
                NeedStages.none("SKILLS_TRAINING"),
                new NeedStages("FOOD_ASSISTANCE", 1, 1, 1, 1, 0, 0, 0, 0, 1));
        assertThat(figures.needs(story.d2).await().indefinitely().value())
                .contains(new NeedStages("HEALTH_COVER", 1, 0, 0, 0, 0, 0, 0, 1, 0));

        var page = figures.forums(story.d1, 0, 2).await().indefinitely().value();
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(ForumSummary::forumId).containsExactly(story.forumLater, story.forumTkpkd);
        var rest = figures.forums(story.d1, 1, 2).await().indefinitely().value().items();
        assertThat(rest).containsExactly(new ForumSummary(story.forumDesa, "MUSYAWARAH_DESA", story.d1,
                LocalDate.parse("2026-01-10"), 3, 1, 1, 0, 1, List.of(new ForumSummary.Decision(story.decisionDesa,
                "PLEDGE", LocalDate.parse("2026-01-10")))));
        assertThat(page.items().get(1).present()).isEqualTo(2);
    }

    @Test
    void everyArrivalOrderAcrossTopicsGivesTheSameRows() {
        CollaborationStory story = new CollaborationStory("33.14.07.2003", "33.14.07.2004");
        List<ProjectionPart<?>> parts = List.of(partners, assistance);
        ProjectionSchema asTold = new ProjectionSchema(pool);
        ProjectionSchema assistanceFirst = new ProjectionSchema(pool);
        ProjectionSchema partnerFirst = new ProjectionSchema(pool);
        ProjectionSchema rebuilt = new ProjectionSchema(pool);
        try {
            asTold.apply(story.events.all(), 1, parts);
            assistanceFirst.apply(story.events.byTopics(AssistanceTopics.INTERVENTION, PartnerTopics.RESERVATION,
                    PartnerTopics.FORUM, PartnerTopics.PLEDGE, PartnerTopics.PARTNER, PartnerTopics.RESPONSIBILITY,
                    AssessmentTopics.ASSESSMENT), 5, parts);
            partnerFirst.apply(story.events.byTopics(PartnerTopics.RESPONSIBILITY, PartnerTopics.RESERVATION,
                    PartnerTopics.FORUM, PartnerTopics.PLEDGE, PartnerTopics.PARTNER, AssessmentTopics.ASSESSMENT,
                    AssistanceTopics.INTERVENTION), 1000, parts);
            rebuilt.rebuild(story.events.byTopics(AssistanceTopics.INTERVENTION, PartnerTopics.RESERVATION,
                    PartnerTopics.FORUM, PartnerTopics.PLEDGE, PartnerTopics.PARTNER, PartnerTopics.RESPONSIBILITY,
                    AssessmentTopics.ASSESSMENT), 5, parts);
            List<String> rows = asTold.rows();
            assertThat(rows).hasSizeGreaterThan(30);
            assertThat(assistanceFirst.rows()).containsExactlyElementsOf(rows);
            assertThat(partnerFirst.rows()).containsExactlyElementsOf(rows);
            assertThat(rebuilt.rows()).containsExactlyElementsOf(rows); // derived once, before it would go live
        } finally {
            rebuilt.drop();
            asTold.drop();
            assistanceFirst.drop();
            partnerFirst.drop();
        }
    }
}
