package id.desatumis.kit.api.openapi;

import id.desatumis.kit.api.ProblemResponses;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.math.BigDecimal;
import java.util.List;

/**
 * The problem-details body (RFC 9457) every refusal carries, as {@link ProblemResponses} writes it: the problem's type
 * (a page under {@code /problems/}), its title and status, a detail, the request's correlation id, and for a broken
 * rule the list of fields with the rule each breaks. Named {@code Problem} in the document's components.
 */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    private static final String REF_PREFIX = "#/components/schemas/";

    private ProblemSchemas() {
    }

    static void addTo(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FIELD_ERROR)) {
            components.addSchema(FIELD_ERROR, OASFactory.createSchema().addType(SchemaType.OBJECT)
                    .description("One broken rule: the field, as a JSON path into the request, and the rule's name. "
                            + "Never the submitted value.")
                    .addProperty("field", text("The field, as a JSON path (members[0].nik) or a parameter's name", "members[0].nik"))
                    .addProperty("rule", text("The rule's name, stable for clients to act on", "nik-format"))
                    .addProperty("message", text("The rule in words", "must be 16 digits"))
                    .required(List.of("field", "rule", "message")));
        }
        if (components.getSchemas().containsKey(PROBLEM)) return;
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("A refusal, as RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference")
                        .description("The problem's kind: a page that explains it").examples(List.of("/problems/validation-failed")))
                .addProperty("title", text("The kind in words", "The request breaks one or more rules"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599))
                        .description("The HTTP status").examples(List.of(400)))
                .addProperty("detail", text("This occurrence in words", "members[0].nik: must be 16 digits"))
                .addProperty("correlationId", text("The request's correlation id, for support", "6f1c2b1e-52d4-4f4e-9a51-1c0d2f2a7e10"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("For a broken rule: every field and the rule it breaks")
                        .items(OASFactory.createSchema().ref(REF_PREFIX + FIELD_ERROR)))
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(Boolean.TRUE));
    }

    /** Gives a refusal the problem body, unless the operation declared its own content. */
    static void describe(APIResponse response) {
        if (response.getContent() != null && response.getContent().getMediaTypes() != null
                && !response.getContent().getMediaTypes().isEmpty()) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF_PREFIX + PROBLEM)));
        response.setContent(content);
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("Refused: the problem says why");
        }
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description).examples(List.of(example));
    }
}
