package id.desatumis.monitoring.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /** The files as packaged with this build (a folder while testing, a jar entry once packaged). */
    public static ProjectionDdl load() {
        Map<String, String> files = new TreeMap<>();
        try {
            var urls = Thread.currentThread().getContextClassLoader().getResources(FOLDER);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                for (String name : names(url)) {
                    files.putIfAbsent(name, text(FOLDER + "/" + name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the projection's SQL files cannot be read", e);
        }
        if (files.isEmpty()) throw new IllegalStateException("no " + FOLDER + "/*.sql on the class path");
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
            return new ProjectionDdl(java.util.Collections.unmodifiableMap(sorted), HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(URL folder) throws IOException {
        if ("jar".equals(folder.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(FOLDER + "/") && n.endsWith(".sql") && n.indexOf('/', FOLDER.length() + 1) < 0)
                        .map(n -> n.substring(FOLDER.length() + 1)).toList();
            }
        }
        try (Stream<Path> listed = Files.list(Path.of(folder.toURI()))) {
            return listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot list " + folder, e);
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " is listed but cannot be opened");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
