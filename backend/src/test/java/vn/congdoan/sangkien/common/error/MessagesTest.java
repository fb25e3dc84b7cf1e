package vn.congdoan.sangkien.common.error;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text a person reads exists in both languages and is never shown with a placeholder left in it. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyKeyHasBothLanguagesWithTheSamePlaceholders() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        assertEquals(new TreeSet<>(vi.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), "keys in vi and en");
        for (String key : vi.stringPropertyNames()) {
            assertEquals(placeholders(vi.getProperty(key)), placeholders(en.getProperty(key)), key);
        }
    }

    @Test
    void everyKeyFilledWithItsArgumentsLeavesNoPlaceholder() throws IOException {
        Properties vi = bundle("vi");
        for (String key : vi.stringPropertyNames()) {
            int arguments = new MessageFormat(vi.getProperty(key)).getFormatsByArgumentIndex().length;
            Object[] values = new Object[arguments];
            for (int i = 0; i < arguments; i++) {
                values[i] = "«" + i + "»";
            }
            for (String text : new String[]{Messages.vi(key, values), Messages.en(key, values)}) {
                assertFalse(PLACEHOLDER.matcher(text).find(), key + ": " + text);
                for (int i = 0; i < arguments; i++) {
                    assertTrue(text.contains("«" + i + "»"), key + " shows argument " + i + ": " + text);
                }
            }
        }
    }

    @Test
    void aTextGivenTooFewArgumentsIsRefusedInTests() {
        // WithinProgramWindow reads "from {0} to {1}": called without its dates it must not reach anyone.
        assertThrows(AssertionError.class, () -> Messages.en("rule.WithinProgramWindow"));
        assertTrue(Messages.en("rule.WithinProgramWindow", "01/01/2022", "31/12/2025").contains("01/01/2022 to 31/12/2025"));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertFalse(texts.isEmpty(), language + " bundle");
        return texts;
    }

}
