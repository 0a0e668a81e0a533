package id.desatumis.devstack;

/**
 * The stack shared by every test in one JVM: one PostgreSQL, one Kafka and one token key pair,
 * started on first use and stopped when the JVM ends. DESATUMIS_PG_URL and DESATUMIS_KAFKA_BOOTSTRAP
 * point it at servers that already run instead.
 */
public final class DevStack {

    private static DevStack shared;

    private final PostgresServer postgres;
    private final String kafkaBootstrap;
    private final Tokens tokens;

    private DevStack(PostgresServer postgres, String kafkaBootstrap, Tokens tokens) {
        this.postgres = postgres;
        this.kafkaBootstrap = kafkaBootstrap;
        this.tokens = tokens;
    }

    public static synchronized DevStack shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static DevStack start() {
        try {
            String pgUrl = System.getenv("DESATUMIS_PG_URL");
            PostgresServer pg = pgUrl != null && !pgUrl.isBlank()
                    ? PostgresServer.external(pgUrl)
                    : PostgresServer.startEmbedded(null, 0);
            String bootstrap = System.getenv("DESATUMIS_KAFKA_BOOTSTRAP");
            KafkaServer kafka = null;
            if (bootstrap == null || bootstrap.isBlank()) {
                // an in-JVM broker must never end the test JVM: a fault while the JVM shuts down would otherwise
                // halt it with a non-zero code and fail a run whose tests all passed (Kafka's own tests do the same)
                org.apache.kafka.common.utils.Exit.setHaltProcedure((code, message) ->
                        System.err.println("devstack: Kafka asked to halt (" + code + "): " + message));
                org.apache.kafka.common.utils.Exit.setExitProcedure((code, message) ->
                        System.err.println("devstack: Kafka asked to exit (" + code + "): " + message));
                kafka = KafkaServer.start();
                bootstrap = kafka.bootstrapServers();
            }
            KafkaServer startedKafka = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    if (startedKafka != null) startedKafka.close();
                    pg.close();
                } catch (Exception ignored) {
                    // the JVM is ending; the temporary folders go with it
                }
            }, "devstack-stop"));
            return new DevStack(pg, bootstrap, Tokens.generate());
        } catch (Exception e) {
            throw new IllegalStateException("devstack did not start", e);
        }
    }

    public PostgresServer postgres() { return postgres; }
    public String kafkaBootstrap() { return kafkaBootstrap; }
    public Tokens tokens() { return tokens; }
}
