package id.desatumis.monitoring.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A recording's CPU samples ({@code jdk.ExecutionSample}, read with the JDK's {@code jfr print}), by thread and, for
 * the rebuilding loop thread and the event-loop threads, by what the top frame is (its library) and by the first
 * frame of the platform's own code below it (who asked for that work).
 */
final class JfrSummary {

    private final int generation;
    private final Map<String, Integer> byThread = new HashMap<>();
    private final Map<String, Integer> loopLibrary = new HashMap<>();
    private final Map<String, Integer> loopOwn = new HashMap<>();
    private final Map<String, Integer> eventLoopLibrary = new HashMap<>();
    private final Map<String, Integer> eventLoopOwn = new HashMap<>();
    private int samples;

    private JfrSummary(int generation) {
        this.generation = generation;
    }

    static JfrSummary of(Path recording, int generation) throws IOException, InterruptedException {
        JfrSummary s = new JfrSummary(generation);
        Process p = new ProcessBuilder("jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64",
                recording.toString()).redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String thread = null;
            List<String> stack = new ArrayList<>();
            boolean inStack = false;
            for (String line; (line = in.readLine()) != null; ) {
                String t = line.trim();
                if (t.startsWith("sampledThread = \"")) thread = t.substring(17, t.indexOf('"', 17));
                else if (t.startsWith("stackTrace = [")) inStack = true;
                else if (inStack && t.equals("]")) inStack = false;
                else if (inStack && !t.equals("...")) stack.add(RebuildProfile.frame(t));
                else if (t.equals("}") && thread != null) {
                    s.add(thread, stack);
                    thread = null;
                    stack = new ArrayList<>();
                }
            }
        }
        p.waitFor();
        return s;
    }

    private void add(String thread, List<String> stack) {
        samples++;
        boolean loop = thread.equals("projection-g" + generation);
        boolean eventLoop = thread.startsWith("vert.x-eventloop-thread");
        RebuildProfile.count(byThread, loop ? thread + " (the rebuild's loop)" : thread.replaceAll("\\d+", "N"));
        if (stack.isEmpty() || !(loop || eventLoop)) return;
        String own = stack.stream().filter(f -> f.startsWith("id.desatumis")).findFirst().orElse("(none of the platform's code)");
        RebuildProfile.count(loop ? loopLibrary : eventLoopLibrary, library(stack.get(0)));
        RebuildProfile.count(loop ? loopOwn : eventLoopOwn, own);
    }

    private static String library(String frame) {
        if (frame.startsWith("com.fasterxml.jackson")) return "JSON (Jackson)";
        if (frame.startsWith("io.vertx.pgclient") || frame.startsWith("io.vertx.sqlclient")) return "PostgreSQL client (Vert.x)";
        if (frame.startsWith("io.netty")) return "Netty";
        if (frame.startsWith("org.apache.kafka")) return "Kafka client";
        if (frame.startsWith("io.smallrye.mutiny")) return "Mutiny";
        if (frame.startsWith("id.desatumis.kit")) return "platform-kit: " + frame;
        if (frame.startsWith("id.desatumis")) return "monitoring: " + frame;
        int method = frame.lastIndexOf('.');
        return "JDK/other: " + (method > 0 ? frame.substring(0, method) : frame);
    }

    void print(String folder) {
        System.out.printf("    monitoring-service CPU samples (JFR, %s/rebuild.jfr): %d, by thread:%n", folder, samples);
        RebuildProfile.top(byThread, 8, "      ");
        System.out.println("      the loop thread, by what runs on top:");
        RebuildProfile.top(loopLibrary, 10, "        ");
        System.out.println("      the loop thread, under which of the platform's frames:");
        RebuildProfile.top(loopOwn, 12, "        ");
        System.out.println("      the event-loop threads, by what runs on top:");
        RebuildProfile.top(eventLoopLibrary, 8, "        ");
        System.out.println("      the event-loop threads, under which of the platform's frames:");
        RebuildProfile.top(eventLoopOwn, 8, "        ");
    }
}
