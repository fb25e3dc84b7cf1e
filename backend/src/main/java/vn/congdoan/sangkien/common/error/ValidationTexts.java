package vn.congdoan.sangkien.common.error;

import java.util.Map;

/**
 * Bean Validation speaks one locale per request; the API answers in Vietnamese and English at once,
 * so each built-in rule has its two texts under "rule.&lt;Annotation&gt;": {0} is the rule's min (or value), {1} its max.
 */
final class ValidationTexts {

    private ValidationTexts() {
    }

    static FieldProblem fieldProblem(String field, String rule, Map<String, Object> attributes, String fallback) {
        Object first = attributes.containsKey("min") ? attributes.get("min") : attributes.get("value");
        Object[] args = {first, attributes.get("max")};
        String vi = Messages.vi("rule." + rule, args);
        if (vi.equals("rule." + rule)) {
            return new FieldProblem(field, rule, fallback, fallback);
        }
        return new FieldProblem(field, rule, vi, Messages.en("rule." + rule, args));
    }
}
