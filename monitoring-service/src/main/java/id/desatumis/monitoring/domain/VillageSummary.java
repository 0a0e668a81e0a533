package id.desatumis.monitoring.domain;

import java.time.OffsetDateTime;

/** Households and members registered in one desa, and the time of the last registry event counted. */
public record VillageSummary(String desaCode, int households, int members, OffsetDateTime lastEventAt) {

    public static VillageSummary empty(String desaCode) {
        return new VillageSummary(desaCode, 0, 0, null);
    }
}
