package id.desatumis.devstack.proof;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a service's log file line by line (stack traces and multi-line messages are lines of their own). */
final class LogDump {

    private final Path file;

    LogDump(Path file) {
        this.file = file;
    }

    SweepReport sweep(ValueMatcher matcher) {
        SweepReport report = new SweepReport();
        if (!Files.exists(file)) return report;
        String source = "log " + file;
        report.read(source);
        long line = 0;
        // an InputStreamReader replaces bytes that are not UTF-8 instead of failing on them, as a log may hold any
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (String s = in.readLine(); s != null; s = in.readLine()) {
                line++;
                report.counted(1, s.length() + 1);
                matcher.match(source, "line " + line, s, report);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return report;
    }
}
