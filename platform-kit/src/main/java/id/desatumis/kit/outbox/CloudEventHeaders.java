package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.StoredEvent;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** CloudEvents 1.0, Kafka binary mode: the attributes as {@code ce_*} headers, the JSON payload as the value. */
public final class CloudEventHeaders {

    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SEQUENCE = "ce_sequence";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String TRACEPARENT = "traceparent";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    public static List<Header> of(StoredEvent event, EventMetadata metadata, String source, String type) {
        List<Header> headers = new ArrayList<>();
        add(headers, SPECVERSION, "1.0");
        add(headers, ID, event.eventId().toString());
        add(headers, TYPE, type);
        add(headers, SOURCE, source);
        add(headers, SUBJECT, event.streamId());
        add(headers, TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.recordedAt().withOffsetSameInstant(ZoneOffset.UTC)));
        add(headers, SEQUENCE, Long.toString(event.version()));
        add(headers, CORRELATION_ID, metadata.correlationId());
        add(headers, CAUSATION_ID, metadata.causationId());
        add(headers, TRACEPARENT, metadata.traceparent());
        add(headers, CONTENT_TYPE, "application/json");
        return headers;
    }

    private static void add(List<Header> headers, String name, String value) {
        if (value != null) {
            headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
