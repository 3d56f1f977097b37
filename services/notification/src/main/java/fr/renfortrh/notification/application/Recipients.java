package fr.renfortrh.notification.application;

import fr.renfortrh.notification.domain.Recipient;

import java.util.Optional;

/** How to reach each person, from the contact-points topic (port). */
public interface Recipients {

    void upsertIfNewer(Recipient recipient, long version);

    void removeIfNewer(String accountId, long version);

    Optional<Recipient> byId(String accountId);
}
