package id.desatumis.partner.application;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Caller;
import id.desatumis.partner.application.views.ViewFreshness;
import id.desatumis.partner.persistence.views.AttendanceViews.Counts;
import id.desatumis.partner.persistence.views.AttendanceViews;
import id.desatumis.partner.persistence.views.DecisionViews;
import id.desatumis.partner.persistence.views.ForumAttendanceView;
import id.desatumis.partner.persistence.views.ForumDecisionView;
import id.desatumis.partner.persistence.views.ForumFilter;
import id.desatumis.partner.persistence.views.ForumView;
import id.desatumis.partner.persistence.views.ForumViews;
import id.desatumis.partner.persistence.views.PartnerView;
import id.desatumis.partner.persistence.views.PartnerViews;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Forums with their attendance and decisions, and attendance per actor over a period. Programme staff see every
 * forum; a village operator the forums of its desa (those of the kecamatan and the regency are not its desa's: it
 * is told nothing of them, as of another desa's).
 */
@ApplicationScoped
public class ForumQueries {

    @Schema(name = "ForumSummary", description = "A forum with its attendance counts and how many decisions it took",
            requiredProperties = {"forumId", "type", "date", "place", "agenda", "areaCode", "attendance", "decisions"})
    public record ForumItem(
            @Schema(description = "The forum's id", format = "uuid", examples = "c4e7a1b9-2d3f-4a6c-8e5b-7f9d1c3a5e20") UUID forumId,
            @Schema(description = "The type of forum", type = SchemaType.STRING, enumeration = {"TKPKD_COORDINATION", "MUSYAWARAH_KECAMATAN", "MUSYAWARAH_DESA"}) String type,
            @Schema(description = "The day it is (or was) held") LocalDate date,
            @Schema(description = "Where it is held", examples = "Balai Desa Tangen") String place,
            @Schema(description = "What it is held for", examples = "Penetapan penerima bantuan RTLH 2027") String agenda,
            @Schema(description = "The area's Kemendagri code", pattern = "^33\\.14(\\.[0-9]{2}(\\.[0-9]{4})?)?$", examples = "33.14.07.2001") String areaCode,
            @Schema(description = "Attendance counted over the forum's actors") Counts attendance,
            @Schema(minimum = "0", examples = "2", description = "How many decisions it took") long decisions) {
    }

    /** One actor at a forum: name and type from the partners' read model (null if it is not registered). */
    @Schema(name = "ActorAttendance", requiredProperties = {"partnerId", "invited"})
    public record ActorAttendance(
            @Schema(description = "The partner's id", format = "uuid", examples = "7d1c2f3e-5b8a-4c61-9e0f-2a4b6c8d0e1f") UUID partnerId,
            @Schema(nullable = true, examples = "Dinas Sosial", description = "null for an actor not (yet) in the read model")
            String name,
            @Schema(description = "What kind of actor it is", type = SchemaType.STRING, enumeration = {"OPD", "PEMDES", "CSR", "BUMN", "BUMD", "BAZNAS", "LAZ", "NGO", "UNIVERSITY", "COMMUNITY"}, nullable = true) String type,
            @Schema(description = "Whether it was invited") boolean invited,
            @Schema(type = SchemaType.STRING, enumeration = {"PRESENT", "REPRESENTED", "ABSENT_WITH_NOTICE", "ABSENT_WITHOUT_NOTICE"}, nullable = true, description = "null when not recorded")
            String attendance,
            @Schema(nullable = true, examples = "Sekretaris Dinas",
                    description = "The role of whoever came in its place; REPRESENTED only") String representedBy) {
    }

    @Schema(name = "Forum", description = "A forum with its invitations, every actor's attendance and its decisions",
            requiredProperties = {"forumId", "type", "date", "place", "agenda", "areaCode", "attendance", "actors",
                    "decisions", "version"})
    public record ForumDetail(
            @Schema(description = "The forum's id", format = "uuid", examples = "c4e7a1b9-2d3f-4a6c-8e5b-7f9d1c3a5e20") UUID forumId,
            @Schema(description = "The type of forum", type = SchemaType.STRING, enumeration = {"TKPKD_COORDINATION", "MUSYAWARAH_KECAMATAN", "MUSYAWARAH_DESA"}) String type,
            @Schema(description = "The day it is (or was) held") LocalDate date,
            @Schema(description = "Where it is held", examples = "Balai Desa Tangen") String place,
            @Schema(description = "What it is held for", examples = "Penetapan penerima bantuan RTLH 2027") String agenda,
            @Schema(description = "The area's Kemendagri code", pattern = "^33\\.14(\\.[0-9]{2}(\\.[0-9]{4})?)?$", examples = "33.14.07.2001") String areaCode,
            @Schema(description = "Attendance counted over the forum's actors") Counts attendance, @Schema(description = "Every actor invited or recorded") List<ActorAttendance> actors, @Schema(description = "Its decisions") List<DecisionItem> decisions,
            @Schema(minimum = "1", examples = "3", description = "The forum stream's version") long version) {
    }

    @Schema(name = "DecisionApproves", description = "What a decision approves", requiredProperties = "kind")
    public record Approves(
            @Schema(description = "What kind of thing it approves", type = SchemaType.STRING, enumeration = {"PLEDGE", "RESPONSIBILITY", "VERIFICATION_LIST", "INTERVENTION_PLAN", "OTHER"}) String kind,
            @Schema(nullable = true, examples = "3f6a9c12-8e4b-4d7a-b1c5-9e2f0a7d4b38",
                    description = "What exactly, when the decision names it") String reference) {
    }

    @Schema(name = "Decision", description = "A forum decision", requiredProperties = {"number", "forumId", "forumType",
            "areaCode", "decidedOn", "text", "approves"})
    public record DecisionItem(
            @Schema(description = "The decision's number, unique across the programme", pattern = "^[A-Za-z0-9./_-]{1,100}$", examples = "MD/33.14.07.2001/2026/004") String number,
            @Schema(description = "The forum's id", format = "uuid", examples = "c4e7a1b9-2d3f-4a6c-8e5b-7f9d1c3a5e20") UUID forumId,
            @Schema(description = "The type of the forum that decided", type = SchemaType.STRING, enumeration = {"TKPKD_COORDINATION", "MUSYAWARAH_KECAMATAN", "MUSYAWARAH_DESA"}) String forumType,
            @Schema(pattern = "^33\\.14(\\.[0-9]{2}(\\.[0-9]{4})?)?$", examples = "33.14.07.2001",
                    description = "The area it holds for (and the areas within it)") String areaCode,
            @Schema(description = "The forum's date") LocalDate decidedOn,
            @Schema(description = "What was decided", examples = "Usulan RTLH Dukuh Ngrampal disetujui") String text,
            @Schema(description = "What the decision approves") Approves approves) {

        static DecisionItem of(ForumDecisionView d) {
            return new DecisionItem(d.number, d.forumId, d.forumType, d.areaCode, d.decidedOn, d.text,
                    new Approves(d.approvesKind, d.approvesReference));
        }
    }

    /** An actor's attendance over the forums of a filter; {@code absent} with and without notice together. */
    @Schema(name = "ActorTally", description = "An actor's attendance over the forums of the filter",
            requiredProperties = {"partnerId", "invited", "present", "represented", "absent", "absentWithNotice",
                    "absentWithoutNotice", "notRecorded"})
    public record ActorTally(
            @Schema(description = "The partner's id", format = "uuid", examples = "7d1c2f3e-5b8a-4c61-9e0f-2a4b6c8d0e1f") UUID partnerId,
            @Schema(nullable = true, examples = "Dinas Kesehatan", description = "null for an actor not (yet) in the read model")
            String name,
            @Schema(description = "What kind of actor it is", type = SchemaType.STRING, enumeration = {"OPD", "PEMDES", "CSR", "BUMN", "BUMD", "BAZNAS", "LAZ", "NGO", "UNIVERSITY", "COMMUNITY"}, nullable = true) String type,
            @Schema(minimum = "0", examples = "4", description = "Forums invited to") long invited,
            @Schema(description = "Present", minimum = "0", examples = "2") long present,
            @Schema(description = "Represented", minimum = "0", examples = "0") long represented,
            @Schema(minimum = "0", examples = "2", description = "Absent with and without notice together") long absent,
            @Schema(description = "Absent with notice", minimum = "0", examples = "1") long absentWithNotice,
            @Schema(description = "Absent without notice", minimum = "0", examples = "1") long absentWithoutNotice,
            @Schema(minimum = "0", examples = "0", description = "Invited, attendance not recorded") long notRecorded) {

        static ActorTally of(AttendanceViews.Tally t) {
            Counts c = t.counts();
            return new ActorTally(t.partnerId(), t.name(), t.type(), c.invited(), c.present(), c.represented(),
                    c.absentWithNotice() + c.absentWithoutNotice(), c.absentWithNotice(), c.absentWithoutNotice(),
                    c.notRecorded());
        }
    }

    private final ForumViews forums;
    private final AttendanceViews attendance;
    private final DecisionViews decisions;
    private final PartnerViews partners;
    private final ViewFreshness freshness;

    public ForumQueries(ForumViews forums, AttendanceViews attendance, DecisionViews decisions, PartnerViews partners,
                        ViewFreshness freshness) {
        this.forums = forums;
        this.attendance = attendance;
        this.decisions = decisions;
        this.partners = partners;
        this.freshness = freshness;
    }

    /** Forums, the latest first, whose area overlaps {@code areaCode}, held from {@code from} to {@code to}. */
    @WithSession
    public Uni<Fresh<PageOf<ForumItem>>> page(Caller caller, String areaCode, LocalDate from, LocalDate to, int page,
                                              int size) {
        ForumFilter filter = new ForumFilter(areaCode, from, to, ViewAccess.forumAreas(caller));
        return freshness.now().chain(f -> forums.page(filter, page, size).chain(rows -> {
            List<UUID> ids = rows.rows().stream().map(r -> r.forumId).toList();
            return attendance.perForum(ids).chain(counts -> decisions.countPerForum(ids).map(taken -> {
                List<ForumItem> items = rows.rows().stream().map(r -> new ForumItem(r.forumId, r.type, r.heldOn, r.place,
                        r.agenda, r.areaCode, counts.getOrDefault(r.forumId, Counts.NONE),
                        taken.getOrDefault(r.forumId, 0L))).toList();
                return new Fresh<>(new PageOf<>(items, page, size, rows.total()), f);
            }));
        }));
    }

    /** One forum with every actor's attendance and its decisions; 404 for one the caller may not see. */
    @WithSession
    public Uni<Fresh<ForumDetail>> one(Caller caller, UUID forumId) {
        return freshness.now().chain(f -> forums.findById(forumId).chain(forum -> {
            if (forum == null || !ViewAccess.maySeeForumOf(caller, forum.areaCode)) throw Problems.notFound("forum");
            return attendance.list("forumId", forumId).chain(actors -> actorsNamed(actors)
                    .chain(named -> decisions.ofForum(forumId).map(taken -> new Fresh<>(detail(forum, named,
                            taken.stream().map(DecisionItem::of).toList()), f))));
        }));
    }

    /** Each actor's attendance over the forums of a period and area, the most often absent first. */
    @WithSession
    public Uni<Fresh<PageOf<ActorTally>>> attendance(Caller caller, String areaCode, LocalDate from, LocalDate to,
                                                     int page, int size) {
        ForumFilter filter = new ForumFilter(areaCode, from, to, ViewAccess.forumAreas(caller));
        return freshness.now().chain(f -> attendance.perActor(filter, null, page, size)
                .map(rows -> new Fresh<>(new PageOf<>(rows.rows().stream().map(ActorTally::of).toList(), page, size,
                        rows.total()), f)));
    }

    /** A decision by its number; 404 for one of a forum the caller may not see. */
    @WithSession
    public Uni<Fresh<DecisionItem>> decision(Caller caller, String number) {
        return freshness.now().chain(f -> decisions.findById(number).map(d -> {
            if (d == null || !ViewAccess.maySeeForumOf(caller, d.areaCode)) throw Problems.notFound("decision");
            return new Fresh<>(DecisionItem.of(d), f);
        }));
    }

    private Uni<List<ActorAttendance>> actorsNamed(List<ForumAttendanceView> actors) {
        List<UUID> ids = actors.stream().map(a -> a.partnerId).toList();
        Uni<List<PartnerView>> known = ids.isEmpty() ? Uni.createFrom().item(List.of()) : partners.list("partnerId in ?1", ids);
        return known.map(found -> {
            Map<UUID, PartnerView> byId = found.stream().collect(Collectors.toMap(p -> p.partnerId, Function.identity()));
            return actors.stream().map(a -> {
                PartnerView p = byId.get(a.partnerId);
                return new ActorAttendance(a.partnerId, p == null ? null : p.name, p == null ? null : p.type, a.invited,
                        a.attendance, a.representedBy);
            }).sorted(Comparator.comparing((ActorAttendance a) -> a.name() == null ? "" : a.name())
                    .thenComparing(ActorAttendance::partnerId)).toList();
        });
    }

    private static ForumDetail detail(ForumView f, List<ActorAttendance> actors, List<DecisionItem> taken) {
        long invited = actors.stream().filter(ActorAttendance::invited).count();
        Counts counts = new Counts(invited, count(actors, "PRESENT"), count(actors, "REPRESENTED"),
                count(actors, "ABSENT_WITH_NOTICE"), count(actors, "ABSENT_WITHOUT_NOTICE"), count(actors, null));
        return new ForumDetail(f.forumId, f.type, f.heldOn, f.place, f.agenda, f.areaCode, counts, actors, taken, f.version);
    }

    private static long count(List<ActorAttendance> actors, String attendance) {
        return actors.stream().filter(a -> attendance == null ? a.attendance() == null : attendance.equals(a.attendance())).count();
    }
}
