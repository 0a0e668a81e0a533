package id.desatumis.assistance.saga;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Reservation requests given up after three seconds, looked for every half second: the timeout's own tests. */
public class ShortReservationTimeout implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("desatumis.reservation.timeout", "PT3S", "desatumis.reservation.sweep-interval", "PT0.5S");
    }
}
