package fr.renfortrh.contracts.reference;

/** The check key of a FINESS number: Luhn over its first eight characters, Corsica's 2A and 2B counting as 20. */
public final class FinessKey {

    private FinessKey() {
    }

    public static int of(String firstEight) {
        return Luhn.checkDigit(firstEight.replace("2A", "20").replace("2B", "20"));
    }

    /** The whole number: the first eight characters followed by their key. */
    public static String complete(String firstEight) {
        return firstEight + of(firstEight);
    }
}
