package fr.renfortrh.contracts.reference;

/** The check key of a FINESS number: Luhn over its first eight characters, Corsica's 2A and 2B counting as 20. */
public final class FinessKey {

    private FinessKey() {
    }

    public static int of(String firstEight) {
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

    /** The whole number: the first eight characters followed by their key. */
    public static String complete(String firstEight) {
        return firstEight + of(firstEight);
    }
}
