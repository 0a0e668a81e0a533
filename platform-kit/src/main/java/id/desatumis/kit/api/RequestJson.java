package id.desatumis.kit.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The JSON mapper of request and response bodies: the application's, plus one rule for every text a client sends. A
 * text holds no control character but tab and line breaks: a NUL cannot be stored in PostgreSQL's jsonb (a 500 where a
 * field is kept in clear), and an escape or a backspace in a name or an address is never what was meant. Only REST
 * bodies are read this way; the events a service reads back from its store or from Kafka keep the plain mapper, so
 * data stored before this rule stays readable.
 */
@Provider
public class RequestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    public RequestJson(ObjectMapper application) {
        this.mapper = application.copy().registerModule(new SimpleModule("request-text")
                .addDeserializer(String.class, new PlainText())
                .addDeserializer(JsonNode.class, new PlainTextTree()));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /** Whether the text holds a control character other than tab, line feed and carriage return. */
    public static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    /** Thrown with the field's path, so that the problem names the field. */
    public static final class ControlCharacterInText extends JsonMappingException {
        ControlCharacterInText(JsonParser parser) {
            super(parser, "a text holds a control character");
        }
    }

    /** A body read as a tree (a DCI envelope): every text in it, at any depth, follows the same rule. */
    private static final class PlainTextTree extends StdDeserializer<JsonNode> {
        PlainTextTree() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(parser, context);
            check(tree, parser);
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return null;
        }

        private static void check(JsonNode node, JsonParser parser) throws ControlCharacterInText {
            if (node.isTextual() && hasControlCharacter(node.textValue())) throw new ControlCharacterInText(parser);
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        check(node.get(i), parser);
                    } catch (ControlCharacterInText e) {
                        e.prependPath(node, i);
                        throw e;
                    }
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    try {
                        check(field.getValue(), parser);
                    } catch (ControlCharacterInText e) {
                        e.prependPath(node, field.getKey());
                        throw e;
                    }
                }
            }
        }
    }

    private static final class PlainText extends StdScalarDeserializer<String> {
        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && hasControlCharacter(text)) {
                throw new ControlCharacterInText(parser);
            }
            return text;
        }
    }
}
