package id.desatumis.partner.application;

import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.aggregate.Loaded;
import id.desatumis.partner.application.MatrixLeads.KindInDesa;
import id.desatumis.partner.application.ReservationSaga.Reserve;
import id.desatumis.partner.application.ReservationSaga.Step;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PledgeBalance;
import id.desatumis.partner.domain.PledgeStatus;
import id.desatumis.partner.domain.Reservation;
import id.desatumis.partner.domain.Reservations;
import id.desatumis.partner.persistence.PledgeBalances;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a batch of saga steps may touch, found by reading before any lock is taken: the pledge each request may be
 * served from (the named one; else the pledges of the partner the plan names, or of the matrix's lead, for
 * the kind), and the pledge each release or consume gives back to. A pledge offered after this read is not
 * considered for this batch, as if the batch had come first; everything found is read again under the locks.
 */
@ApplicationScoped
public class ReservationSupplies {

    /**
     * @param streams    every stream to lock, sorted
     * @param pledgeIds  every pledge the batch may change
     * @param partners   per request without a named pledge, the partner it is served by (absent: none)
     * @param candidates per such request, its partner's pledges for the kind, the first to expire first
     */
    public record Prepared(List<String> streams, Set<UUID> pledgeIds, Map<UUID, UUID> partners,
                           Map<UUID, List<UUID>> candidates) {
    }

    private record PartnerKind(UUID partnerId, NeedKind kind) {
    }

    private final AggregateStore aggregates;
    private final ReservationAggregate reservations;
    private final PledgeAggregate pledges;
    private final PledgeBalances balances;
    private final MatrixLeads matrix;

    public ReservationSupplies(AggregateStore aggregates, ReservationAggregate reservations, PledgeAggregate pledges,
                               PledgeBalances balances, MatrixLeads matrix) {
        this.aggregates = aggregates;
        this.reservations = reservations;
        this.pledges = pledges;
        this.balances = balances;
        this.matrix = matrix;
    }

    public Uni<Prepared> find(SqlConnection tx, List<Step> steps, LocalDate today) {
        List<Reservations.Request> unnamed = steps.stream().filter(Reserve.class::isInstance)
                .map(s -> ((Reserve) s).request()).filter(r -> r.pledgeId() == null && r.kind() != null).toList();
        Set<KindInDesa> asked = new HashSet<>();
        // the matrix is asked only for a desa: a request without one (or with another area's code) is refused by the
        // domain, and must not fail the batch (and with it every request behind it) on the way
        unnamed.stream().filter(r -> r.partnerId() == null && isDesa(r.desaCode()))
                .forEach(r -> asked.add(new KindInDesa(r.kind(), r.desaCode())));
        Uni<Map<KindInDesa, UUID>> leads = asked.isEmpty() ? Uni.createFrom().item(Map.of()) : matrix.leads(tx, asked, today);
        return leads.chain(lead -> {
            Map<UUID, UUID> partners = new HashMap<>();
            for (Reservations.Request r : unnamed) {
                UUID partner = r.partnerId() != null ? r.partnerId() : lead.get(new KindInDesa(r.kind(), r.desaCode()));
                if (partner != null) partners.put(r.requestId(), partner);
            }
            Set<PartnerKind> pairs = new LinkedHashSet<>();
            unnamed.stream().filter(r -> partners.containsKey(r.requestId()))
                    .forEach(r -> pairs.add(new PartnerKind(partners.get(r.requestId()), r.kind())));
            return pledgesOf(tx, pairs).chain(found -> givenBack(tx, steps).map(back -> {
                Map<UUID, List<UUID>> candidates = new HashMap<>();
                for (Reservations.Request r : unnamed) {
                    UUID partner = partners.get(r.requestId());
                    if (partner != null) candidates.put(r.requestId(), found.get(new PartnerKind(partner, r.kind())));
                }
                Set<UUID> pledgeIds = new HashSet<>(back);
                candidates.values().forEach(pledgeIds::addAll);
                steps.stream().filter(Reserve.class::isInstance).map(s -> ((Reserve) s).request().pledgeId())
                        .filter(id -> id != null).forEach(pledgeIds::add);
                Set<String> streams = new TreeSet<>();
                steps.forEach(s -> streams.add(ReservationAggregate.streamIdOf(s.requestId())));
                pledgeIds.forEach(id -> streams.add(pledges.streamId(id)));
                return new Prepared(List.copyOf(streams), pledgeIds, partners, candidates);
            }));
        });
    }

    private static boolean isDesa(String code) {
        Area area = Area.of(code);
        return area != null && area.level() == Area.Level.DESA;
    }

    /** The reservations of these steps as their streams hold them, by request id. */
    public Uni<Map<UUID, Loaded<Reservation>>> loadAll(SqlConnection tx, List<Step> steps) {
        List<UUID> ids = steps.stream().map(Step::requestId).distinct().toList();
        if (ids.isEmpty()) return Uni.createFrom().item(Map.of());
        // issued together: the connection pipelines them, one round trip for the lot rather than one each
        List<Uni<Loaded<Reservation>>> loads = ids.stream().map(id -> aggregates.load(tx, reservations, id)).toList();
        return Uni.join().all(loads).andFailFast().map(all -> {
            Map<UUID, Loaded<Reservation>> out = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) out.put(ids.get(i), all.get(i));
            return out;
        });
    }

    /**
     * Each partner's pledges for the kind, the first to expire first: the accepted ones may serve, the ended ones name
     * the most telling refusal, and one offered now may be accepted by the time the locks are held. A declined pledge
     * never comes back.
     */
    private Uni<Map<PartnerKind, List<UUID>>> pledgesOf(SqlConnection tx, Set<PartnerKind> pairs) {
        if (pairs.isEmpty()) return Uni.createFrom().item(Map.of());
        List<PartnerKind> asked = new ArrayList<>(pairs);
        List<Uni<List<PledgeBalance>>> reads = asked.stream().map(p -> balances.ofPartnerForKind(tx, p.partnerId(), p.kind())).toList();
        return Uni.join().all(reads).andFailFast().map(all -> {
            Map<PartnerKind, List<UUID>> out = new HashMap<>();
            for (int i = 0; i < asked.size(); i++) {
                out.put(asked.get(i), all.get(i).stream().filter(b -> b.status() != PledgeStatus.DECLINED)
                        .map(PledgeBalance::pledgeId).toList());
            }
            return out;
        });
    }

    /** The pledges the batch's releases and consumes give back to (read before the locks: a made reservation's pledge never changes). */
    private Uni<Set<UUID>> givenBack(SqlConnection tx, List<Step> steps) {
        List<Step> returning = steps.stream().filter(s -> !(s instanceof Reserve)).toList();
        return loadAll(tx, returning).map(loaded -> {
            Set<UUID> ids = new HashSet<>();
            loaded.values().forEach(l -> {
                if (l.state().pledgeId() != null) ids.add(l.state().pledgeId());
            });
            return ids;
        });
    }
}
