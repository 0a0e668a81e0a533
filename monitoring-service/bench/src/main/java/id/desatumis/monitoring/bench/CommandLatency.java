package id.desatumis.monitoring.bench;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The time from a command's commit to its effect in the desa funnel, at a steady rate: households registered through
 * registry-service's API ({@code POST /households}, Dinas Sosial's token, all in one desa) at {@code rate} a second,
 * sent on schedule without waiting for answers (open loop, at most {@code maxInFlight} unanswered), while one client
 * reads {@code GET /areas/{desa}/funnel} every {@code pollMillis} and notes when {@code households.listed} grows.
 *
 * <p>The commit time of a command is when its 201 arrived. Its effect time: the funnel counts households, not which
 * ones, so the k-th household to be answered 201 is taken to be the k-th counted (households of one desa are
 * answered a few milliseconds apart, and a batch of the projection applies everything it read at once). The effect
 * became visible after the snapshot of the last read that did not show it (so after that read was sent) and at the
 * latest when the first read that showed it was answered: both bounds are printed; their gap is the method's error
 * (a poll interval plus one read).
 */
final class CommandLatency {

    record Settings(String desa, int rate, int warmupSeconds, int seconds, int pollMillis, int maxInFlight) {
    }

    private record Look(long sent, long answered, long counted) {
    }

    private static final String[] MEN = {"Sutarno", "Paimin", "Slamet", "Sukardi", "Wagiman", "Suparno", "Joko", "Marjuki"};
    private static final String[] WOMEN = {"Sri Wahyuni", "Tukiyem", "Suyati", "Painem", "Sumarni", "Wartini", "Lestari"};

    private final Platform platform;
    private final Http http;
    private final String token;
    private final Settings s;

    CommandLatency(Platform platform, Http http, String token, Settings settings) {
        this.platform = platform;
        this.http = http;
        this.token = token;
        this.s = settings;
    }

    void run() throws Exception {
        String funnelUrl = platform.monitoring + "/areas/" + s.desa() + "/funnel";
        long base = Funnel.of(http.get(funnelUrl, token)).listed();
        int total = s.rate() * (s.warmupSeconds() + s.seconds());
        int warm = s.rate() * s.warmupSeconds();
        long[] sent = new long[total];
        long[] answered = new long[total];
        int[] status = new int[total];
        List<Look> looks = new ArrayList<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> watch(funnelUrl, base, looks, watching), "bench-funnel-watcher");
        watcher.setDaemon(true);
        watcher.start();

