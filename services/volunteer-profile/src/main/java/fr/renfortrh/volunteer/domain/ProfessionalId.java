package fr.renfortrh.volunteer.domain;

import fr.renfortrh.contracts.reference.Luhn;
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
                    : !Luhn.isValid(id) ? "La clé du numéro RPPS est fausse : vérifiez-le." : null;
            case ADELI -> id.matches("\\d{9}") ? null : "Un numéro ADELI a 9 chiffres.";
            case NONE -> "Ces professions n'ont ni numéro RPPS ni numéro ADELI.";
        };
    }
}
