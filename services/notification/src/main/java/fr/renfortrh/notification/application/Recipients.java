package fr.renfortrh.notification.application;

import fr.renfortrh.notification.domain.Recipient;

import java.util.Optional;

/** How to reach each person, from the contact-points topic (port). */
public interface Recipients {

    /** @return true if this version was newer and is now stored */
    boolean upsertIfNewer(Recipient recipient, long version);

    void removeIfNewer(String accountId, long version);

    Optional<Recipient> byId(String accountId);
}
