package id.desatumis.kit.eventstore;

/** The first place where a stream's hash chain does not hold, and why. */
public record BrokenLink(String streamId, long version, long globalPosition, String reason) {
}
