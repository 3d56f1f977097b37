package fr.renfortrh.notification.adapters.out;

import fr.renfortrh.notification.application.Reminders;
import fr.renfortrh.notification.domain.MissionReminder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/**
 * One document per mission, removed once its reminder is in the volunteer's inbox. An instance stopped before that
 * leaves it due, so the next run hands it over again: the notification's id derives from the mission, so the volunteer
 * is still told once.
 */
@Repository
class MongoReminders implements Reminders {

    private static final String COLLECTION = "reminders";
    private static final String REMIND_AT = "reminder.remindAt";
    private static final String VOLUNTEER_ID = "reminder.volunteerId";
    /** A reminder as kept, under its mission's id. */
    record Stored(@Id String id, MissionReminder reminder) {
    }

    private final MongoTemplate mongo;

    MongoReminders(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index(REMIND_AT, Sort.Direction.ASC));
        indexes.createIndex(new Index(VOLUNTEER_ID, Sort.Direction.ASC));
    }

    @Override
    public void schedule(MissionReminder reminder) {
        try {
            mongo.insert(new Stored(reminder.proposalId(), reminder), COLLECTION);
        } catch (DuplicateKeyException alreadyScheduled) {
            // the same confirmation read again
        }
    }

    @Override
    public void remove(String proposalId) {
        mongo.remove(Query.query(Criteria.where("_id").is(proposalId)), COLLECTION);
    }

    @Override
    public List<MissionReminder> due(Instant now) {
        return mongo.find(Query.query(Criteria.where(REMIND_AT).lte(now)).with(Sort.by(REMIND_AT)), Stored.class, COLLECTION)
                .stream().map(Stored::reminder).toList();
    }

    @Override
    public List<MissionReminder> of(String volunteerId) {
        return mongo.find(Query.query(Criteria.where(VOLUNTEER_ID).is(volunteerId)), Stored.class, COLLECTION).stream()
                .map(Stored::reminder).toList();
    }

    @Override
    public void forget(String volunteerId) {
        mongo.remove(Query.query(Criteria.where(VOLUNTEER_ID).is(volunteerId)), COLLECTION);
    }
}
