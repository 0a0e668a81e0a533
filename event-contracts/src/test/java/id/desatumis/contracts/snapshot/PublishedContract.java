package id.desatumis.contracts.snapshot;

/** One public event type and version: its record and its CloudEvent type, which names its snapshot file. */
record PublishedContract(Class<?> record, String ceType) {

    String snapshotFileName() {
        return ceType + ".schema.json";
    }
}
