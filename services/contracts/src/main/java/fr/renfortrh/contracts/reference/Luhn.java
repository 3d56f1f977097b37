package fr.renfortrh.contracts.reference;

/** The Luhn check digit, as RPPS and FINESS numbers use it. */
public final class Luhn {

    private Luhn() {
    }

    /** The digit to append to {@code digits} so that the whole passes {@link #isValid}. */
    public static int checkDigit(String digits) {
        return (10 - sum(digits + "0") % 10) % 10;
    }

    /** Whether a number of digits ends with the right check digit. */
    public static boolean isValid(String digits) {
        return sum(digits) % 10 == 0;
    }

    private static int sum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum;
    }
}
