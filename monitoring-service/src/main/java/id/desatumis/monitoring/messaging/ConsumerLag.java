package id.desatumis.monitoring.messaging;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How many records of the registry channel's topic the consumer has not read yet (null while unknown).
 * Measured on the consumer's polling thread every second and kept, so a query never waits for a poll.
 */
@ApplicationScoped
public class ConsumerLag {

    static final String CHANNEL = "registry-household";

    private final KafkaClientService clients;
    private final Vertx vertx;
    private final AtomicReference<Long> last = new AtomicReference<>();

    public ConsumerLag(KafkaClientService clients, Vertx vertx) {
        this.clients = clients;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent event) {
        vertx.setPeriodic(Duration.ofSeconds(1).toMillis(), id -> measure());
    }

    public Long registryHouseholdLag() {
        return last.get();
    }

    private void measure() {
        var consumer = clients.getConsumer(CHANNEL);
        if (consumer == null) {
            return;
        }
        consumer.runOnPollingThread(c -> {
                    long lag = 0;
                    for (var partition : c.assignment()) {
                        var l = c.currentLag(partition);
                        if (l.isEmpty()) return -1L;
                        lag += l.getAsLong();
                    }
                    return lag;
                })
                .subscribe().with(lag -> last.set(lag < 0 ? null : lag), failure -> last.set(null));
    }
}