        Semaphore inFlight = new Semaphore(s.maxInFlight());
        CountDownLatch done = new CountDownLatch(total);
        AtomicInteger refused = new AtomicInteger();
        long interval = 1_000_000_000L / s.rate();
        long maxLate = 0;
        long lateSum = 0;
        CpuUse cpu = new CpuUse(platform);
        Map<String, Double> cpuBefore = null;
        long start = System.nanoTime() + 200_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            if (i == warm) cpuBefore = cpu.snapshot();
            long wait = due - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            inFlight.acquire();
            long now = System.nanoTime();
            if (i >= warm) {
                maxLate = Math.max(maxLate, now - due);
                lateSum += Math.max(0, now - due);
            }
            sent[i] = now;
            int n = i;
            http.postAsync(platform.registry + "/households", token, household(s.desa())).whenComplete((r, e) -> {
                answered[n] = System.nanoTime();
                status[n] = e == null ? r.statusCode() : -1;
                if (e != null || r.statusCode() != 201) {
                    if (refused.incrementAndGet() <= 3) System.out.println("    refused: " + (e != null ? e : r.statusCode() + " " + body(r)));
                }
                inFlight.release();
                done.countDown();
            });
        }
        long lastSent = System.nanoTime();
        done.await(5, TimeUnit.MINUTES);
        Map<String, Double> cpuUsed = CpuUse.between(cpuBefore, cpu.snapshot());
        long created = Arrays.stream(status).filter(x -> x == 201).count();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lastCount(looks) < created && System.nanoTime() < deadline) TimeUnit.MILLISECONDS.sleep(50);
        watching.set(false);
        watcher.join(10_000);
        report(sent, answered, status, warm, looks, created, lastSent, maxLate, lateSum, cpuUsed);
    }

    private void watch(String url, long base, List<Look> looks, AtomicBoolean watching) {
        while (watching.get()) {
            long sent = System.nanoTime();
            try {
                long counted = Funnel.of(http.get(url, token)).listed() - base;
                synchronized (looks) {
                    looks.add(new Look(sent, System.nanoTime(), counted));
                }
            } catch (Exception e) {
                System.out.println("    funnel read failed: " + e.getMessage());
            }
            long wait = sent + s.pollMillis() * 1_000_000L - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
        }
    }

    private static long lastCount(List<Look> looks) {
        synchronized (looks) {
            return looks.isEmpty() ? 0 : looks.get(looks.size() - 1).counted();
        }
    }

    private void report(long[] sent, long[] answered, int[] status, int warm, List<Look> looks, long created, long lastSent,
                        long maxLate, long lateSum, Map<String, Double> cpuUsed) {
        Integer[] byAnswer = new Integer[sent.length];
        for (int i = 0; i < byAnswer.length; i++) byAnswer[i] = i;
        Arrays.sort(byAnswer, Comparator.comparingLong(i -> status[i] == 201 ? answered[i] : Long.MAX_VALUE));
        List<Double> upper = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> commit = new ArrayList<>();
        int look = 0;
        int unseen = 0;
        for (int k = 0; k < created; k++) {
            int i = byAnswer[k];
            while (look < looks.size() && looks.get(look).counted() < k + 1) look++;
            if (i < warm) continue;
            commit.add((answered[i] - sent[i]) / 1e6);
            if (look == looks.size()) {
                unseen++;
                continue;
            }
            upper.add((looks.get(look).answered() - answered[i]) / 1e6);
            lower.add(((look > 0 ? looks.get(look - 1).sent() : looks.get(look).sent()) - answered[i]) / 1e6);
        }
        long timed = sent.length - warm;
        long timedCreated = 0;
        long lastAnswer = 0;
        for (int i = warm; i < sent.length; i++) {
            if (status[i] == 201) timedCreated++;
            lastAnswer = Math.max(lastAnswer, answered[i]);
        }
        double window = (lastAnswer - sent[warm]) / 1e9;
        double achieved = timedCreated / window;
        double offered = timed / ((lastSent - sent[warm]) / 1e9);
        List<Double> gaps = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        for (int j = 1; j < looks.size(); j++) gaps.add((looks.get(j).sent() - looks.get(j - 1).sent()) / 1e6);
        looks.forEach(l -> reads.add((l.answered() - l.sent()) / 1e6));
        boolean reached = achieved >= 0.98 * s.rate() && maxLate < 1_000_000_000L;
        System.out.printf("  registrations (POST /households, desa %s): %,d timed after %,d warm-up; %,d answered 201 in the timed "
                + "window, %d refused%n", s.desa(), timed, warm, timedCreated, timed - timedCreated);
        System.out.printf("  rate: asked %d/s, sent %.1f/s, answered 201 %.1f/s over %.1f s; sends behind schedule by %.1f ms on "
                        + "average, %.0f ms at most: %s%n", s.rate(), offered, achieved, window, lateSum / 1e6 / timed,
                maxLate / 1e6, reached ? "200 commands/s REACHED".replace("200", Integer.toString(s.rate()))
                        : "the rate was NOT reached");
        System.out.printf("  command answered (POST sent to 201):           %s%n", Percentiles.of(commit));
        System.out.printf("  commit to funnel, upper bound (201 to the first read showing it answered): %s%n", Percentiles.of(upper));
        System.out.printf("  commit to funnel, lower bound (201 to the last read not showing it sent):  %s%n", Percentiles.of(lower));
        System.out.printf("  funnel reads: %,d, every %s apart; each took %s%n", looks.size(), Percentiles.of(gaps).brief(),
                Percentiles.of(reads).brief());
        if (unseen > 0) System.out.printf("  %d households answered 201 were never counted within two minutes%n", unseen);
        System.out.printf("  CPU while timed: %s%n", CpuUse.describe(cpuUsed, window));
    }

    private static String body(HttpResponse<String> r) {
        String b = r.body();
        return b.length() > 300 ? b.substring(0, 300) : b;
    }

    /** A household of one to four people with valid, random NIK and KK numbers of the desa's kecamatan. */
    static String household(String desa) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String kecamatan = desa.substring(0, 8).replace(".", "");
        int size = 1 + r.nextInt(4);
        LocalDate headBorn = LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
        StringBuilder members = new StringBuilder();
        for (int m = 0; m < size; m++) {
            boolean female = m == 1 || (m > 1 && r.nextBoolean());
            LocalDate born = m == 0 ? headBorn : m == 1 ? headBorn.plusYears(2).withDayOfMonth(1 + r.nextInt(28))
                    : headBorn.plusYears(20 + r.nextInt(25)).withDayOfMonth(1 + r.nextInt(28));
            if (born.isAfter(LocalDate.now().minusYears(1))) born = LocalDate.now().minusYears(2 + r.nextInt(5));
            String nik = String.format("%s%02d%02d%02d%04d", kecamatan, born.getDayOfMonth() + (female ? 40 : 0),
                    born.getMonthValue(), born.getYear() % 100, 1 + r.nextInt(9999));
            if (m > 0) members.append(',');
            members.append(String.format("{\"nik\":\"%s\",\"name\":\"%s\",\"sex\":\"%s\",\"birthDate\":\"%s\",\"relationship\":\"%s\"}",
                    nik, female ? WOMEN[r.nextInt(WOMEN.length)] : MEN[r.nextInt(MEN.length)], female ? "F" : "M", born,
                    m == 0 ? "HEAD" : m == 1 ? "WIFE" : "CHILD"));
        }
        String kk = String.format("%s%06d%04d", kecamatan, r.nextInt(1_000_000), 1 + r.nextInt(9999));
        return String.format("{\"kkNumber\":\"%s\",\"desaCode\":\"%s\",\"address\":\"Dukuh Uji RT %02d RW %02d\",\"members\":[%s]}",
                kk, desa, 1 + r.nextInt(20), 1 + r.nextInt(7), members);
    }
}
