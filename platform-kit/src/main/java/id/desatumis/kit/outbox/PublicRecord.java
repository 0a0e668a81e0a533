package id.desatumis.kit.outbox;

/** The public form of a stored event: where it goes, its CloudEvents type, and its contract payload. */
public record PublicRecord(String topic, String cloudEventType, byte[] payload) {
}
