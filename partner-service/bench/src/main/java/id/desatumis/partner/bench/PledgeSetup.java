package id.desatumis.partner.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.desatumis.devstack.PostgresServer;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.partner.application.PledgeAggregate;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.AreaScope;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PartnerEvent.PartnerRegistered;
import id.desatumis.partner.domain.PartnerType;
import id.desatumis.partner.domain.PledgeEvent;
import id.desatumis.partner.domain.PledgeEvent.PledgeAccepted;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import id.desatumis.partner.persistence.PartnerDirectory;
import id.desatumis.partner.persistence.PledgeBalances;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The partners and accepted pledges the bench reserves from, written into the service's database as its commands
 * store them: a partner's directory row, a pledge's PledgeOffered and PledgeAccepted through the kit's pipeline (which
 * writes the pledge's balance in the same transaction). Each pledge holds far more units than the bench asks for, so
 * every request is confirmed and the work is the same for all.
 */
final class PledgeSetup {

    /** Partners, and their pledges: pledge {@code i} is partner {@code i % partners}'s. */
    record Pledges(List<UUID> partners, List<UUID> pledges) {
    }

    static final String DESA = "33.14.07.2003";
    private static final EventMetadata ACTOR = new EventMetadata("bench", "dinsos", "bench", null, null, "/desatumis/partner");

    private PledgeSetup() {
    }

    static Pledges create(PostgresServer pg, String database, int partners, int pledges) {
        Vertx vertx = Vertx.vertx();
        Pool pool = PgBuilder.pool()
                .connectingTo(new PgConnectOptions().setHost(pg.host()).setPort(pg.port()).setDatabase(database)
                        .setUser(pg.user()).setPassword(pg.password()))
                .with(new PoolOptions().setMaxSize(4)).using(vertx).build();
        try {
            AggregateStore aggregates = new AggregateStore(new EventStore(), JsonMapper.builder().findAndAddModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
            PledgeAggregate type = new PledgeAggregate(new PledgeBalances());
            PartnerDirectory directory = new PartnerDirectory();
            List<UUID> partnerIds = new ArrayList<>();
            for (int p = 0; p < partners; p++) {
                UUID id = UUID.randomUUID();
                partnerIds.add(id);
                pool.withTransaction(tx -> directory.registered(tx, new PartnerRegistered(id, PartnerType.CSR, "Bench CSR " + id,
                        null, "Kepala Divisi CSR", "bench"))).await().indefinitely();
            }
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
            List<UUID> pledgeIds = new ArrayList<>();
            for (int i = 0; i < pledges; i++) {
                UUID id = UUID.randomUUID();
                pledgeIds.add(id);
                // a partner's pledges end on different days: a request naming only the partner takes the first to end
                List<PledgeEvent> events = List.of(
                        new PledgeOffered(id, partnerIds.get(i % partners), List.of(NeedKind.HOUSE_REPAIR),
                                new AreaScope(Area.Level.KECAMATAN, List.of("33.14.07")), new Amounts(null, 10_000_000L),
                                "HOUSE", today.minusDays(1), today.plusDays(30 + i), "bench"),
                        new PledgeAccepted(id, "TKPKD/33.14/2026/BENCH", "bench"));
                pool.withTransaction(tx -> aggregates.append(tx, type, aggregates.fresh(type, id), events, ACTOR))
                        .await().indefinitely();
            }
            return new Pledges(partnerIds, pledgeIds);
        } finally {
            pool.close().await().indefinitely();
            vertx.close().await().indefinitely();
        }
    }
}
