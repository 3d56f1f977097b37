package fr.renfortrh.notification.adapters.out;

import fr.renfortrh.notification.application.Recipients;
import fr.renfortrh.notification.domain.Recipient;
import fr.renfortrh.platform.events.Projection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * Versions are those of the aggregate that announced the contact point (a volunteer's profile, or the
 * establishment a staff member joined); a staff member's contact point is the same whichever announced it.
 */
@Repository
class MongoRecipients implements Recipients {

    private final Projection<Recipient> projection;

    MongoRecipients(MongoTemplate mongo) {
        this.projection = new Projection<>(mongo, "recipients", Recipient.class);
    }

    @Override
    public boolean upsertIfNewer(Recipient recipient, long version) {
        return projection.upsertIfNewer(recipient.accountId(), version, recipient);
    }

    @Override
    public void removeIfNewer(String accountId, long version) {
        projection.removeIfNewer(accountId, version);
    }

    @Override
    public Optional<Recipient> byId(String accountId) {
        return projection.findById(accountId);
    }
}
