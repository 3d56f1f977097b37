package fr.renfortrh.volunteer.adapters.out;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.AggregateStore;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.events.OutboxRelay;
import fr.renfortrh.volunteer.application.Volunteers;
import fr.renfortrh.volunteer.application.VolunteersPage;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoVolunteers implements Volunteers {

    static final String COLLECTION = "volunteers";
    private static final String STATUS = AggregateStore.field("status");

    private final AggregateStore<Volunteer> store;

    MongoVolunteers(MongoTemplate mongo, EventOutbox outbox, OutboxRelay relay) {
        this.store = new AggregateStore<>(mongo, outbox, relay, COLLECTION, Topics.VOLUNTEERS, Volunteer.class);
        mongo.indexOps(COLLECTION).createIndex(new Index(STATUS, Sort.Direction.ASC));
    }

    @Override
    public Optional<Versioned<Volunteer>> byId(String volunteerId) {
        return store.findById(volunteerId);
    }

    @Override
    public List<Versioned<Volunteer>> find(VolunteerStatus status, String department, Profession profession) {
        return store.find(oldestFirst(criteriaOf(status, department, profession)));
    }

    @Override
    public VolunteersPage page(VolunteerStatus status, String department, Profession profession, int page, int size) {
        Criteria criteria = criteriaOf(status, department, profession);
        return new VolunteersPage(store.find(oldestFirst(criteria).skip((long) page * size).limit(size)),
                store.count(Query.query(criteria)));
    }

    private static Query oldestFirst(Criteria criteria) {
        return Query.query(criteria).with(Sort.by(AggregateStore.field("submittedAt"), "_id"));
    }

    private static Criteria criteriaOf(VolunteerStatus status, String department, Profession profession) {
        Criteria criteria = status == null
                ? Criteria.where(STATUS).exists(true) // erased volunteers keep no state: not counted
                : Criteria.where(STATUS).is(status.name());
        if (department != null) {
            criteria.and(AggregateStore.field("profile.mobility.departmentsAccepted")).is(department);
        }
        if (profession != null) {
            criteria.and(AggregateStore.field("profile.professions")).is(profession.name());
        }
        return criteria;
    }

    @Override
    public List<Versioned<Volunteer>> all() {
        return store.find(new Query());
    }

    @Override
    public boolean isEmpty() {
        return store.isEmpty();
    }

    @Override
    public Versioned<Volunteer> add(Change<Volunteer> registration) {
        return store.insert(registration.aggregate().id(), registration);
    }

    @Override
    public Versioned<Volunteer> update(String volunteerId, long expectedVersion, Change<Volunteer> change) {
        return store.update(volunteerId, expectedVersion, change);
    }

    @Override
    public void erase(String volunteerId, long expectedVersion, VolunteerWithdrawn tombstone) {
        store.erase(volunteerId, expectedVersion, List.of(tombstone));
    }
}
