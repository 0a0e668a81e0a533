package id.desatumis.kit.bench;

import id.desatumis.devstack.DevStack;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import org.flywaydb.core.Flyway;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prints, on this machine, against the real PostgreSQL and Kafka of devstack, each figure beside its raw
 * baseline measured in the same run on the same servers, and their ratio:
 * <ul>
 *   <li>one-event appends (8 writers) beside raw single-row INSERTs of the events' row shape, one transaction each;</li>
 *   <li>ten-event appends beside raw ten-row INSERT statements, one transaction each;</li>
 *   <li>both as a statement alone (its own transaction) and inside BEGIN ... COMMIT, raw and kit alike;</li>
 *   <li>the relay's events per second to Kafka beside a raw idempotent {@code acks=all} producer of the same record size.</li>
 * </ul>
 * A load driver, not a test: nothing here asserts a timing. Arguments: one-event appends, ten-event appends,
 * relay batch size.
 */
public final class EventStoreBench {

    private static final int WRITERS = 8;

    public static void main(String[] args) {
        // before anything logs: unconfigured, every logger answers isTraceEnabled() with true, and Kafka's producer
        // and broker format a trace string for every record (most of the relay's time, and the raw producer's alike)
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        Logger.getLogger("").setLevel(Level.INFO);
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            // the in-JVM broker and database keep threads of their own: end the driver either way
            System.exit(status);
        }
    }

    private static void run(String[] args) throws Exception {
        int singles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int relayBatch = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        DevStack stack = DevStack.shared();
        String db = "bench_" + System.currentTimeMillis();
        stack.postgres().ensureDatabase(db);
        String jdbcUrl = stack.postgres().jdbcUrl(db);
        Flyway.configure().dataSource(jdbcUrl, stack.postgres().user(), stack.postgres().password())
                .locations("classpath:db/kit").load().migrate();
        Vertx vertx = Vertx.vertx();
        Pool pool = PgBuilder.pool()
                .connectingTo(new PgConnectOptions().setHost(stack.postgres().host()).setPort(stack.postgres().port())
                        .setDatabase(db).setUser(stack.postgres().user()).setPassword(stack.postgres().password()))
                .with(new PoolOptions().setMaxSize(WRITERS))
                .using(vertx).build();
        AppendLoad appends = new AppendLoad(pool, WRITERS);
        appends.createRawTable();

        appends.rawInserts(500, 1, false); // warm-up of both paths
        appends.appends(500, 1, false);
        System.out.printf("%-48s %10s %14s %7s%n", "(" + WRITERS + " writers, one transaction per append or statement)",
                "kit", "raw baseline", "ratio");
        for (boolean explicit : new boolean[]{false, true}) {
            String how = explicit ? ", in BEGIN..COMMIT" : ", alone";
            double rawSingle = appends.rawInserts(singles, 1, explicit);
            double single = appends.appends(singles, 1, explicit);
            line("appends of 1 event/s" + how, single, rawSingle, "raw: one-row INSERT");
            double rawTen = appends.rawInserts(batches, 10, explicit);
            double ten = appends.appends(batches, 10, explicit);
            line("appends of 10 events/s" + how, ten, rawTen, "raw: one ten-row INSERT");
        }

        long total = pool.query("SELECT count(*) FROM events").execute()
                .map(rows -> rows.iterator().next().getLong(0)).await().indefinitely();
        RelayLoad relays = new RelayLoad(jdbcUrl, stack.postgres().user(), stack.postgres().password(), stack.kafkaBootstrap());
        String key = "ledger-" + UUID.randomUUID();
        byte[] value = String.format(AppendLoad.PAYLOAD, UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        relays.rawProducer(Math.min(total, 10_000), key, value); // warm-up: the producer's code paths compiled
        double raw = relays.rawProducer(total, key, value);
        double relay = relays.relay(total, relayBatch);
        line("relay to Kafka, events/s", relay, raw,
                "raw: idempotent acks=all producer, " + value.length + " B values, " + total + " records");
        pool.close().await().indefinitely();
        vertx.close().await().indefinitely();
    }

    private static void line(String what, double kit, double raw, String baseline) {
        System.out.printf("%-48s %,10.0f %,14.0f %6.0f%%   (%s)%n", what, kit, raw, 100 * kit / raw, baseline);
    }
}
