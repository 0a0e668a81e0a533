package id.desatumis.monitoring.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** How many records of a channel's topics the consumer has not read yet (null while unknown). */
@ApplicationScoped
public class ConsumerLag {

    private final KafkaClientService clients;

    public ConsumerLag(KafkaClientService clients) {
        this.clients = clients;
    }

    public Uni<Long> of(String channel) {
        var consumer = clients.getConsumer(channel);
        if (consumer == null) {
            return Uni.createFrom().nullItem();
        }
        return consumer.runOnPollingThread(c -> {
                    long lag = 0;
                    for (var partition : c.assignment()) {
                        var l = c.currentLag(partition);
                        if (l.isEmpty()) return (Long) null;
                        lag += l.getAsLong();
                    }
                    return lag;
                })
                .ifNoItem().after(Duration.ofSeconds(2)).recoverWithItem((Long) null)
                .onFailure().recoverWithNull();
    }
}
