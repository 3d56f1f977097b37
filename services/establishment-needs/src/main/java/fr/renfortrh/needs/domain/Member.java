package fr.renfortrh.needs.domain;

/** A staff member acting for the establishment; an admin also manages colleagues. */
public record Member(String accountId, String email, String name, boolean admin) {
}
