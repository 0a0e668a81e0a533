package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.kit.inbox.BatchProjection.Change;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.persistence.ForumAttendanceTable;
import id.desatumis.monitoring.persistence.ForumsTable;
import id.desatumis.monitoring.persistence.RowWrite;
import id.desatumis.monitoring.persistence.RowWrites;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * partner-service's topics as the tables of projection/20-partners.sql: actors, pledges, reservations (the answers;
 * AssistancePart writes the requests), forums with their invitations, attendance and decisions, and the
 * responsibility matrix. The figures it changes: the desa or wider area of a forum or reservation, the regency's
 * ({@code 33.14}) for actors, pledges and the matrix.
 */
@ApplicationScoped
public class PartnersPart implements ProjectionPart<RowChanges> {

    private final ObjectMapper mapper;
    private final RowWrites rows;
    private final ForumsTable forums;

    public PartnersPart(ObjectMapper mapper, RowWrites rows, ForumsTable forums) {
        this.mapper = mapper;
        this.rows = rows;
        this.forums = forums;
    }

    @Override
    public String name() {
        return "partners";
    }

    @Override
    public Set<String> topics() {
        return Set.of(PartnerTopics.PARTNER, PartnerTopics.PLEDGE, PartnerTopics.RESERVATION, PartnerTopics.FORUM,
                PartnerTopics.RESPONSIBILITY);
    }

    @Override
    public Optional<RowChanges> read(ConsumedEvent event) {
        RowChanges c = PartnerFacts.of(event, mapper);
        if (c == null) c = ReservationFacts.of(event, mapper);
        if (c == null) c = ForumFacts.of(event, mapper);
        return Optional.ofNullable(c);
    }

    @Override
    public Uni<Set<String>> apply(SqlConnection tx, List<Change<RowChanges>> fresh) {
        RowChanges.Batch batch = new RowChanges.Batch();
        fresh.forEach(c -> batch.add(c.change()));
        Set<UUID> attended = new LinkedHashSet<>();
        for (RowWrite w : batch.writes) {
            if (w instanceof ForumAttendanceTable.Invited i) attended.add(i.forumId());
            if (w instanceof ForumAttendanceTable.Recorded r) attended.add(r.forumId());
        }
        return rows.apply(tx, batch.writes)
                .chain(() -> forums.areasOf(tx, attended))
                .map(areas -> {
                    Set<String> changed = new LinkedHashSet<>(batch.areas);
                    changed.addAll(areas);
                    return changed;
                });
    }
}
