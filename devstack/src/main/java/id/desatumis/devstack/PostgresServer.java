package id.desatumis.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL 15 from the embedded binaries on Maven Central, or one already running
 * (DESATUMIS_PG_URL, a JDBC URL of the server's maintenance database, for example
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret}).
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, String host, int port, String user, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** Starts an embedded server; with a data directory the data survives a restart. */
    public static PostgresServer startEmbedded(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // data that survives restarts may need crash recovery after an unclean stop first (seen to pass a
                // minute on a busy machine); a test's fresh directory starts in seconds
                .setPGStartupWait(Duration.ofSeconds(dataDirectory == null ? 60 : 300))
                // a relay must never be held back by a forgotten transaction
                .setServerConfig("idle_in_transaction_session_timeout", "60000")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("fsync", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        EmbeddedPostgres pg = builder.start();
        return new PostgresServer(pg, "127.0.0.1", pg.getPort(), "postgres", "postgres");
    }

    /** Uses a server that is already running, given by a JDBC URL with user and password parameters. */
    public static PostgresServer external(String jdbcUrl) {
        java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        String user = "postgres";
        String password = "";
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("user")) user = kv[1];
                if (kv[0].equals("password")) password = kv.length > 1 ? kv[1] : "";
            }
        }
        return new PostgresServer(null, uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, user, password);
    }

    public String host() { return host; }
    public int port() { return port; }
    public String user() { return user; }
    public String password() { return password; }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates the database unless it exists. */
    public synchronized void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be lower-case identifier: " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!rs.next()) {
                st.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
