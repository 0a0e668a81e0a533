package id.desatumis.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The standing local stack for {@code deploy/platform}:
 * <pre>
 *   up STATE_DIR DB...          start PostgreSQL and Kafka, create the databases, write STATE_DIR/devstack.env, run until killed
 *   token KEYS_DIR --role R [--desa CODE]... [--opd CODE] [--partner ID] [--sub NAME] [--hours H]
 *   public-key KEYS_DIR         make the key pair if missing and print the public key file's path
 * </pre>
 */
public final class DevStackMain {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "up" -> up(Path.of(args[1]), List.of(args).subList(2, args.length));
            case "token" -> System.out.println(token(Path.of(args[1]), List.of(args).subList(2, args.length)));
            case "public-key" -> {
                Tokens.fromFolder(Path.of(args[1]));
                System.out.println(Path.of(args[1]).resolve("jwt-public.pem").toAbsolutePath());
            }
            default -> usage();
        }
    }

    private static void up(Path state, List<String> databases) throws Exception {
        Files.createDirectories(state);
        // both keep their data under the state folder, so the event stores and the topics survive a restart together
        PostgresServer pg = PostgresServer.startEmbedded(state.resolve("postgres"), 0);
        RestartableKafka kafka = new RestartableKafka(state.resolve("kafka"), 0);
        kafka.start();
        for (String db : databases) {
            pg.ensureDatabase(db);
        }
        Path env = state.resolve("devstack.env");
        String content = "DESATUMIS_PG_HOST=" + pg.host() + "\n"
                + "DESATUMIS_PG_PORT=" + pg.port() + "\n"
                + "DESATUMIS_PG_USER=" + pg.user() + "\n"
                + "DESATUMIS_PG_PASSWORD=" + pg.password() + "\n"
                + "DESATUMIS_KAFKA_BOOTSTRAP=" + kafka.bootstrapServers() + "\n";
        Path tmp = state.resolve("devstack.env.tmp");
        Files.writeString(tmp, content);
        Files.move(tmp, env, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(env);
                kafka.close();
                pg.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
        }, "devstack-stop"));
        System.out.println("devstack ready: PostgreSQL 127.0.0.1:" + pg.port() + ", Kafka " + kafka.bootstrapServers());
        Thread.currentThread().join();
    }

    static String token(Path keys, List<String> args) {
        String role = null;
        String sub = null;
        String opd = null;
        String partner = null;
        long hours = 8;
        List<String> desa = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (args.get(i)) {
                case "--role" -> { role = value; i++; }
                case "--desa" -> { desa.add(value); i++; }
                case "--opd" -> { opd = value; i++; }
                case "--partner" -> { partner = value; i++; }
                case "--sub" -> { sub = value; i++; }
                case "--hours" -> { hours = Long.parseLong(value); i++; }
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        if (role == null) {
            throw new IllegalArgumentException("--role is required");
        }
        if (hours < 1 || hours > 12) {
            throw new IllegalArgumentException("--hours must be 1 to 12");
        }
        return Tokens.fromFolder(keys).builder(sub != null ? sub : "local-" + role)
                .role(role).desa(desa).opd(opd).partnerId(partner).validFor(hours * 3600).sign();
    }

    private static void usage() {
        System.err.println("usage: up STATE_DIR DB... | token KEYS_DIR --role ROLE [--desa CODE]... | public-key KEYS_DIR");
        System.exit(2);
    }
}
