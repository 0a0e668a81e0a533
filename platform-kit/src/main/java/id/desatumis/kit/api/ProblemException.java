package id.desatumis.kit.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ends a request with an RFC 9457 problem. Extensions must never carry submitted values or personal data. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detail;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, Map.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, Object> extensions,
                            Map<String, String> headers) {
        super(type.slug() + ": " + detail, null, false, false);
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.extensions = new LinkedHashMap<>(extensions);
        this.headers = Map.copyOf(headers);
    }

    public ProblemType type() { return type; }
    public String detail() { return detail; }
    public List<FieldError> errors() { return errors; }
    public Map<String, Object> extensions() { return extensions; }
    public Map<String, String> headers() { return headers; }
}
