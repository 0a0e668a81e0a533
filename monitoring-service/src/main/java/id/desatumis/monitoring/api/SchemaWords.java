package id.desatumis.monitoring.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Describes, in the OpenAPI document, the answers' records that live outside {@code api}: the figures of
 * {@code domain} (plain Java, which may carry no OpenAPI annotation: ArchitectureRules), {@code application} and
 * {@code persistence}. A schema or property named here that a document lacks is passed over: Quarkus runs the filter
 * on more than one model while it builds (in a test build, one without some components), so it cannot refuse one;
 * OpenApiDocumentTest holds the served document to its words (no field without a description). The words themselves
 * are in {@link FigureWords} and {@link ActorWords}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SchemaWords implements OASFilter {

    static final String DESA_CODE = "^33\\.14\\.[0-9]{2}\\.[0-9]{4}$";
    static final String AREA_CODE = "^33\\.14(\\.[0-9]{2}(\\.[0-9]{4})?)?$";
    static final List<Object> NEED_KINDS = List.of("HOUSE_REPAIR", "ELECTRICITY", "SANITATION", "EDUCATION",
            "HEALTH_COVER", "BUSINESS_CAPITAL", "SKILLS_TRAINING", "FOOD_ASSISTANCE");
    static final List<Object> PARTNER_TYPES = List.copyOf(ReadParams.PARTNER_TYPES);
    static final List<Object> FORUM_TYPES = List.of("MUSYAWARAH_DESA", "MUSYAWARAH_KECAMATAN", "TKPKD_COORDINATION");
    static final List<Object> ACTOR_GROUPS = List.of("GOVERNMENT", "VILLAGE", "CSR_BUMN_BUMD", "ZAKAT", "NGO",
            "UNIVERSITY", "COMMUNITY", "UNKNOWN");

    private final Map<String, Described> schemas = new LinkedHashMap<>();

    public SchemaWords() {
        FigureWords.addTo(this);
        ActorWords.addTo(this);
    }

    /** Starts the words of one component schema (a null description keeps the record's own). */
    Described schema(String name, String description) {
        Described d = new Described(description);
        schemas.put(name, d);
        return d;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) return;
        Map<String, Schema> all = openAPI.getComponents().getSchemas();
        schemas.forEach((name, words) -> {
            Schema schema = all.get(name);
            if (schema == null) return;
            if (words.description != null) schema.setDescription(words.description);
            words.properties.forEach((property, apply) -> {
                Schema p = schema.getProperties() == null ? null : schema.getProperties().get(property);
                if (p != null) apply.accept(p);
            });
        });
    }

    /** One schema's words: its description and its properties'. */
    static final class Described {
        private final String description;
        private final Map<String, Consumer<Schema>> properties = new LinkedHashMap<>();

        private Described(String description) {
            this.description = description;
        }

        /** A property with its description and an example (null: none). */
        Described p(String name, String description, Object example) {
            return p(name, description, example, s -> { });
        }

        /** A property with its description, an example, and more (an enum, a pattern, a minimum). */
        Described p(String name, String description, Object example, Consumer<Schema> more) {
            properties.put(name, s -> {
                s.setDescription(description);
                if (example != null) s.setExamples(List.of(example));
                more.accept(s);
            });
            return this;
        }

        /** More words on the items of an array property described by its record's annotations. */
        Described items(String name, Consumer<Schema> words) {
            properties.put(name, s -> words.accept(s.getItems()));
            return this;
        }

        /** A whole-number count: never negative. */
        Described count(String name, String description, long example) {
            return p(name, description, example, s -> s.setMinimum(BigDecimal.ZERO));
        }
    }

    static Consumer<Schema> oneOf(List<Object> values) {
        return s -> s.setEnumeration(new ArrayList<>(values));
    }

    static Consumer<Schema> pattern(String regex) {
        return s -> s.setPattern(regex);
    }
}
