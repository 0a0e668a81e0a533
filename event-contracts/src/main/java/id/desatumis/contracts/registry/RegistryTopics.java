package id.desatumis.contracts.registry;

/** The topics registry-service writes; the record key is the stream id ({@code household-<uuid>}). */
public final class RegistryTopics {
    public static final String SOURCE = "/desatumis/registry";
    public static final String HOUSEHOLD = "desatumis.registry.household.v1";

    private RegistryTopics() {
    }
}
