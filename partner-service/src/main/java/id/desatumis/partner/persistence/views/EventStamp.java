package id.desatumis.partner.persistence.views;

import java.time.OffsetDateTime;

/**
 * Where an event sits in its own stream and when it was recorded. A row keeps the version of the last event of its
 * stream it applied: an event at or below it was applied already, so a replay from an older checkpoint changes
 * nothing twice.
 */
public record EventStamp(long version, OffsetDateTime at) {

    /** Whether this event comes after what a row of its stream has applied. */
    public boolean isNewFor(long appliedVersion) {
        return version > appliedVersion;
    }
}
