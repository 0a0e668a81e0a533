package id.desatumis.kit.api;

/** One broken rule of a request: the field (a JSON path), the rule's name, and a message. Never the submitted value. */
public record FieldError(String field, String rule, String message) {
}
