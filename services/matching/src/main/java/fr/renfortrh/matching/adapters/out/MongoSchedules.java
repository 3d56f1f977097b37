package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.matching.application.Schedules;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.AggregateStore;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.events.OutboxRelay;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Repository
class MongoSchedules implements Schedules {

    private static final String COLLECTION = "schedules";

    private final MongoTemplate mongo;
    private final AggregateStore<VolunteerSchedule> store;

    MongoSchedules(MongoTemplate mongo, EventOutbox outbox, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(mongo, outbox, relay, COLLECTION, Topics.MATCHING, VolunteerSchedule.class);
    }

    @Override
    public Versioned<VolunteerSchedule> of(String volunteerId) {
        return store.findById(volunteerId).orElseGet(() -> new Versioned<>(VolunteerSchedule.empty(volunteerId), -1));
    }

    @Override
    public Map<String, VolunteerSchedule> of(Collection<String> volunteerIds) {
        return store.find(Query.query(Criteria.where("_id").in(volunteerIds))).stream()
                .map(Versioned::aggregate)
                .collect(Collectors.toMap(VolunteerSchedule::volunteerId, Function.identity()));
    }

    @Override
    public Versioned<VolunteerSchedule> save(long expectedVersion, VolunteerSchedule schedule) {
        if (expectedVersion >= 0) {
            return store.update(schedule.volunteerId(), expectedVersion, Change.of(schedule));
        }
        try {
            return store.insert(schedule.volunteerId(), Change.of(schedule));
        } catch (DuplicateKeyException createdConcurrently) {
            throw new OptimisticLockingFailureException("Schedule of " + schedule.volunteerId() + " created concurrently");
        }
    }

    @Override
    public void erase(String volunteerId) {
        mongo.remove(Query.query(Criteria.where("_id").is(volunteerId)), COLLECTION);
    }
}
