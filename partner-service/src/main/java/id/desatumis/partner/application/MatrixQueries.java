package id.desatumis.partner.application;

import id.desatumis.kit.api.Problems;
import id.desatumis.kit.security.Caller;
import id.desatumis.partner.application.MatrixReadScope.Scope;
import id.desatumis.partner.application.MatrixViews.Actor;
import id.desatumis.partner.application.MatrixViews.Entry;
import id.desatumis.partner.application.MatrixViews.Gap;
import id.desatumis.partner.application.MatrixViews.GapPage;
import id.desatumis.partner.application.MatrixViews.History;
import id.desatumis.partner.application.MatrixViews.HistoryEntry;
import id.desatumis.partner.application.MatrixViews.Lead;
import id.desatumis.partner.application.MatrixViews.Page;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.LeadInForce;
import id.desatumis.partner.domain.MatrixGaps;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.persistence.PartnerDirectory;
import id.desatumis.partner.persistence.Responsibilities;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reading the matrix on a day: who leads a kind of need in an area (the most specific entry in force wins), the
 * entries in force, the gaps nobody leads, and a cell's history. It reads the table the commands write in their own
 * transaction, so every answer is as current as the last command (no projection lag).
 */
@ApplicationScoped
public class MatrixQueries {

    private final Pool pool;
    private final Responsibilities responsibilities;
    private final PartnerDirectory directory;
    private final MatrixAreas areas;
    private final MatrixReadScope scopes;

    public MatrixQueries(Pool pool, Responsibilities responsibilities, PartnerDirectory directory, MatrixAreas areas,
                         MatrixReadScope scopes) {
        this.pool = pool;
        this.responsibilities = responsibilities;
        this.directory = directory;
        this.areas = areas;
        this.scopes = scopes;
    }

    public Uni<Lead> who(Caller caller, NeedKind kind, Area area, LocalDate day) {
        return visible(caller, area).chain(() -> responsibilities.inForce(pool, day, kind, LeadInForce.areaAndWider(area.code())))
                .map(LeadInForce::mostSpecific)
                .chain(found -> actorsOf(found.stream().toList()).map(actor -> found
                        .map(l -> new Lead(kind.name(), area.code(), areas.name(area.code()), day, false,
                                actor.apply(l.leadPartnerId()), l.supportingPartnerIds().stream().map(actor).toList(),
                                l.decisionNumber(), l.effectiveFrom(), l.area().code(), l.area().level().name()))
                        .orElse(new Lead(kind.name(), area.code(), areas.name(area.code()), day, true, null, List.of(),
                                null, null, null, null))));
    }

    /** The entries in force, of one kind or all, naming one actor or any; a partner sees only those naming it. */
    public Uni<Page<Entry>> matrix(Caller caller, LocalDate day, NeedKind kind, UUID partnerId, int page, int size) {
        return scopes.of(pool, caller).chain(scope -> {
            if (scope.onlyPartner() != null && partnerId != null && !scope.onlyPartner().equals(partnerId)) {
                throw Problems.notFound("partner's assignments");
            }
            UUID naming = scope.onlyPartner() != null ? scope.onlyPartner() : partnerId;
            return responsibilities.inForce(pool, day, kind, scope.areaCodes() == null ? null : List.copyOf(scope.areaCodes()))
                    .chain(all -> {
                        List<LeadInForce> matching = all.stream().filter(l -> naming == null || l.names(naming)).toList();
                        List<LeadInForce> onPage = slice(matching, page, size);
                        return actorsOf(onPage).map(actor -> new Page<>(day, matching.size(), page, size, onPage.stream()
                                .map(l -> new Entry(l.kind().name(), l.area().code(), l.area().level().name(),
                                        areas.name(l.area().code()), actor.apply(l.leadPartnerId()),
                                        l.supportingPartnerIds().stream().map(actor).toList(), l.decisionNumber(),
                                        l.effectiveFrom()))
                                .toList()));
                    });
        });
    }

    /** Kinds and areas nobody leads (of one kind or all, within an area or the whole regency). */
    public Uni<GapPage> gaps(Caller caller, LocalDate day, NeedKind kind, Area within, int page, int size) {
        List<NeedKind> kinds = kind == null ? Arrays.asList(NeedKind.values()) : List.of(kind);
        return scopes.of(pool, caller).chain(scope -> responsibilities.inForce(pool, day, kind, null).map(leads -> {
            List<Area> looked = areas.all().stream().filter(a -> within.covers(a) && scope.sees(a.code())).toList();
            List<MatrixGaps.Gap> gaps = MatrixGaps.of(kinds, looked, leads);
            Map<String, Integer> byKind = new LinkedHashMap<>();
            kinds.forEach(k -> byKind.put(k.name(), 0));
            gaps.forEach(g -> byKind.merge(g.kind().name(), 1, Integer::sum));
            List<Gap> onPage = slice(gaps, page, size).stream().map(g -> new Gap(g.kind().name(), g.area().code(),
                    g.area().level().name(), areas.name(g.area().code()))).toList();
            return new GapPage(day, gaps.size(), byKind, page, size, onPage);
        }));
    }

    /** Every assignment and clearing of one kind in one area (not the wider ones), in the order recorded. */
    public Uni<History> history(Caller caller, NeedKind kind, Area area) {
        return visible(caller, area).chain(() -> responsibilities.history(pool, kind, area.code())).chain(rows -> {
            Set<UUID> named = new HashSet<>();
            rows.forEach(r -> {
                if (r.leadPartnerId() != null) named.add(r.leadPartnerId());
                named.addAll(r.supportingPartnerIds());
            });
            return actors(named).map(actor -> new History(kind.name(), area.code(), areas.name(area.code()),
                    rows.isEmpty() ? 0 : rows.get(rows.size() - 1).version(), rows.stream()
                    .map(r -> new HistoryEntry(r.version(), r.leadPartnerId() == null ? "CLEARED" : "ASSIGNED",
                            r.leadPartnerId() == null ? null : actor.apply(r.leadPartnerId()),
                            r.supportingPartnerIds().stream().map(actor).toList(), r.decisionNumber(), r.effectiveFrom(),
                            r.reason(), r.recordedBy(), r.recordedAt()))
                    .toList()));
        });
    }

    /** An area the caller may not see is answered as if it did not exist. */
    private Uni<Void> visible(Caller caller, Area area) {
        return scopes.of(pool, caller).map(scope -> {
            if (!scope.sees(area.code()) || scope.onlyPartner() != null) throw Problems.notFound("area");
            return null;
        });
    }

    private Uni<Function<UUID, Actor>> actorsOf(List<LeadInForce> leads) {
        Set<UUID> named = new HashSet<>();
        leads.forEach(l -> {
            named.add(l.leadPartnerId());
            named.addAll(l.supportingPartnerIds());
        });
        return actors(named);
    }

    private Uni<Function<UUID, Actor>> actors(Collection<UUID> ids) {
        return directory.findAll(pool, ids).map(found -> id -> {
            PartnerDirectory.Entry e = found.get(id);
            return e == null ? new Actor(id, null, null, null)
                    : new Actor(id, e.name(), e.type().name(), e.status().name());
        });
    }

    /** Page {@code page} (from 0) of {@code size} items. */
    private static <T> List<T> slice(List<T> all, int page, int size) {
        long from = (long) page * size;
        return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
    }
}
