package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.matching.application.Proposals;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.ProposalStatus;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.AggregateStore;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.events.OutboxRelay;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Repository
class MongoProposals implements Proposals {

    static final String COLLECTION = "proposals";
    private static final String NEED_ID = AggregateStore.field("needId");
    private static final String VOLUNTEER_ID = AggregateStore.field("volunteerId");
    private static final String STATUS = AggregateStore.field("status");

    private final MongoTemplate mongo;
    private final AggregateStore<Proposal> store;

    MongoProposals(MongoTemplate mongo, EventOutbox outbox, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(mongo, outbox, relay, COLLECTION, Topics.MATCHING, Proposal.class);
        mongo.indexOps(COLLECTION).createIndex(new Index(NEED_ID, Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index(VOLUNTEER_ID, Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index(STATUS, Sort.Direction.ASC));
    }

    @Override
    public Optional<Versioned<Proposal>> byId(String proposalId) {
        return store.findById(proposalId);
    }

    @Override
    public Versioned<Proposal> addIfAbsent(Change<Proposal> proposal) {
        String id = proposal.aggregate().id();
        try {
            return store.insert(id, proposal);
        } catch (DuplicateKeyException alreadyProposed) {
            return store.findById(id).orElseThrow();
        }
    }

    @Override
    public Versioned<Proposal> update(String proposalId, long expectedVersion, Change<Proposal> change) {
        return store.update(proposalId, expectedVersion, change);
    }

    @Override
    public List<Versioned<Proposal>> ofNeed(String needId) {
        return store.find(Query.query(Criteria.where(NEED_ID).is(needId)));
    }

    @Override
    public List<Versioned<Proposal>> ofVolunteer(String volunteerId) {
        return store.find(Query.query(Criteria.where(VOLUNTEER_ID).is(volunteerId)));
    }

    @Override
    public List<Versioned<Proposal>> unansweredBy(Instant now) {
        return store.find(Query.query(Criteria.where(STATUS).is(ProposalStatus.CONTACT_REQUESTED.name())
                .and(AggregateStore.field("expiresAt")).lte(now)));
    }

    @Override
    public List<Versioned<Proposal>> withStatus(ProposalStatus status) {
        return store.find(Query.query(Criteria.where(STATUS).is(status.name())));
    }

    @Override
    public List<Versioned<Proposal>> withFeedback() {
        return store.find(new Query(new Criteria().orOperator(
                Criteria.where(AggregateStore.field("establishmentFeedback")).ne(null),
                Criteria.where(AggregateStore.field("volunteerFeedback")).ne(null))));
    }

    @Override
    public void eraseVolunteer(String volunteerId) {
        mongo.remove(Query.query(Criteria.where(VOLUNTEER_ID).is(volunteerId)), COLLECTION);
    }

    @Override
    public List<Versioned<Proposal>> contacted() {
        return store.find(Query.query(Criteria.where(STATUS).in(Arrays.stream(ProposalStatus.values())
                .filter(status -> status != ProposalStatus.PROPOSED).map(Enum::name).toList())));
    }
}
