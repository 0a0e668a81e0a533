package id.desatumis.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a contract field that a producer may leave null (or out): every reader must handle its absence. Every field
 * without it is required: present and non-null in every event published. The released JSON Schemas
 * (contract-snapshots) say the same: an optional field is left out of {@code required} and its type admits null.
 * <p>
 * Only a field added to a released contract, or one that never carries a value for some events, is optional; a field
 * never changes between optional and required once released (old events stay on the topics forever).
 * A plain annotation of our own, so the contracts keep depending on nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
// FIELD too, so that on a record component it also reaches the record's private field, which schema tools inspect
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface OptionalField {
}
