package id.desatumis.monitoring.bench;

import id.desatumis.contracts.assessment.AssessmentClassifiedV1;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.AssessmentVerifiedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.BudgetCommittedV1;
import id.desatumis.contracts.assistance.BudgetRealisedV1;
import id.desatumis.contracts.assistance.DeliveryDisputedV1;
import id.desatumis.contracts.assistance.DeliveryReportedV1;
import id.desatumis.contracts.assistance.DeliveryVerifiedV1;
import id.desatumis.contracts.assistance.DisputeResolvedV1;
import id.desatumis.contracts.assistance.HouseholdNeedsMetV1;
import id.desatumis.contracts.assistance.InterventionPlannedV1;
import id.desatumis.contracts.assistance.InterventionResourcedV1;
import id.desatumis.contracts.assistance.NeedClosedV1;
import id.desatumis.contracts.assistance.NeedIds;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.ReservationConfirmedV1;
import id.desatumis.contracts.partner.ReservationConsumedV1;
import id.desatumis.contracts.registry.HouseholdReferenceCodeIssuedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.contracts.registry.RegistryTopics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A synthetic regency: households in every one of Sragen's 208 desa taken through the programme as the services'
 * relays would publish it, phase by phase as it happens (everyone listed, then assessed, verified at the desa's
 * musyawarah, planned, resourced, delivered, verified), in the proportions of the 2022 pilot (Cemeng: 2,257 listed,
 * 623 found poor, 529 verified poor). The actors, forums, matrix, pledges and budget lines come first ({@link
 * SyntheticProgramme}).
 *
 * <p>What is written and why some steps are not: assistance-service's reservation requests, consume and release
 * requests ({@code ReservationRequested}, {@code ReservationConsumeRequested}, {@code ReservationReleaseRequested})
 * are left out, because partner-service consumes them and would answer from pledges it never recorded
 * (ReservationRejected on the same streams as the answers written here); partner-service's answers
 * (ReservationConfirmed, ReservationConsumed) are written instead, as partner-service would. Nothing written here makes
 * another service publish: assessment-service and assistance-service read the registry's, assessment's and
 * partner's events into their views, and an answer for an intervention assistance-service does not know changes
 * nothing there. Ids are random on every run; proportions and instants come from the seed.
 */
final class SyntheticRegency {

