package id.desatumis.contracts.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfig;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import id.desatumis.contracts.OptionalField;

/**
 * The JSON Schema (draft 2020-12) of a contract record as it travels: field names as Jackson writes them (the
 * services publish with Jackson), every field required and non-null unless it is marked {@link OptionalField}.
 */
final class ContractSchemas {

    private static final SchemaGenerator GENERATOR = new SchemaGenerator(configuration());

    private ContractSchemas() {
    }

    static ObjectNode of(PublishedContract contract) {
        ObjectNode schema = GENERATOR.generateSchema(contract.record());
        schema.put("title", contract.ceType());
        return schema;
    }

    private static SchemaGeneratorConfig configuration() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                // int32 against int64: a Java reader of an int breaks on a long, though both are JSON integers
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
                // nested records written out in place, so the comparator follows no $ref
                .with(Option.INLINE_ALL_SCHEMAS);
        builder.forFields()
                .withRequiredCheck(field -> !isOptional(field))
                .withNullableCheck(ContractSchemas::isOptional);
        return builder.build();
    }

    private static boolean isOptional(FieldScope field) {
        return field.getAnnotationConsideringFieldAndGetter(OptionalField.class) != null;
    }
}
