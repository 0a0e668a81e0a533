package id.desatumis.kit.api;

import jakarta.enterprise.context.RequestScoped;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id and W3C traceparent of the current request: taken from the caller's headers when
 * they are well-formed, made here otherwise. Both go into every event's metadata and every problem.
 */
@RequestScoped
public class RequestContext {

    private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private String correlationId;
    private String traceparent;

    void init(String correlationHeader, String traceparentHeader) {
        correlationId = correlationHeader != null && CORRELATION.matcher(correlationHeader).matches()
                ? correlationHeader : UUID.randomUUID().toString();
        traceparent = traceparentHeader != null && TRACEPARENT.matcher(traceparentHeader).matches()
                ? traceparentHeader : newTraceparent();
    }

    public String correlationId() {
        if (correlationId == null) init(null, null);
        return correlationId;
    }

    public String traceparent() {
        if (traceparent == null) init(null, null);
        return traceparent;
    }

    static String newTraceparent() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        RANDOM.nextBytes(trace);
        RANDOM.nextBytes(span);
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }
}