    static final String POLICY = "bench-2022.1";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String[] KINDS = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER",
            "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"};
    private static final long[] RUPIAH = {15_000_000, 1_500_000, 5_000_000, 1_200_000, 500_000, 3_000_000, 2_000_000,
            600_000};

    /** What the funnel of the regency should gain from the events written. */
    static final class Expected {
        long listed;
        long assessed;
        long foundPoor;
        long verifiedPoor;
        long extremePoor;
        long poor;
        long nearPoor;
        long allNeedsMet;
        long needsIdentified;
        long planned;
        long resourced;
        long delivered;
        long verified;
        long disputed;
        long closed;

        List<long[]> pairs(Funnel f) {
            return List.of(new long[]{listed, f.listed()}, new long[]{assessed, f.assessed()},
                    new long[]{foundPoor, f.foundPoor()}, new long[]{verifiedPoor, f.verifiedPoor()},
                    new long[]{allNeedsMet, f.allNeedsMet()}, new long[]{needsIdentified, f.identified()},
                    new long[]{planned, f.planned()}, new long[]{resourced, f.resourced()},
                    new long[]{delivered, f.delivered()}, new long[]{verified, f.verified()},
                    new long[]{disputed, f.disputed()}, new long[]{closed, f.closed()});
        }
    }

    private record Member(UUID id, boolean adult) {
    }

    private static final class Need {
        final UUID id;
        final int kind;
        final UUID member;
        UUID intervention;
        UUID requestId;
        UUID pledgeId;
        UUID actor;
        UUID lineId;
        UUID delivery;
        long rupiah;
        Instant at;
        String stage = "IDENTIFIED";

        Need(UUID household, int kind, UUID member) {
            this.id = NeedIds.of(household, KINDS[kind], member);
            this.kind = kind;
            this.member = member;
        }
    }

    private static final class Household {
        final UUID id;
        final Sragen.Desa desa;
        final List<Member> members = new ArrayList<>();
        final List<Need> needs = new ArrayList<>();
        UUID assessment;
        String foundClass;
        Instant verifiedAt;

        Household(UUID id, Sragen.Desa desa) {
            this.id = id;
            this.desa = desa;
        }
    }

    private final Random random;
    private final SyntheticProgramme programme;
    private final List<Household> households = new ArrayList<>();
    final Expected expected = new Expected();

    SyntheticRegency(Sragen sragen, long seed) {
        this.random = new Random(seed);
        this.programme = new SyntheticProgramme(sragen, random);
    }

    /** Writes the programme's actors and the journeys of {@code count} households; the records sent. */
    long write(TopicWriter out, int count) {
        programme.write(out);
        register(out, count);
        assess(out);
        verify(out);
        plan(out);
        resource(out);
        deliver(out);
        settle(out);
        growFamilies(out);
        return out.sent();
    }

    private void register(TopicWriter out, int count) {
        List<Sragen.Desa> desa = programme.sragen().desa();
        double[] weights = new double[desa.size()];
        double total = 0;
        for (int d = 0; d < weights.length; d++) total += weights[d] = 0.5 + random.nextDouble();
        for (int d = 0; d < desa.size(); d++) {
            int n = (int) Math.round(count * weights[d] / total);
            for (int i = 0; i < n; i++) {
                Household h = new Household(UUID.randomUUID(), desa.get(d));
                int size = 1 + random.nextInt(6);
                List<HouseholdRegisteredV1.Member> listed = new ArrayList<>();
                for (int m = 0; m < size; m++) {
                    boolean adult = m < 2 || random.nextInt(3) == 0;
                    Member member = new Member(UUID.randomUUID(), adult);
                    h.members.add(member);
                    listed.add(new HouseholdRegisteredV1.Member(member.id().toString(), m == 1 ? "F" : random.nextBoolean() ? "M" : "F",
                            adult ? "25-59" : (random.nextBoolean() ? "7-12" : "13-15"), m == 0));
                }
                Instant at = between("2021-10-01", "2022-03-31");
                String stream = "household-" + h.id;
                out.send(RegistryTopics.HOUSEHOLD, RegistryTopics.SOURCE, stream, HouseholdRegisteredV1.CE_TYPE, at,
                        new HouseholdRegisteredV1(h.id.toString(), h.desa.code(), size, listed, at.toString(), 1 + random.nextInt(4)));
                byte[] hash = new byte[32];
                random.nextBytes(hash);
                out.send(RegistryTopics.HOUSEHOLD, RegistryTopics.SOURCE, stream, HouseholdReferenceCodeIssuedV1.CE_TYPE, at,
                        new HouseholdReferenceCodeIssuedV1(h.id.toString(), h.desa.code(), HexFormat.of().formatHex(hash), at.toString()));
                households.add(h);
                expected.listed++;
            }
        }
    }

    /** 40 % of the listed are visited; 69 % of those are found poor (Cemeng: 623 of 2,257 listed). */
    private void assess(TopicWriter out) {
        for (Household h : households) {
            if (random.nextDouble() >= 0.40) continue;
            double c = random.nextDouble();
            h.assessment = UUID.randomUUID();
            h.foundClass = c < 0.20 ? "EXTREME_POOR" : c < 0.50 ? "POOR" : c < 0.69 ? "NEAR_POOR" : "NOT_POOR";
            Instant at = between("2022-04-01", "2022-07-31");
            out.send(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, "assessment-" + h.id, AssessmentClassifiedV1.CE_TYPE, at,
                    new AssessmentClassifiedV1(h.id.toString(), h.desa.code(), h.assessment.toString(), h.foundClass, POLICY,
                            at.toString()));
            expected.assessed++;
            if (!h.foundClass.equals("NOT_POOR")) expected.foundPoor++;
        }
    }

    /**
     * The desa's musyawarah verifies every household found poor: 85 % confirmed poor with their needs (Cemeng: 529 of
     * 623), the rest verified not poor.
     */
    private void verify(TopicWriter out) {
        for (Household h : households) {
            if (h.foundClass == null || h.foundClass.equals("NOT_POOR")) continue;
            boolean poor = random.nextDouble() < 0.85;
            String verifiedClass = poor ? h.foundClass : "NOT_POOR";
            Instant at = programme.verificationDay(h.desa).plusSeconds(random.nextInt(8 * 3600));
            String stream = "assessment-" + h.id;
            out.send(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, stream, AssessmentVerifiedV1.CE_TYPE, at,
                    new AssessmentVerifiedV1(h.id.toString(), h.desa.code(), h.assessment.toString(), verifiedClass, at.toString()));
            if (!poor) continue;
            h.verifiedAt = at;
            identifyNeeds(h);
            List<NeedsIdentifiedV1.Need> listed = h.needs.stream().map(n -> new NeedsIdentifiedV1.Need(KINDS[n.kind],
                    n.member == null ? null : n.member.toString())).toList();
            out.send(AssessmentTopics.ASSESSMENT, AssessmentTopics.SOURCE, stream, NeedsIdentifiedV1.CE_TYPE, at,
                    new NeedsIdentifiedV1(h.id.toString(), h.desa.code(), h.assessment.toString(), verifiedClass, POLICY,
                            listed, at.toString()));
            expected.verifiedPoor++;
            switch (verifiedClass) {
                case "EXTREME_POOR" -> expected.extremePoor++;
                case "POOR" -> expected.poor++;
                default -> expected.nearPoor++;
            }
            expected.needsIdentified += h.needs.size();
        }
    }

    /** One to four kinds of need (2.5 on average); a personal kind is for one of the members. */
    private void identifyNeeds(Household h) {
        int wanted = 1 + random.nextInt(4);
        boolean[] taken = new boolean[KINDS.length];
        while (h.needs.size() < wanted) {
            int kind = random.nextInt(KINDS.length);
            if (taken[kind]) continue;
            taken[kind] = true;
            boolean personal = kind >= 3 && kind <= 6;
            UUID member = personal ? h.members.get(random.nextInt(h.members.size())).id() : null;
            h.needs.add(new Need(h.id, kind, member));
        }
    }

    /** 85 % of needs are planned: from a pledge (45 %), the regency's budget (40 %) or the desa's (15 %). */
    private void plan(TopicWriter out) {
        for (Household h : households) {
            for (Need n : h.needs) {
                if (random.nextDouble() >= 0.85) continue;
                n.intervention = UUID.randomUUID();
                n.rupiah = RUPIAH[n.kind];
                n.at = h.verifiedAt.plus(Duration.ofDays(20 + random.nextInt(240))).plusSeconds(random.nextInt(28_800));
                double s = random.nextDouble();
                String source;
                String budgetCode = null;
                if (s < 0.45) {
                    source = "PLEDGE";
                    SyntheticProgramme.Pledge p = programme.pledgeFor(KINDS[n.kind]);
                    n.pledgeId = p.id();
                    n.actor = p.partner();
                } else if (s < 0.85) {
                    source = "APBD";
                    SyntheticProgramme.Line line = programme.regencyLine(n.kind);
                    n.lineId = line.id();
                    budgetCode = line.code();
                    n.actor = programme.leadOffice(n.kind);
                } else {
                    source = "APBDES";
                    SyntheticProgramme.Line line = programme.desaLine(h.desa);
                    n.lineId = line.id();
                    budgetCode = line.code();
                    n.actor = programme.villageGovernment(h.desa);
                }
                LocalDate on = day(n.at);
                out.send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "intervention-" + n.intervention,
                        InterventionPlannedV1.CE_TYPE, n.at, new InterventionPlannedV1(n.intervention.toString(), n.id.toString(),
                                h.id.toString(), text(n.member), KINDS[n.kind], h.desa.code(), n.actor.toString(), source,
                                text(n.pledgeId), text(n.lineId), budgetCode, n.rupiah, null, List.of(),
                                on.plusDays(120).toString(), programme.planDecision(h.desa), null, on.toString(), n.at.toString()));
                if (n.lineId != null) {
                    out.send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "budget-line-" + n.lineId,
                            BudgetCommittedV1.CE_TYPE, n.at, new BudgetCommittedV1(n.lineId.toString(), n.intervention.toString(),
                                    n.rupiah, n.at.toString()));
                }
                n.stage = "PLANNED";
                expected.planned++;
            }
        }
    }

    /** 92 % of plans are resourced: partner-service confirms the pledge's reservation, or the budget holds. */
    private void resource(TopicWriter out) {
        for (Household h : households) {
            for (Need n : h.needs) {
                if (!n.stage.equals("PLANNED") || random.nextDouble() >= 0.92) continue;
                n.at = n.at.plus(Duration.ofHours(1 + random.nextInt(240)));
                if (n.pledgeId != null) {
                    n.requestId = UUID.randomUUID();
                    out.send(PartnerTopics.RESERVATION, PartnerTopics.SOURCE, "reservation-" + n.requestId,
                            ReservationConfirmedV1.CE_TYPE, n.at, new ReservationConfirmedV1(n.requestId.toString(),
                                    n.intervention.toString(), n.id.toString(), n.pledgeId.toString(), n.actor.toString(),
                                    KINDS[n.kind], h.desa.code(), n.rupiah, null, n.at.toString()));
                }
                out.send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "intervention-" + n.intervention,
                        InterventionResourcedV1.CE_TYPE, n.at, new InterventionResourcedV1(n.intervention.toString(),
                                text(n.requestId), text(n.lineId), n.rupiah, null, n.at.toString()));
                n.stage = "RESOURCED";
                expected.resourced++;
            }
        }
    }

    /** 88 % of the resourced are delivered in full; the reservation is consumed or the budget realised. */
    private void deliver(TopicWriter out) {
        for (Household h : households) {
            for (Need n : h.needs) {
                if (!n.stage.equals("RESOURCED") || random.nextDouble() >= 0.88) continue;
                n.at = n.at.plus(Duration.ofDays(20 + random.nextInt(100)));
                n.delivery = UUID.randomUUID();
                byte[] photo = new byte[32];
                random.nextBytes(photo);
                out.send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "intervention-" + n.intervention,
                        DeliveryReportedV1.CE_TYPE, n.at, new DeliveryReportedV1(n.intervention.toString(), n.delivery.toString(),
                                day(n.at).toString(), n.rupiah, null, null, "BAST/" + h.desa.code() + "/" + (1000 + random.nextInt(9000)),
                                HexFormat.of().formatHex(photo), false, n.at.toString()));
                if (n.requestId != null) {
                    out.send(PartnerTopics.RESERVATION, PartnerTopics.SOURCE, "reservation-" + n.requestId,
                            ReservationConsumedV1.CE_TYPE, n.at, new ReservationConsumedV1(n.requestId.toString(),
                                    n.intervention.toString(), n.pledgeId.toString(), n.delivery.toString(), n.rupiah, null, true,
                                    0L, null, n.at.toString()));
                } else {
                    out.send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "budget-line-" + n.lineId,
                            BudgetRealisedV1.CE_TYPE, n.at, new BudgetRealisedV1(n.lineId.toString(), n.intervention.toString(),
                                    n.delivery.toString(), n.rupiah, n.at.toString()));
                }
                n.stage = "DELIVERED";
                expected.delivered++;
            }
        }
    }

    /**
     * The village confirms 90 % of deliveries; 4 % are disputed and accepted by Dinas Sosial (verified all the same);
     * 3 % of the needs never planned are closed (refused by the household). A household whose every need is verified
     * or closed has its needs met.
     */
    private void settle(TopicWriter out) {
        for (Household h : households) {
            Instant last = h.verifiedAt;
            int met = 0;
            int closed = 0;
            for (Need n : h.needs) {
                double r = random.nextDouble();
                String stream = "intervention-" + n.intervention;
                if (n.stage.equals("DELIVERED") && r < 0.04) {
                    Instant disputed = n.at.plus(Duration.ofDays(3 + random.nextInt(10)));
                    out.send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, stream, DeliveryDisputedV1.CE_TYPE, disputed,
                            new DeliveryDisputedV1(n.intervention.toString(), n.delivery.toString(), "INCOMPLETE", disputed.toString()));
                    n.at = disputed.plus(Duration.ofDays(5 + random.nextInt(15)));
                    out.send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, stream, DisputeResolvedV1.CE_TYPE, n.at,
                            new DisputeResolvedV1(n.intervention.toString(), n.delivery.toString(), "ACCEPT", n.at.toString()));
                    n.stage = "VERIFIED";
                    expected.disputed++;
                } else if (n.stage.equals("DELIVERED") && r < 0.94) {
                    n.at = n.at.plus(Duration.ofDays(3 + random.nextInt(27)));
                    out.send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, stream, DeliveryVerifiedV1.CE_TYPE, n.at,
                            new DeliveryVerifiedV1(n.intervention.toString(), n.delivery.toString(), "HEAD_OF_HOUSEHOLD",
                                    "SIGNATURE", day(n.at).toString(), n.at.toString()));
                    n.stage = "VERIFIED";
                } else if (n.intervention == null && r < 0.03) {
                    n.at = h.verifiedAt.plus(Duration.ofDays(30 + random.nextInt(200)));
                    out.send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "household-" + h.id, NeedClosedV1.CE_TYPE, n.at,
                            new NeedClosedV1(h.id.toString(), n.id.toString(), KINDS[n.kind], h.desa.code(),
                                    "REFUSED_BY_HOUSEHOLD", n.at.toString()));
                    n.stage = "CLOSED";
                    expected.closed++;
                    closed++;
                }
                if (n.stage.equals("VERIFIED")) {
                    expected.verified++;
                    met++;
                }
                if (n.at != null && n.at.isAfter(last)) last = n.at;
            }
            if (!h.needs.isEmpty() && met + closed == h.needs.size()) {
                out.send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "household-" + h.id, HouseholdNeedsMetV1.CE_TYPE,
                        last, new HouseholdNeedsMetV1(h.id.toString(), h.desa.code(), met, closed, last.toString()));
                expected.allNeedsMet++;
            }
        }
    }

    /** A birth or a marriage in one household of ten, later on. */
    private void growFamilies(TopicWriter out) {
        for (Household h : households) {
            if (random.nextDouble() >= 0.10) continue;
            Instant at = between("2023-01-01", "2024-06-30");
            out.send(RegistryTopics.HOUSEHOLD, RegistryTopics.SOURCE, "household-" + h.id, MemberAddedV1.CE_TYPE, at,
                    new MemberAddedV1(h.id.toString(), h.desa.code(), new HouseholdRegisteredV1.Member(UUID.randomUUID().toString(),
                            random.nextBoolean() ? "M" : "F", "0-6", false), at.toString()));
        }
    }

    private Instant between(String from, String to) {
        Instant a = LocalDate.parse(from).atStartOfDay(WIB).toInstant();
        Instant b = LocalDate.parse(to).atStartOfDay(WIB).toInstant();
        return a.plusSeconds((long) (random.nextDouble() * Duration.between(a, b).getSeconds()));
    }

    private static LocalDate day(Instant at) {
        return at.atZone(WIB).toLocalDate();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
