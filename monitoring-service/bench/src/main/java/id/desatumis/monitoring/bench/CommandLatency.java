package id.desatumis.monitoring.bench;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The time from a command's commit to its effect in the desa funnel, at a steady rate: households registered through
 * registry-service's API ({@code POST /households}, Dinas Sosial's token) at {@code rate} a second, sent on schedule
 * without waiting for answers (open loop, at most {@code maxInFlight} unanswered), each to the next of Sragen's 208
 * desa in turn, so that a desa gets one about every second; the dashboard's live stream ({@link LiveAnnouncements})
 * tells when a committed batch changed a desa's figures.
 *
 * <p>The commit time of a command is when its 201 arrived. Its effect time is the first announcement of its desa that
 * arrived after the command was sent (and not before the previous command of that desa took effect): right after the
 * commit of the batch that applied it, when {@code GET /areas/{desa}/funnel} would count it. The method's error: the
 * announcement's delivery (about a millisecond here); and a match is ambiguous when the previous command of the desa
 * took effect only after this one was sent (both may be in one batch, or this one in a later one): how often is
 * printed, and its upper bound (the next announcement) is used for those in the conservative figure. At the end, each
 * desa's funnel is read once: it must have counted every household answered 201.
 */
final class CommandLatency {

    record Settings(int rate, int warmupSeconds, int seconds, int maxInFlight) {
    }

