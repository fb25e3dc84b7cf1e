package vn.congdoan.sangkien.common.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import vn.congdoan.sangkien.common.error.TextRuleException;
import vn.congdoan.sangkien.common.text.TextInput;

import java.io.IOException;

/**
 * How JSON is read and written, for every body:
 * <ul>
 * <li>a body is one JSON value: {@code {…}xyz} is refused, not read up to the brace;</li>
 * <li>a text field takes a JSON string only ({@code "title": 123} is refused, not stored as "123"), obeying
 * {@link TextInput}'s rules, and is kept in NFC;</li>
 * <li>properties are read and written through generated lambdas (Blackbird) instead of reflection: writing a dossier
 * was a fifth of a by-id read's Java time, much of it in {@code Method.invoke} (bench/README.md).</li>
 * </ul>
 */
@Singleton
public class JsonSetup implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("text-input").addDeserializer(String.class, new TextDeserializer()));
        mapper.registerModule(new BlackbirdModule());
    }

    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            String broken = TextInput.brokenRule(text);
            if (broken != null) {
                throw new TextRuleException(parser, broken);
            }
            return TextInput.composed(text);
        }
    }
}
