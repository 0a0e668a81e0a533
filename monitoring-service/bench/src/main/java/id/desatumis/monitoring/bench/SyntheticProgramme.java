package id.desatumis.monitoring.bench;

import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.BudgetLineOpenedV1;
import id.desatumis.contracts.partner.ActorsInvitedV1;
import id.desatumis.contracts.partner.AttendanceRecordedV1;
import id.desatumis.contracts.partner.DecisionRecordedV1;
import id.desatumis.contracts.partner.ForumScheduledV1;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.PledgeAcceptedV1;
import id.desatumis.contracts.partner.PledgeOfferedV1;
import id.desatumis.contracts.partner.ResponsibilityAssignedV1;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The synthetic regency's programme, written before its households: the offices (one leading each kind of need in
 * the regency), a village government per desa and a dozen partners (partner-service's PartnerRegistered); TKPKD's
 * coordination meetings, each kecamatan's and each desa's musyawarah with invitations, attendance and decisions
 * (forums); the responsibility matrix (the offices, and partners leading a kind in a few kecamatan); the partners'
 * pledges, accepted on a TKPKD decision; the budget lines of the regency (one per kind, its lead office's) and of
 * each desa (assistance-service's BudgetLineOpened).
 */
final class SyntheticProgramme {

    record Pledge(UUID id, UUID partner, List<String> kinds) {
    }

    record Line(UUID id, String code) {
    }

    private record Actor(UUID id, String type, String name, String opdCode) {
    }

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String[] KINDS = {"HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION", "HEALTH_COVER",
            "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE"};
    /** The office leading each kind, in KINDS' order. */
    private static final String[][] OFFICES = {{"DISPERKIM", "Dinas Perumahan dan Kawasan Permukiman"},
            {"DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"}, {"DLH", "Dinas Lingkungan Hidup"},
            {"DISDIKBUD", "Dinas Pendidikan dan Kebudayaan"}, {"DINKES", "Dinas Kesehatan"},
            {"DISKUMINDAG", "Dinas Koperasi, UKM dan Perdagangan"}, {"DISNAKER", "Dinas Tenaga Kerja"},
            {"DINSOS", "Dinas Sosial"}};
    private static final String[][] PARTNERS = {{"CSR", "PT Sinar Tekstil Sragen"}, {"CSR", "PT Gula Manis Jateng"},
            {"CSR", "PT Semen Lawu"}, {"BUMN", "Bank Rakyat Cabang Sragen"}, {"BUMN", "PLN UP3 Surakarta"},
            {"BUMD", "Bank Jateng Cabang Sragen"}, {"BAZNAS", "BAZNAS Kabupaten Sragen"}, {"LAZ", "LAZ Amanah Solo Raya"},
            {"LAZ", "LAZ Peduli Umat"}, {"NGO", "Yayasan Desa Sejahtera"}, {"UNIVERSITY", "Universitas Sebelas Maret"},
            {"COMMUNITY", "Paguyuban Relawan Sragen"}};

    private final Sragen sragen;
    private final Random random;
    /** Decision numbers are unique on the platform: each run's carry its own tag. */
    private final String tag = "SYN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private final List<Actor> offices = new ArrayList<>();
    private final List<Actor> partners = new ArrayList<>();
    private final Map<String, Actor> villageGovernments = new LinkedHashMap<>();
    private final List<Pledge> pledges = new ArrayList<>();
    private final Map<String, List<Pledge>> pledgesByKind = new HashMap<>();
    private final Line[] regencyLines = new Line[KINDS.length];
    private final Map<String, Line> desaLines = new HashMap<>();
    private final Map<String, String> planDecisions = new HashMap<>();
    private final Map<String, Instant> verificationDays = new HashMap<>();

    SyntheticProgramme(Sragen sragen, Random random) {
        this.sragen = sragen;
        this.random = random;
    }

    Sragen sragen() {
        return sragen;
    }

    void write(TopicWriter out) {
        out.continueStreamsOf(PartnerTopics.RESPONSIBILITY);
        Instant registered = at("2022-01-10");
        // an office code names one office on the platform (partner-service keeps it unique, assistance-service too)
        for (String[] o : OFFICES) offices.add(register(out, "OPD", o[1] + " (" + tag + ")", tag + "-" + o[0], registered));
        for (String[] p : PARTNERS) partners.add(register(out, p[0], p[1], null, registered));
        for (Sragen.Desa d : sragen.desa()) {
            villageGovernments.put(d.code(), register(out, "PEMDES", "Pemerintah Desa " + d.name(), null, registered));
        }
        String matrixDecision = coordination(out, 1, "2022-02-14", "RESPONSIBILITY");
        for (int k = 0; k < KINDS.length; k++) {
            assign(out, KINDS[k], Sragen.REGENCY, offices.get(k).id(), matrixDecision, "2022-02-14");
        }
        List<String> kecamatan = new ArrayList<>(sragen.kecamatan().keySet());
        for (int i = 0; i < 6; i++) { // partners lead house repair or business capital in a few kecamatan
            assign(out, KINDS[i % 2 == 0 ? 0 : 5], kecamatan.get(i * 3), partners.get(i).id(), matrixDecision, "2022-03-01");
        }
        String pledgeDecision = coordination(out, 2, "2022-05-20", "PLEDGE");
        for (int p = 0; p < partners.size(); p++) {
            for (int n = 0; n < 2; n++) offer(out, partners.get(p), p, n, pledgeDecision);
        }
        for (int k = 0; k < KINDS.length; k++) {
            regencyLines[k] = open(out, "APBD", "5.1.02." + (k + 1) + ".2023", offices.get(k).opdCode(), null,
                    "Belanja " + KINDS[k] + " TKPKD 2023", 50_000_000_000L);
        }
        for (Sragen.Desa d : sragen.desa()) {
            desaLines.put(d.code(), open(out, "APBDES", "APBDES-" + d.code() + "-2023", null, d.code(),
                    "Dana Desa penanggulangan kemiskinan " + d.name(), 2_000_000_000L));
        }
        coordination(out, 3, "2022-11-15", "INTERVENTION_PLAN");
        for (String k : sragen.kecamatan().keySet()) kecamatanForum(out, k);
        for (Sragen.Desa d : sragen.desa()) desaForums(out, d);
    }

    Pledge pledgeFor(String kind) {
        List<Pledge> covering = pledgesByKind.get(kind);
        return covering.get(random.nextInt(covering.size()));
    }

    Line regencyLine(int kind) {
        return regencyLines[kind];
    }

    Line desaLine(Sragen.Desa desa) {
        return desaLines.get(desa.code());
    }

    UUID leadOffice(int kind) {
        return offices.get(kind).id();
    }

    UUID villageGovernment(Sragen.Desa desa) {
        return villageGovernments.get(desa.code()).id();
    }

    String planDecision(Sragen.Desa desa) {
        return planDecisions.get(desa.code());
    }

    Instant verificationDay(Sragen.Desa desa) {
        return verificationDays.get(desa.code());
    }

    private Actor register(TopicWriter out, String type, String name, String opdCode, Instant at) {
        Actor a = new Actor(UUID.randomUUID(), type, name, opdCode);
        out.send(PartnerTopics.PARTNER, PartnerTopics.SOURCE, "partner-" + a.id(), PartnerRegisteredV1.CE_TYPE, at,
                new PartnerRegisteredV1(a.id().toString(), type, name, opdCode, "KEPALA", at.toString()));
        return a;
    }

    private void assign(TopicWriter out, String kind, String area, UUID lead, String decision, String from) {
        Instant at = at(from).plusSeconds(36_000);
        out.send(PartnerTopics.RESPONSIBILITY, PartnerTopics.SOURCE, "responsibility-" + kind + "-" + area,
                ResponsibilityAssignedV1.CE_TYPE, at, new ResponsibilityAssignedV1(kind, area, lead.toString(),
                        List.of(offices.get(7).id().toString()), decision, from, at.toString()));
    }

    private void offer(TopicWriter out, Actor partner, int p, int n, String decision) {
        List<String> kinds = List.of(KINDS[(p + n * 3) % KINDS.length], KINDS[(p + n * 3 + 1) % KINDS.length]);
        Pledge pledge = new Pledge(UUID.randomUUID(), partner.id(), kinds);
        Instant offered = at("2022-05-02").plusSeconds(random.nextInt(10 * 86_400));
        String stream = "pledge-" + pledge.id();
        out.send(PartnerTopics.PLEDGE, PartnerTopics.SOURCE, stream, PledgeOfferedV1.CE_TYPE, offered,
                new PledgeOfferedV1(pledge.id().toString(), partner.id().toString(), kinds, "REGENCY", List.of(Sragen.REGENCY),
                        5_000_000_000L, null, null, "2022-06-01", "2024-12-31", offered.toString()));
        Instant accepted = at("2022-05-20").plusSeconds(40_000);
        out.send(PartnerTopics.PLEDGE, PartnerTopics.SOURCE, stream, PledgeAcceptedV1.CE_TYPE, accepted,
                new PledgeAcceptedV1(pledge.id().toString(), decision, accepted.toString()));
        pledges.add(pledge);
        for (String k : kinds) pledgesByKind.computeIfAbsent(k, x -> new ArrayList<>()).add(pledge);
    }

    private Line open(TopicWriter out, String fund, String code, String owner, String desa, String name, long ceiling) {
        Line line = new Line(UUID.randomUUID(), code);
        Instant at = at("2022-10-03");
        out.send(AssistanceTopics.INTERVENTION, AssistanceTopics.SOURCE, "budget-line-" + line.id(),
                BudgetLineOpenedV1.CE_TYPE, at, new BudgetLineOpenedV1(line.id().toString(), fund, code, 2023, owner, desa,
                        name, ceiling, at.toString()));
        return line;
    }

    /** A TKPKD coordination meeting of the offices and partners; its decision's number. */
    private String coordination(TopicWriter out, int n, String day, String approves) {
        List<Actor> invited = new ArrayList<>(offices);
        invited.addAll(partners);
        return forum(out, "TKPKD_COORDINATION", Sragen.REGENCY, day, invited,
                tag + "/TKPKD/" + Sragen.REGENCY + "/2022/" + String.format("%03d", n), approves);
    }

    private void kecamatanForum(TopicWriter out, String kecamatan) {
        List<Actor> invited = new ArrayList<>(offices.subList(0, 3));
        for (Sragen.Desa d : sragen.desa()) if (d.kecamatanCode().equals(kecamatan)) invited.add(villageGovernments.get(d.code()));
        forum(out, "MUSYAWARAH_KECAMATAN", kecamatan, "2022-07-" + (11 + random.nextInt(15)), invited,
                tag + "/MK/" + kecamatan + "/2022/001", "OTHER");
    }

    /** The desa's musyawarah verifying the list (August-September), and the one approving the plans (October). */
    private void desaForums(TopicWriter out, Sragen.Desa d) {
        List<Actor> invited = new ArrayList<>(List.of(villageGovernments.get(d.code()), offices.get(7), offices.get(0)));
        invited.add(partners.get(random.nextInt(partners.size())));
        LocalDate verification = LocalDate.parse("2022-08-01").plusDays(random.nextInt(55));
        verificationDays.put(d.code(), verification.atStartOfDay(WIB).toInstant().plusSeconds(9 * 3600));
        forum(out, "MUSYAWARAH_DESA", d.code(), verification.toString(), invited, tag + "/MD/" + d.code() + "/2022/001",
                "VERIFICATION_LIST");
        planDecisions.put(d.code(), forum(out, "MUSYAWARAH_DESA", d.code(), "2022-10-" + (10 + random.nextInt(15)), invited,
                tag + "/MD/" + d.code() + "/2022/002", "INTERVENTION_PLAN"));
    }

    /** A forum: scheduled, actors invited, each one's attendance, one decision; the decision's number. */
    private String forum(TopicWriter out, String type, String area, String day, List<Actor> invited, String number,
                         String approves) {
        UUID forum = UUID.randomUUID();
        String stream = "forum-" + forum;
        Instant scheduled = at(day).minusSeconds(7 * 86_400);
        out.send(PartnerTopics.FORUM, PartnerTopics.SOURCE, stream, ForumScheduledV1.CE_TYPE, scheduled,
                new ForumScheduledV1(forum.toString(), type, day, "Balai " + area, "Penanggulangan kemiskinan", area,
                        scheduled.toString()));
        Instant invitedAt = scheduled.plusSeconds(3600);
        out.send(PartnerTopics.FORUM, PartnerTopics.SOURCE, stream, ActorsInvitedV1.CE_TYPE, invitedAt,
                new ActorsInvitedV1(forum.toString(), invited.stream().map(a -> a.id().toString()).toList(), invitedAt.toString()));
        Instant held = at(day).plusSeconds(10 * 3600);
        for (Actor a : invited) {
            double r = random.nextDouble();
            String attendance = r < 0.70 ? "PRESENT" : r < 0.82 ? "REPRESENTED" : r < 0.92 ? "ABSENT_WITH_NOTICE"
                    : "ABSENT_WITHOUT_NOTICE";
            out.send(PartnerTopics.FORUM, PartnerTopics.SOURCE, stream, AttendanceRecordedV1.CE_TYPE, held,
                    new AttendanceRecordedV1(forum.toString(), a.id().toString(), attendance,
                            attendance.equals("REPRESENTED") ? "SEKRETARIS" : null, held.toString()));
        }
        out.send(PartnerTopics.FORUM, PartnerTopics.SOURCE, stream, DecisionRecordedV1.CE_TYPE, held,
                new DecisionRecordedV1(forum.toString(), number, "Keputusan " + approves, approves, null, type, area, day,
                        held.toString()));
        return number;
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atStartOfDay(WIB).toInstant();
    }
}
