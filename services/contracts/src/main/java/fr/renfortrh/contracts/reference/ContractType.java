package fr.renfortrh.contracts.reference;

public enum ContractType {
    CDD_COURT("CDD court"),
    VACATION("Vacation"),
    MISE_A_DISPOSITION("Mise à disposition");

    private final String label;

    ContractType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
