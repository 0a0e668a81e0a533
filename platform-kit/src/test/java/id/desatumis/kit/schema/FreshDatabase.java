package id.desatumis.kit.schema;

/** An empty database, as a service meets it on its first start. */
public class FreshDatabase extends SchemaTestDatabase {

    static final String NAME = "kit_schema_fresh";

    @Override
    String database() {
        return NAME;
    }
}
