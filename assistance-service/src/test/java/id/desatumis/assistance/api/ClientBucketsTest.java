package id.desatumis.assistance.api;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The lookup's rate limit: a bucket per client address, refilled over time, bounded in how many it remembers. */
class ClientBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final ClientBuckets buckets = new ClientBuckets(3, TimeUnit.MINUTES.toNanos(1), 2, now::get);

    @Test
    void anAddressHasItsRequestsAtOnceThenWaitsForTheNext() {
        for (int i = 0; i < 3; i++) assertThat(buckets.take("198.51.100.1")).isEmpty();

        OptionalLong wait = buckets.take("198.51.100.1");

        assertThat(wait).hasValue(20);
        assertThat(buckets.take("198.51.100.2")).as("another address").isEmpty();
        now.addAndGet(TimeUnit.SECONDS.toNanos(20));
        assertThat(buckets.take("198.51.100.1")).as("a request back every 20 s").isEmpty();
        assertThat(buckets.take("198.51.100.1")).isPresent();
    }

    @Test
    void theLeastRecentlySeenAddressIsForgottenPastTheBound() {
        for (int i = 0; i < 3; i++) buckets.take("198.51.100.1");
        buckets.take("198.51.100.2");
        buckets.take("198.51.100.3");

        assertThat(buckets.take("198.51.100.1")).as("forgotten: a full bucket again").isEmpty();
    }

    @Test
    void theClientIsThePeerUnlessAProxyInFrontIsTrusted() {
        assertThat(ClientAddress.of("10.0.0.9", "203.0.113.7", false)).isEqualTo("10.0.0.9");
        assertThat(ClientAddress.of("10.0.0.9", "1.2.3.4, 203.0.113.7", true)).as("the address the proxy appended")
                .isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("10.0.0.9", null, true)).isEqualTo("10.0.0.9");
        assertThat(ClientAddress.of("10.0.0.9", " , ", true)).isEqualTo("10.0.0.9");
    }
}
