package fr.renfortrh.contracts.reference;

public enum Urgency {
    CRITICAL("Critique"),
    HIGH("Élevée"),
    NORMAL("Normale");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
