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

    public record ForumItem(UUID forumId, String type, LocalDate date, String place, String agenda, String areaCode,
                            Counts attendance, long decisions) {
    }

    /** One actor at a forum: name and type from the partners' read model (null if it is not registered). */
    public record ActorAttendance(UUID partnerId, String name, String type, boolean invited, String attendance,
                                  String representedBy) {
    }

    public record ForumDetail(UUID forumId, String type, LocalDate date, String place, String agenda, String areaCode,
                              Counts attendance, List<ActorAttendance> actors, List<DecisionItem> decisions, long version) {
    }

    public record Approves(String kind, String reference) {
    }

    public record DecisionItem(String number, UUID forumId, String forumType, String areaCode, LocalDate decidedOn,
                               String text, Approves approves) {

        static DecisionItem of(ForumDecisionView d) {
            return new DecisionItem(d.number, d.forumId, d.forumType, d.areaCode, d.decidedOn, d.text,
                    new Approves(d.approvesKind, d.approvesReference));
        }
    }

    /** An actor's attendance over the forums of a filter; {@code absent} with and without notice together. */
    public record ActorTally(UUID partnerId, String name, String type, long invited, long present, long represented,
                             long absent, long absentWithNotice, long absentWithoutNotice, long notRecorded) {

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
