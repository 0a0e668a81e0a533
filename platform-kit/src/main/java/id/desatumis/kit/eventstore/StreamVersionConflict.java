package id.desatumis.kit.eventstore;

/** The stream was not at the expected version: another writer got there first. */
public final class StreamVersionConflict extends RuntimeException {
    private final String streamId;
    private final long expectedVersion;
    private final long actualVersion;

    public StreamVersionConflict(String streamId, long expectedVersion, long actualVersion) {
        super("stream " + streamId + " is at version " + actualVersion + ", expected " + expectedVersion);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String streamId() { return streamId; }
    public long expectedVersion() { return expectedVersion; }
    public long actualVersion() { return actualVersion; }
}
