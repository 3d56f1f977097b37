package fr.renfortrh.contracts.reference;

import java.util.Arrays;
import java.util.Optional;

/** The five departments of Normandy, by INSEE code. */
public enum Department {
    CALVADOS("14", "Calvados"),
    EURE("27", "Eure"),
    MANCHE("50", "Manche"),
    ORNE("61", "Orne"),
    SEINE_MARITIME("76", "Seine-Maritime");

    private final String code;
    private final String label;

    Department(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Department> byCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
