package vn.congdoan.sangkien.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON text value that breaks one of TextInput's rules; Jackson adds the field's path on its way out. */
public class TextRuleException extends MismatchedInputException {

    private final String rule;

    public TextRuleException(JsonParser parser, String rule) {
        super(parser, "text breaks rule " + rule, String.class);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
