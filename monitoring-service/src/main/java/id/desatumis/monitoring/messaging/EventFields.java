package id.desatumis.monitoring.messaging;

import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.ConsumedEvent.MalformedEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The fields of a contract read as the projection needs them: a required one missing or unreadable makes the event
 * malformed (the batch is refused and the projection stops, loudly), an optional one reads as null.
 */
final class EventFields {

    private final ConsumedEvent event;

    EventFields(ConsumedEvent event) {
        this.event = event;
    }

    UUID id(String field, String value) {
        if (value == null) throw malformed(field, "is missing");
        return optionalId(field, value);
    }

    UUID optionalId(String field, String value) {
        if (value == null) return null;
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw malformed(field, "is not a UUID");
        }
    }

    List<UUID> ids(String field, List<String> values) {
        if (values == null) return List.of();
        return values.stream().map(v -> id(field, v)).toList();
    }

    LocalDate date(String field, String value) {
        if (value == null) throw malformed(field, "is missing");
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            throw malformed(field, "is not an ISO-8601 date");
        }
    }

    LocalDate optionalDate(String field, String value) {
        return value == null ? null : date(field, value);
    }

    /** The instant the fact was recorded at its source: the payload's, else the CloudEvent's time. */
    OffsetDateTime at(String field, String value) {
        if (value == null) {
            if (event.time() == null) throw malformed(field, "is missing, and so is ce_time");
            return event.time();
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (RuntimeException e) {
            throw malformed(field, "is not an ISO-8601 instant");
        }
    }

    String text(String field, String value) {
        if (value == null || value.isBlank()) throw malformed(field, "is missing");
        return value;
    }

    /** One of the known codes (a kind of need, a stage): an unknown one is never skipped silently. */
    String oneOf(String field, String value, List<String> known) {
        if (!known.contains(text(field, value))) throw malformed(field, "is not one of " + known);
        return value;
    }

    static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    MalformedEvent malformed(String field, String why) {
        return new MalformedEvent("malformed " + event.type() + " " + event.id() + " of stream " + event.subject()
                + ": " + field + " " + why);
    }
}
