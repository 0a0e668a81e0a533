package id.desatumis.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the registry's bulk import against a running platform: writes a synthetic extract of the
 * national list, uploads it, waits for the import to finish and prints the rate (people per second), then
 * uploads it again and prints what the second run created (it must be nothing).
 * <pre>java ... ImportLoadDriver http://127.0.0.1:8081 TOKEN 100000</pre>
 */
public final class ImportLoadDriver {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int people = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path file = Files.createTempFile("national-list-", ".csv");
        NationalListGenerator.Expected expected;
        try (var out = Files.newBufferedWriter(file)) {
            // desa of five kecamatan that neither the demo data nor the tests use
            List<String> desa = List.of("33.14.13.2001", "33.14.13.2004", "33.14.14.2001", "33.14.14.2002",
                    "33.14.15.2001", "33.14.15.2002", "33.14.16.2001", "33.14.16.2002", "33.14.17.2001", "33.14.17.2002");
            expected = NationalListGenerator.write(out, people, System.nanoTime(), desa);
        }
        System.out.printf("file: %,d rows, %,d bytes; expected %,d households and %,d people created, %,d rows refused, %,d flagged%n",
                expected.rows(), Files.size(file), expected.householdsCreated(), expected.peopleCreated(), expected.rowsRefused(),
                expected.rowsFlagged());
        HttpClient http = HttpClient.newHttpClient();
        for (int run = 1; run <= 2; run++) {
            long start = System.nanoTime();
            HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base + "/imports"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            if (accepted.statusCode() != 202) {
                System.out.println("refused: " + accepted.statusCode() + " " + accepted.body());
                System.exit(1);
            }
            String location = accepted.headers().firstValue("Location").orElseThrow();
            String status;
            String body;
            do {
                Thread.sleep(250);
                body = http.send(HttpRequest.newBuilder(URI.create(base + location + "?size=1"))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
                status = field(body, "status");
            } while (!status.equals("done") && !status.equals("failed"));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: %s in %.1f s = %,.0f rows/s; households created %s, people created %s, rows refused %s, flagged %s%n",
                    run, status, seconds, expected.rows() / seconds, field(body, "householdsCreated"),
                    field(body, "peopleCreated"), field(body, "rowsRefused"), field(body, "rowsFlagged"));
        }
        Files.deleteIfExists(file);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]*)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
