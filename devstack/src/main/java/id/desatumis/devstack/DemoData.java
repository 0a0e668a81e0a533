package id.desatumis.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads the demo data into a running platform through registry-service's REST API: the Desa Tumis villages
 * of 2022 at their real sizes in the national data (Cemeng 2,257 households, Kadipiro 2,014). Synthetic
 * people, made deterministically (the same run makes the same people), each household sent with an
 * Idempotency-Key, so loading twice registers nothing twice.
 */
public final class DemoData {

    record Village(String desaCode, String kecamatanDigits, int households) {
    }

    static final List<Village> VILLAGES = List.of(
            new Village("33.14.07.2003", "331407", 2257), // Cemeng
            new Village("33.14.05.2005", "331405", 2014)); // Kadipiro

    private static final String[] MEN = {"Sutarno", "Paimin", "Slamet", "Sukardi", "Wagiman", "Suparno", "Joko", "Marjuki"};
    private static final String[] WOMEN = {"Sri Wahyuni", "Tukiyem", "Suyati", "Painem", "Sumarni", "Wartini", "Lestari"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger already = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (Village v : VILLAGES) {
            for (int i = 0; i < v.households(); i++) {
                int n = i;
                work.add(pool.submit(() -> {
                    String body = household(v, n);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/households"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "demo-" + v.desaCode() + "-" + n)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        int status = response.statusCode();
                        boolean replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
                        if (status == 201 && !replayed) created.incrementAndGet();
                        else if (status == 201) already.incrementAndGet();
                        else if (status == 409) already.incrementAndGet();
                        else failed.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : work) f.get();
        pool.shutdown();
        System.out.printf("demo data: %d households registered, %d there already, %d failed, in %.1f s%n",
                created.get(), already.get(), failed.get(), (System.nanoTime() - start) / 1e9);
        System.exit(failed.get() == 0 ? 0 : 1);
    }

    /** A household of one to six people in the desa; its identities depend only on the desa and the number. */
    public static String household(String desaCode, int n) {
        String digits = desaCode.substring(0, 8).replace(".", "");
        return household(new Village(desaCode, digits, 0), n);
    }

    /** A household of one to six people; its identities depend only on the village and the number. */
    static String household(Village v, int n) {
        Random r = new Random(v.desaCode().hashCode() * 31L + n);
        int size = 1 + r.nextInt(6);
        int serialBase = n * 7 + 1; // up to seven identities per household, unique within the kecamatan digits
        StringBuilder members = new StringBuilder();
        LocalDate headBorn = LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
        for (int m = 0; m < size; m++) {
            boolean female = m == 1 || (m > 1 && r.nextBoolean());
            String relationship = m == 0 ? "HEAD" : m == 1 ? "WIFE" : "CHILD";
            LocalDate born = m == 0 ? headBorn
                    : m == 1 ? headBorn.plusYears(2).withDayOfMonth(1 + r.nextInt(28))
                    : headBorn.plusYears(20 + r.nextInt(25)).withDayOfMonth(1 + r.nextInt(28));
            if (born.isAfter(LocalDate.now())) born = LocalDate.now().minusYears(2);
            String name = female ? WOMEN[r.nextInt(WOMEN.length)] : MEN[r.nextInt(MEN.length)];
            int day = born.getDayOfMonth() + (female ? 40 : 0);
            String nik = String.format("%s%02d%02d%02d%04d", v.kecamatanDigits(), day, born.getMonthValue(),
                    born.getYear() % 100, (serialBase + m) % 10000 == 0 ? 1 : (serialBase + m) % 10000);
            if (m > 0) members.append(',');
            members.append(String.format("{\"nik\":\"%s\",\"name\":\"%s\",\"sex\":\"%s\",\"birthDate\":\"%s\",\"relationship\":\"%s\"}",
                    nik, name, female ? "F" : "M", born, relationship));
        }
        String kk = String.format("%s010122%04d", v.kecamatanDigits(), n + 1);
        return String.format("{\"kkNumber\":\"%s\",\"desaCode\":\"%s\",\"address\":\"Dukuh %d RT %02d RW %02d\",\"members\":[%s]}",
                kk, v.desaCode(), n / 100 + 1, n % 20 + 1, n % 7 + 1, members);
    }
}
