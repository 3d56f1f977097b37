package fr.renfortrh.needs.domain;

import fr.renfortrh.platform.domain.RuleViolation;

import java.util.Locale;

/**
 * A FINESS number: 9 characters, the 2-character department (2A/2B for Corsica) then digits, the last one a
 * Luhn check key over the first eight, Corsican departments counting as "20" for the key.
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
        if (keyOf(finess.substring(0, 8)) != finess.charAt(8) - '0') {
            throw new RuleViolation(field, "La clé de contrôle du numéro FINESS est fausse : vérifiez le numéro.");
        }
        return finess;
    }

    /** The Luhn check digit of the first eight characters. */
    public static int keyOf(String firstEight) {
        String digits = firstEight.replace("2A", "20").replace("2B", "20");
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
