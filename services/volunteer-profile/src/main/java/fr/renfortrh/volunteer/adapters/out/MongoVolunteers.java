package fr.renfortrh.volunteer.adapters.out;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.AggregateStore;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.events.OutboxRelay;
import fr.renfortrh.volunteer.application.VolunteerFilter;
import fr.renfortrh.volunteer.application.Volunteers;
import fr.renfortrh.volunteer.application.VolunteersPage;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

@Repository
class MongoVolunteers implements Volunteers {

    static final String COLLECTION = "volunteers";
    private static final String STATUS = AggregateStore.field("status");
    // ties broken by id, so that no volunteer shows on two pages
    private static final Sort OLDEST_SUBMISSION_FIRST = Sort.by(AggregateStore.field("submittedAt"), "_id");
    private static final Sort NEWEST_REGISTRATION_FIRST = Sort.by(Sort.Direction.DESC, AggregateStore.field("registeredAt"), "_id");
    private static final String FIRST_NAME = AggregateStore.field("identity.firstName");
    private static final String LAST_NAME = AggregateStore.field("identity.lastName");
    /** Letters and their accented forms in French names, both cases. */
    private static final Map<Integer, String> ACCENTED = Map.of(
            (int) 'a', "aàâäAÀÂÄ", (int) 'c', "cçCÇ", (int) 'e', "eéèêëEÉÈÊË", (int) 'i', "iîïIÎÏ",
            (int) 'o', "oôöOÔÖ", (int) 'u', "uùûüUÙÛÜ", (int) 'y', "yÿYŸ", (int) 'n', "nñNÑ");

    private final AggregateStore<Volunteer> store;

    MongoVolunteers(MongoTemplate mongo, EventOutbox outbox, OutboxRelay relay) {
        this.store = new AggregateStore<>(mongo, outbox, relay, COLLECTION, Topics.VOLUNTEERS, Volunteer.class);
        mongo.indexOps(COLLECTION).createIndex(new Index(STATUS, Sort.Direction.ASC));
        // pages are read in these orders: a real MongoDB sorts a large base by index, not in its limited memory
        mongo.indexOps(COLLECTION).createIndex(new Index().on(AggregateStore.field("submittedAt"), Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(AggregateStore.field("registeredAt"), Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
    }

    @Override
    public Optional<Versioned<Volunteer>> byId(String volunteerId) {
        return store.findById(volunteerId);
    }

    @Override
    public List<Versioned<Volunteer>> find(VolunteerFilter filter) {
        return store.find(Query.query(criteriaOf(filter)).with(OLDEST_SUBMISSION_FIRST));
    }

    @Override
    public VolunteersPage queue(VolunteerFilter filter, int page, int size) {
        return page(filter, OLDEST_SUBMISSION_FIRST, page, size);
    }

    @Override
    public VolunteersPage search(VolunteerFilter filter, int page, int size) {
        return page(filter, NEWEST_REGISTRATION_FIRST, page, size);
    }

    private VolunteersPage page(VolunteerFilter filter, Sort order, int page, int size) {
        Criteria criteria = criteriaOf(filter);
        return new VolunteersPage(store.find(Query.query(criteria).with(order).skip((long) page * size).limit(size)),
                store.count(Query.query(criteria)));
    }

    private static Criteria criteriaOf(VolunteerFilter filter) {
        Criteria criteria = filter.status() == null
                ? Criteria.where(STATUS).exists(true) // erased volunteers keep no state: not counted
                : Criteria.where(STATUS).is(filter.status().name());
        if (filter.name() != null) { // each word within the first or the last name
            criteria.andOperator(Arrays.stream(filter.name().split("\\s+")).map(MongoVolunteers::accentBlind)
                    .map(word -> new Criteria().orOperator(Criteria.where(FIRST_NAME).regex(word, "i"),
                            Criteria.where(LAST_NAME).regex(word, "i")))
                    .toArray(Criteria[]::new));
        }
        if (filter.department() != null) {
            criteria.and(AggregateStore.field("profile.mobility.departmentsAccepted")).is(filter.department());
        }
        if (filter.profession() != null) {
            criteria.and(AggregateStore.field("profile.professions")).is(filter.profession().name());
        }
        return criteria;
    }

    /**
     * A pattern matching the text whatever its accents: each letter stands for itself with or without them
     * ("helene" and "Hélène" both find Hélène), everything else literally.
     */
    private static String accentBlind(String text) {
        StringBuilder pattern = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").codePoints().forEach(c -> {
            String variants = ACCENTED.get(Character.toLowerCase(c));
            pattern.append(variants != null ? "[" + variants + "]" : Pattern.quote(Character.toString(c)));
        });
        return pattern.toString();
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
