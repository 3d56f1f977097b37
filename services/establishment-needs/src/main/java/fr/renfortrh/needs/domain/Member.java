package fr.renfortrh.needs.domain;

import fr.renfortrh.contracts.events.ContactPointChanged;

/** A staff member acting for the establishment; an admin also manages colleagues. */
public record Member(String accountId, String email, String name, boolean admin) {

    /** Staff are reached by email (their Keycloak account's). */
    public ContactPointChanged contactPoint() {
        return new ContactPointChanged(accountId, email, name, null, ContactPointChanged.Channel.EMAIL);
    }
}
