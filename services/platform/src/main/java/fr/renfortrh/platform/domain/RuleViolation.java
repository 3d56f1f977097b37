package fr.renfortrh.platform.domain;

import java.util.List;

/** Input that breaks a business rule; answered 400 with one message per field. Plain Java, for domain code. */
public class RuleViolation extends RuntimeException {

    public record FieldMessage(String field, String message) {
    }

    private final List<FieldMessage> errors;

    public RuleViolation(String field, String message) {
        this(List.of(new FieldMessage(field, message)));
    }

    public RuleViolation(List<FieldMessage> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.getFirst().field() + ": " + errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldMessage> errors() {
        return errors;
    }
}
