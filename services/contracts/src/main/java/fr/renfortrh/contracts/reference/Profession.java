package fr.renfortrh.contracts.reference;

/** Health professions volunteers hold and needs ask for, with their French label and national register. */
public enum Profession {
    MEDECIN("Médecin", Register.RPPS),
    INTERNE("Interne en médecine", Register.RPPS),
    INFIRMIER("Infirmier diplômé d'État (IDE)", Register.RPPS),
    IADE("Infirmier anesthésiste (IADE)", Register.RPPS),
    IBODE("Infirmier de bloc opératoire (IBODE)", Register.RPPS),
    PUERICULTRICE("Puéricultrice", Register.RPPS),
    AIDE_SOIGNANT("Aide-soignant", Register.NONE),
    AUXILIAIRE_PUERICULTURE("Auxiliaire de puériculture", Register.NONE),
    ASH("Agent de service hospitalier (ASH)", Register.NONE),
    SAGE_FEMME("Sage-femme", Register.RPPS),
    MASSEUR_KINESITHERAPEUTE("Masseur-kinésithérapeute", Register.RPPS),
    MANIPULATEUR_ERM("Manipulateur en électroradiologie médicale", Register.ADELI),
    PHARMACIEN("Pharmacien", Register.RPPS),
    PREPARATEUR_PHARMACIE("Préparateur en pharmacie", Register.NONE),
    PSYCHOLOGUE("Psychologue", Register.ADELI),
    AES("Accompagnant éducatif et social (AES)", Register.NONE),
    ETUDIANT_SANTE("Étudiant en santé", Register.NONE);

    /** The national register that identifies a professional of this kind. */
    public enum Register { RPPS, ADELI, NONE }

    private final String label;
    private final Register register;

    Profession(String label, Register register) {
        this.label = label;
        this.register = register;
    }

    public String label() {
        return label;
    }

    public Register register() {
        return register;
    }
}
