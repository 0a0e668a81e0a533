package id.desatumis.monitoring.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The projection's tables: {@code src/main/resources/projection/*.sql}, in file-name order, and their SHA-256 (over
 * each file's name and content), which tells whether the live generation was built from the current files.
 */
public record ProjectionDdl(Map<String, String> files, String hash) {

    static final String FOLDER = "projection";
    static final String ANCHOR = "00-engine.sql";

    /**
     * The files as packaged with this build: found through {@code 00-engine.sql}, whose URL any class loader answers
     * (a folder while testing, a jar entry once packaged), then every {@code .sql} beside it.
     */
    public static ProjectionDdl load() {
        Map<String, String> files = new TreeMap<>();
        try {
            URL anchor = Thread.currentThread().getContextClassLoader().getResource(FOLDER + "/" + ANCHOR);
            if (anchor == null) throw new IllegalStateException("no " + FOLDER + "/" + ANCHOR + " on the class path");
            for (String name : names(anchor)) files.put(name, text(FOLDER + "/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException("the projection's SQL files cannot be read", e);
        }
        return of(files);
    }

    /** These files (by name), with their hash. */
    public static ProjectionDdl of(Map<String, String> files) {
        Map<String, String> sorted = new TreeMap<>(files);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sorted.forEach((name, sql) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(sql.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return new ProjectionDdl(Collections.unmodifiableMap(sorted), HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(URL anchor) throws IOException {
        String spec = anchor.toString();
        if (spec.startsWith("jar:") && spec.contains("!/")) {
            // jar:file:/…/app.jar!/projection/00-engine.sql (Quarkus's runner answers its own URLConnection: open the file)
            Path file;
            try {
                file = Path.of(URI.create(spec.substring("jar:".length(), spec.indexOf("!/"))));
            } catch (RuntimeException e) {
                throw new IOException("cannot find the jar of " + anchor, e);
            }
            try (JarFile jar = new JarFile(file.toFile())) {
                return jar.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(FOLDER + "/") && n.endsWith(".sql") && n.indexOf('/', FOLDER.length() + 1) < 0)
                        .map(n -> n.substring(FOLDER.length() + 1)).toList();
            }
        }
        try (Stream<Path> listed = Files.list(Path.of(anchor.toURI()).getParent())) {
            return listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot list the folder of " + anchor, e);
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " is listed but cannot be opened");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
