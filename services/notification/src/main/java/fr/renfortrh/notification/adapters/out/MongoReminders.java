package fr.renfortrh.notification.adapters.out;

import fr.renfortrh.notification.application.Reminders;
import fr.renfortrh.notification.domain.MissionReminder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One document per mission, removed once its reminder is in the volunteer's inbox. A reminder taken by an instance
 * that stopped before that is taken again after a while: the notification it makes has an id of its own, so a
 * second take never tells the volunteer twice.
 */
@Repository
class MongoReminders implements Reminders {

    private static final String COLLECTION = "reminders";
    private static final String REMIND_AT = "reminder.remindAt";
    private static final String VOLUNTEER_ID = "reminder.volunteerId";
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    /** A reminder as kept: the mission's id, the reminder, and when an instance took it. */
    record Stored(@Id String id, MissionReminder reminder, Instant takenAt) {
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
            mongo.insert(new Stored(reminder.proposalId(), reminder, null), COLLECTION);
        } catch (DuplicateKeyException alreadyScheduled) {
            // the same confirmation read again
        }
    }

    @Override
    public void remove(String proposalId) {
        mongo.remove(Query.query(Criteria.where("_id").is(proposalId)), COLLECTION);
    }

    @Override
    public Optional<MissionReminder> claimDue(Instant now) {
        Query due = Query.query(Criteria.where(REMIND_AT).lte(now).orOperator(Criteria.where("takenAt").is(null),
                Criteria.where("takenAt").lt(now.minus(ABANDONED_AFTER)))).with(Sort.by(REMIND_AT));
        return Optional.ofNullable(mongo.findAndModify(due, new Update().set("takenAt", now),
                FindAndModifyOptions.options().returnNew(true), Stored.class, COLLECTION)).map(Stored::reminder);
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
