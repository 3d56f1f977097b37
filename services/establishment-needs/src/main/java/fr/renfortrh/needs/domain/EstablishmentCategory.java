package fr.renfortrh.needs.domain;

/** Kinds of establishment, each in the health (sanitaire) or medico-social sector. */
public enum EstablishmentCategory {
    CHU("Centre hospitalier universitaire", Sector.SANITAIRE),
    CH("Centre hospitalier", Sector.SANITAIRE),
    CLINIQUE("Clinique", Sector.SANITAIRE),
    SMR("Soins médicaux et de réadaptation", Sector.SANITAIRE),
    PSYCHIATRIE("Établissement de santé mentale", Sector.SANITAIRE),
    CENTRE_DE_SANTE("Centre de santé", Sector.SANITAIRE),
    EHPAD("EHPAD", Sector.MEDICO_SOCIAL),
    USLD("Unité de soins de longue durée", Sector.SANITAIRE),
    IME("Institut médico-éducatif", Sector.MEDICO_SOCIAL),
    MAS("Maison d'accueil spécialisée", Sector.MEDICO_SOCIAL),
    FAM("Foyer d'accueil médicalisé", Sector.MEDICO_SOCIAL),
    SSIAD("Service de soins infirmiers à domicile", Sector.MEDICO_SOCIAL),
    PMI("Protection maternelle et infantile", Sector.SANITAIRE);

    public enum Sector { SANITAIRE, MEDICO_SOCIAL }

    private final String label;
    private final Sector sector;

    EstablishmentCategory(String label, Sector sector) {
        this.label = label;
        this.sector = sector;
    }

    public String label() {
        return label;
    }

    public Sector sector() {
        return sector;
    }
}