    private static final String[] MEN = {"Sutarno", "Paimin", "Slamet", "Sukardi", "Wagiman", "Suparno", "Joko", "Marjuki"};
    private static final String[] WOMEN = {"Sri Wahyuni", "Tukiyem", "Suyati", "Painem", "Sumarni", "Wartini", "Lestari"};
    /** NIK serials in turn (from a random start), so that one run's NIKs differ; the birth dates are random. */
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(9999));

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
        List<String> desa = Sragen.load(platform.root).desa().stream().map(Sragen.Desa::code).toList();
        List<String> kecamatan = List.copyOf(Sragen.load(platform.root).kecamatan().keySet());
        int total = s.rate() * (s.warmupSeconds() + s.seconds());
        int warm = s.rate() * s.warmupSeconds();
        String[] bodies = new String[total];
        for (int i = 0; i < total; i++) bodies[i] = household(desa.get(i % desa.size()), kecamatan);
        long[] sent = new long[total];
        long[] answered = new long[total];
        long[] answeredMillis = new long[total];
        String[] ids = new String[total];
        int[] status = new int[total];
        Semaphore inFlight = new Semaphore(s.maxInFlight());
        CountDownLatch done = new CountDownLatch(total);
        AtomicInteger refused = new AtomicInteger();
        long interval = 1_000_000_000L / s.rate();
        long maxLate = 0;
        long lateSum = 0;
        CpuUse cpu = new CpuUse(platform);
        Map<String, Double> cpuBefore = null;
        Map<String, Long> before = listed();
        try (LiveAnnouncements live = new LiveAnnouncements(platform, token); RegistryTap tap = new RegistryTap(platform.kafka())) {
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
                http.postAsync(platform.registry + "/households", token, bodies[i]).whenComplete((r, e) -> {
                    answered[n] = System.nanoTime();
                    answeredMillis[n] = System.currentTimeMillis();
                    status[n] = e == null ? r.statusCode() : -1;
                    if (status[n] == 201) ids[n] = householdId(r.body());
                    if ((e != null || r.statusCode() != 201) && refused.incrementAndGet() <= 3) {
                        System.out.println("    refused: " + (e != null ? e : r.statusCode() + " " + body(r)));
                    }
                    inFlight.release();
                    done.countDown();
                });
            }
            long lastSent = System.nanoTime();
            done.await(5, TimeUnit.MINUTES);
            long lastAnswer = Arrays.stream(answered).max().orElse(lastSent);
            Map<String, Double> cpuUsed = CpuUse.between(cpuBefore, cpu.snapshot());
            Quiet.await(platform, http, token);
            TimeUnit.MILLISECONDS.sleep(500); // the last batch's announcement
            Matched m = new Matched();
            for (int d = 0; d < desa.size(); d++) {
                m.match(live.of(desa.get(d)), d, desa.size(), warm, sent, answered, status);
            }
            m.split(tap, ids, answered, answeredMillis, warm);
            report(desa.size(), sent, answered, status, warm, m, lastSent, lastAnswer, maxLate, lateSum, cpuUsed, live.events());
        }
        Map<String, Long> after = listed();
        long counted = 0;
        long created = Arrays.stream(status).filter(x -> x == 201).count();
        for (String d : desa) counted += after.getOrDefault(d, 0L) - before.getOrDefault(d, 0L);
        System.out.printf("  the funnels of the 208 desa count %,d more households, %,d were answered 201: %s%n", counted, created,
                counted == created ? "exact" : "DIFFERENT");
    }

    /** Households listed per desa, from the regency's desa list (one read). */
    private Map<String, Long> listed() throws Exception {
        Map<String, Long> out = new HashMap<>();
        http.get(platform.monitoring + "/areas/" + Sragen.REGENCY + "/desa?size=500", token).path("items")
                .forEach(r -> out.put(r.path("desaCode").asText(), r.path("listed").asLong()));
        return out;
    }

    /** The effect times of the desa's commands: the first announcement after each was sent, in turn. */
    private static final class Matched {
        final List<Double> estimate = new ArrayList<>();
        final List<Double> conservative = new ArrayList<>();
        final List<Double> commit = new ArrayList<>();
        final Map<Integer, Long> effects = new HashMap<>();
        final List<Double> relay = new ArrayList<>();
        final List<Double> kafka = new ArrayList<>();
        final List<Double> monitoring = new ArrayList<>();
        int ambiguous;
        int unseen;

        void match(List<Long> announced, int d, int desaCount, int warm, long[] sent, long[] answered, int[] status) {
            long previous = Long.MIN_VALUE;
            int a = 0;
            for (int i = d; i < sent.length; i += desaCount) {
                if (status[i] != 201) continue;
                long from = Math.max(sent[i], previous);
                while (a < announced.size() && announced.get(a) < from) a++;
                boolean timed = i >= warm;
                if (timed) commit.add((answered[i] - sent[i]) / 1e6);
                if (a == announced.size()) {
                    if (timed) unseen++;
                    continue;
                }
                long effect = announced.get(a);
                boolean unsure = previous > sent[i];
                previous = effect;
                if (!timed) continue;
                effects.put(i, effect);
                estimate.add((effect - answered[i]) / 1e6);
                long upper = unsure && a + 1 < announced.size() ? announced.get(a + 1) : effect;
                conservative.add((upper - answered[i]) / 1e6);
                if (unsure) ambiguous++;
            }
        }

        /** Each matched command's time split at the relay's send and a plain consumer's receipt of its record. */
        void split(RegistryTap tap, String[] ids, long[] answered, long[] answeredMillis, int warm) {
            effects.forEach((i, effect) -> {
                RegistryTap.Seen seen = ids[i] == null ? null : tap.of(ids[i]);
                if (seen == null) return;
                relay.add((double) (seen.publishedMillis() - answeredMillis[i]));
                kafka.add((double) (seen.receivedMillis() - seen.publishedMillis()));
                monitoring.add((effect - seen.receivedNanos()) / 1e6);
            });
        }
    }

    private static String householdId(String body) {
        try {
            return Http.JSON.readTree(body).path("householdId").asText();
        } catch (Exception e) {
            return null;
        }
    }

    private void report(int desaCount, long[] sent, long[] answered, int[] status, int warm, Matched m, long lastSent,
                        long lastAnswer, long maxLate, long lateSum, Map<String, Double> cpuUsed, int announcements) {
        long timed = sent.length - warm;
        long timedCreated = 0;
        for (int i = warm; i < sent.length; i++) if (status[i] == 201) timedCreated++;
        double window = (lastAnswer - sent[warm]) / 1e9;
        double achieved = timedCreated / window;
        double offered = timed / ((lastSent - sent[warm]) / 1e9);
        boolean reached = achieved >= 0.98 * s.rate() && lateSum / 1e6 / timed < 50;
        System.out.printf("  registrations (POST /households), each to the next of the %d desa: %,d timed after %,d warm-up; "
                + "%,d answered 201, %d refused%n", desaCount, timed, warm, timedCreated, timed - timedCreated);
        System.out.printf("  rate: asked %d/s, sent %.1f/s, answered 201 %.1f/s over %.1f s; sends behind schedule by %.1f ms on "
                        + "average, %.0f ms at most: %s%n", s.rate(), offered, achieved, window, lateSum / 1e6 / timed,
                maxLate / 1e6, reached ? s.rate() + " commands/s REACHED" : s.rate() + " commands/s NOT reached");
        System.out.printf("  command answered (POST sent to 201):          %s%n", Percentiles.of(m.commit));
        System.out.printf("  commit (201) to its desa announced on /live:  %s%n", Percentiles.of(m.estimate));
        System.out.printf("    ambiguous ones at their upper bound:        %s%n", Percentiles.of(m.conservative));
        Percentiles p = Percentiles.of(m.conservative);
        System.out.printf("  target p99 < 250 ms: %s; %d of %,d matches ambiguous (the desa's previous command took effect "
                        + "after this one was sent); %d never announced; %,d /live events in all%n", p.p99() < 250 ? "MET" : "NOT met",
                m.ambiguous, m.estimate.size(), m.unseen, announcements);
        System.out.printf("  where it goes (ms clocks): 201 to the registry's relay sending it (record CreateTime): %s%n",
                Percentiles.of(m.relay).brief());
        System.out.printf("                             sent to a plain consumer of the topic having it:       %s%n",
                Percentiles.of(m.kafka).brief());
        System.out.printf("                             that consumer having it to the /live announcement:     %s%n",
                Percentiles.of(m.monitoring).brief());
        System.out.printf("  CPU while timed: %s%n", CpuUse.describe(cpuUsed, window));
    }

    private static String body(HttpResponse<String> r) {
        String b = r.body();
        return b.length() > 300 ? b.substring(0, 300) : b;
    }

    /** A household of one to four people with valid, random NIK and KK numbers. */
    static String household(String desa, List<String> kecamatanCodes) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        // a NIK carries the kecamatan where it was first issued: any of Sragen's
        String kecamatan = kecamatanCodes.get(r.nextInt(kecamatanCodes.size())).replace(".", "");
        int size = 1 + r.nextInt(4);
        LocalDate headBorn = LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
        StringBuilder members = new StringBuilder();
        for (int m = 0; m < size; m++) {
            boolean female = m == 1 || (m > 1 && r.nextBoolean());
            LocalDate born = m == 0 ? headBorn : m == 1 ? headBorn.plusYears(2).withDayOfMonth(1 + r.nextInt(28))
                    : headBorn.plusYears(20 + r.nextInt(25)).withDayOfMonth(1 + r.nextInt(28));
            if (born.isAfter(LocalDate.now().minusYears(1))) born = LocalDate.now().minusYears(2 + r.nextInt(5));
            String nik = String.format("%s%02d%02d%02d%04d", kecamatan, born.getDayOfMonth() + (female ? 40 : 0),
                    born.getMonthValue(), born.getYear() % 100, 1 + SERIAL.getAndIncrement() % 9999);
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
