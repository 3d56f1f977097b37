package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.matching.application.Proposals;
import fr.renfortrh.matching.domain.Proposal;
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

import java.util.List;

@Repository
class MongoProposals implements Proposals {

    static final String COLLECTION = "proposals";
    private static final String NEED_ID = AggregateStore.field("needId");
    private static final String VOLUNTEER_ID = AggregateStore.field("candidate.volunteerId");

    private final MongoTemplate mongo;
    private final AggregateStore<Proposal> store;

    MongoProposals(MongoTemplate mongo, EventOutbox outbox, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(mongo, outbox, relay, COLLECTION, Topics.MATCHING, Proposal.class);
        mongo.indexOps(COLLECTION).createIndex(new Index(NEED_ID, Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index(VOLUNTEER_ID, Sort.Direction.ASC));
    }

    @Override
    public void addIfAbsent(Change<Proposal> proposal) {
        try {
            store.insert(proposal.aggregate().id(), proposal);
        } catch (DuplicateKeyException alreadyProposed) {
            // a replayed event proposes the same volunteer again: the first proposal stands
        }
    }

    @Override
    public List<Proposal> ofNeed(String needId) {
        return store.find(Query.query(Criteria.where(NEED_ID).is(needId))).stream().map(Versioned::aggregate).toList();
    }

    @Override
    public void withdrawAllOf(String volunteerId) {
        mongo.remove(Query.query(Criteria.where(VOLUNTEER_ID).is(volunteerId)), COLLECTION);
    }
}
