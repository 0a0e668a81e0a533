package id.desatumis.monitoring.messaging;

import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.ConsumedEvent.MalformedEvent;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The fields HouseholdsPart and TimelinePart need from an event, read strictly: a required field that is missing or
 * of the wrong form makes the event malformed (the batch is refused and the projection stops, loudly), never a row
 * written with a hole in it.
 */
final class HouseholdEventFields {

    private HouseholdEventFields() {
    }

    static UUID uuid(ConsumedEvent event, String field, String value) {
        try {
            return UUID.fromString(required(event, field, value));
        } catch (IllegalArgumentException e) {
            throw malformed(event, field + " is not a uuid");
        }
    }

    static String required(ConsumedEvent event, String field, String value) {
        if (value == null || value.isBlank()) throw malformed(event, field + " is missing");
        return value;
    }

    /**
     * When the fact was recorded at its source: the CloudEvent's {@code ce_time}, or the payload's own instant when
     * the record has none.
     */
    static OffsetDateTime time(ConsumedEvent event, String payloadInstant) {
        if (event.time() != null) return event.time();
        try {
            return OffsetDateTime.parse(required(event, "ce_time", payloadInstant));
        } catch (DateTimeException e) {
            throw malformed(event, "no ce_time and no readable instant in the payload");
        }
    }

    static MalformedEvent malformed(ConsumedEvent event, String why) {
        return new MalformedEvent("malformed " + event.type() + " " + event.id() + " of stream " + event.subject()
                + " at sequence " + event.sequence() + ": " + why);
    }
}
