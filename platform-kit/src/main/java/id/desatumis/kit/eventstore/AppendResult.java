package id.desatumis.kit.eventstore;

/** The stream's version after an append. */
public record AppendResult(String streamId, long version) {
}
