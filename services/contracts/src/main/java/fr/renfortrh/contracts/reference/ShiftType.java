package fr.renfortrh.contracts.reference;

public enum ShiftType {
    JOUR("Jour"),
    NUIT("Nuit"),
    WEEK_END("Week-end"),
    DOUZE_HEURES("12 h");

    private final String label;

    ShiftType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
