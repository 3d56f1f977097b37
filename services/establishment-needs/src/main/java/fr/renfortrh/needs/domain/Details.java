package fr.renfortrh.needs.domain;

/** What an establishment says about itself. */
public record Details(String name, LegalStatus legalStatus, EstablishmentCategory category, String address,
                      String communeInsee, String ght, String phone) {
}
