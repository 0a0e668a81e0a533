package id.desatumis.monitoring;

import id.desatumis.monitoring.persistence.ProjectionDdl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The projection's SQL files are found in a folder (tests) and in a jar (packaged), in file-name order, hashed. */
class ProjectionDdlTest {

    @Test
    void theFilesOfThisBuildAreReadInFileNameOrder() {
        ProjectionDdl ddl = ProjectionDdl.load();
        assertThat(ddl.files().keySet()).startsWith("00-engine.sql").allMatch(n -> n.endsWith(".sql"));
        assertThat(java.util.List.copyOf(ddl.files().keySet())).isSorted();
        assertThat(ddl.hash()).hasSize(64).isEqualTo(ProjectionDdl.load().hash());
    }

    @Test
    void packagedInAJarTheFilesAreFoundToo(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("projection/"));
            for (var f : Map.of("projection/10-b.sql", "CREATE TABLE b (x int);", "projection/00-engine.sql",
                    "CREATE TABLE a (x int);", "projection/README.md", "not sql", "other/20-c.sql", "elsewhere").entrySet()) {
                j.putNextEntry(new JarEntry(f.getKey()));
                j.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader packaged = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(packaged);
            ProjectionDdl ddl = ProjectionDdl.load();
            assertThat(ddl.files()).containsExactly(Map.entry("00-engine.sql", "CREATE TABLE a (x int);"),
                    Map.entry("10-b.sql", "CREATE TABLE b (x int);"));
            assertThat(ddl.hash()).isEqualTo(ProjectionDdl.of(ddl.files()).hash())
                    .isNotEqualTo(ProjectionDdl.of(Map.of("00-engine.sql", "CREATE TABLE a (x bigint);",
                            "10-b.sql", "CREATE TABLE b (x int);")).hash());
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
