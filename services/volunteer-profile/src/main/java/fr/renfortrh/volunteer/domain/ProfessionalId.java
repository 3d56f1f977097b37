package fr.renfortrh.volunteer.domain;

import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Profession.Register;

import java.util.List;

/** RPPS (11 digits, Luhn key) for the professions registered there, ADELI (9 digits) for the others. */
public final class ProfessionalId {

    private ProfessionalId() {
    }

    public static Register registerOf(List<Profession> professions) {
        if (professions.stream().anyMatch(p -> p.register() == Register.RPPS)) {
            return Register.RPPS;
        }
        return professions.stream().anyMatch(p -> p.register() == Register.ADELI) ? Register.ADELI : Register.NONE;
    }

    /** Why the identifier is wrong for these professions, or null if it is fine (a missing one is fine here). */
    public static String problemWith(String id, List<Profession> professions) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return switch (registerOf(professions)) {
            case RPPS -> !id.matches("\\d{11}") ? "Un numéro RPPS a 11 chiffres."
                    : !luhnValid(id) ? "La clé du numéro RPPS est fausse : vérifiez-le." : null;
            case ADELI -> id.matches("\\d{9}") ? null : "Un numéro ADELI a 9 chiffres.";
            case NONE -> "Ces professions n'ont ni numéro RPPS ni numéro ADELI.";
        };
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
