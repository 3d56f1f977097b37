package fr.renfortrh.needs.domain;

import fr.renfortrh.contracts.reference.FinessKey;
import fr.renfortrh.platform.domain.RuleViolation;

import java.util.Locale;

/**
 * A FINESS number: 9 characters, the 2-character department (2A/2B for Corsica) then digits, the last one a
 * check key over the first eight ({@link FinessKey}).
 */
public final class Finess {

    private Finess() {
    }

    /** The number, upper-cased and stripped of spaces, or a field error saying what is wrong. */
    public static String validate(String field, String raw) {
        String finess = raw == null ? "" : raw.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!finess.matches("(\\d{2}|2A|2B)\\d{7}")) {
            throw new RuleViolation(field, "Un numéro FINESS a 9 caractères : le département (2 chiffres, 2A ou 2B) puis 7 chiffres.");
        }
        if (FinessKey.of(finess.substring(0, 8)) != finess.charAt(8) - '0') {
            throw new RuleViolation(field, "La clé de contrôle du numéro FINESS est fausse : vérifiez le numéro.");
        }
        return finess;
    }
}
