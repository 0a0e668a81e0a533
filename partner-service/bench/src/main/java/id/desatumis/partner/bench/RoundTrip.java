package id.desatumis.partner.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Requests written by concurrent producers, answers read from another topic, and per request the time from its send
 * to its answer read. Closed loop: each producer keeps at most {@code window} requests unanswered, so the rate is what
 * the path answers and the latency is that of a loaded path, not of a backlog the driver piled up.
 */
final class RoundTrip {

    /** A request and what correlates its answer with it. */
    record Request(String correlation, ProducerRecord<String, String> record) {
    }

    record Result(int requests, double perSecond, double p50Millis, double p99Millis, Map<String, Long> answerTypes) {
    }

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final String bootstrap;
    private final int producers;
    private final int window;

    RoundTrip(String bootstrap, int producers, int window) {
        this.bootstrap = bootstrap;
        this.producers = producers;
        this.window = window;
    }

    Result run(List<Request> requests, String answerTopic, Function<ConsumerRecord<String, String>, String> correlationOf)
            throws Exception {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) index.put(requests.get(i).correlation(), i);
        long[] sent = new long[requests.size()];
        long[] answered = new long[requests.size()];
        Semaphore[] inFlight = new Semaphore[producers];
        Arrays.setAll(inFlight, p -> new Semaphore(window));
        Map<String, Long> types = new ConcurrentHashMap<>();

        try (KafkaConsumer<String, String> reader = reader()) {
            List<TopicPartition> partitions = reader.partitionsFor(answerTopic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            reader.assign(partitions);
            reader.seekToEnd(partitions);
            partitions.forEach(reader::position); // from here on: answers of earlier runs are not counted

            List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                int producer = p;
                Thread t = new Thread(() -> produce(requests, producer, sent, inFlight[producer]), "bench-producer-" + p);
                t.start();
                threads.add(t);
            }
            int done = 0;
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (done < requests.size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(done + " of " + requests.size() + " answered within " + PATIENCE);
                }
                for (ConsumerRecord<String, String> r : reader.poll(Duration.ofMillis(100))) {
                    Integer i = index.get(correlationOf.apply(r));
                    if (i == null || answered[i] != 0) continue; // another run's, or a copy
                    answered[i] = System.nanoTime();
                    types.merge(header(r, "ce_type"), 1L, Long::sum);
                    inFlight[i % producers].release();
                    done++;
                }
            }
            for (Thread t : threads) t.join();
        }
        long first = Arrays.stream(sent).min().orElseThrow();
        long last = Arrays.stream(answered).max().orElseThrow();
        double[] millis = new double[requests.size()];
        for (int i = 0; i < millis.length; i++) millis[i] = (answered[i] - sent[i]) / 1e6;
        Arrays.sort(millis);
        return new Result(requests.size(), requests.size() / ((last - first) / 1e9), percentile(millis, 50),
                percentile(millis, 99), Map.copyOf(types));
    }

    /** Producer {@code p} sends requests p, p + producers, ...; each waits for a place in its window. */
    private void produce(List<Request> requests, int p, long[] sent, Semaphore inFlight) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 1), new StringSerializer(), new StringSerializer())) {
            for (int i = p; i < requests.size(); i += producers) {
                if (!inFlight.tryAcquire(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("no answer came back within " + PATIENCE);
                }
                sent[i] = System.nanoTime();
                producer.send(requests.get(i).record());
            }
            producer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private KafkaConsumer<String, String> reader() {
        return new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000, ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10),
                new StringDeserializer(), new StringDeserializer());
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
