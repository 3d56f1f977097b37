package fr.renfortrh.contracts.reference;

/** Kinds of service a professional has worked in and a need is for. */
public enum UnitType {
    URGENCES("Urgences"),
    REANIMATION("Réanimation / soins critiques"),
    BLOC("Bloc opératoire"),
    MEDECINE("Médecine"),
    CHIRURGIE("Chirurgie"),
    GERIATRIE("Gériatrie"),
    PEDIATRIE("Pédiatrie"),
    MATERNITE("Maternité / obstétrique"),
    PSYCHIATRIE("Psychiatrie"),
    EHPAD("EHPAD"),
    HANDICAP("Handicap (IME, MAS, FAM)"),
    SSR("Soins de suite et de réadaptation"),
    DOMICILE("Domicile (SSIAD, HAD)"),
    PMI("PMI / santé publique");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
