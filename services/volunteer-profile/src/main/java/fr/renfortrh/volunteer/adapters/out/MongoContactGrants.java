package fr.renfortrh.volunteer.adapters.out;

import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.platform.events.Projection;
import fr.renfortrh.volunteer.application.ContactGrants;
import fr.renfortrh.volunteer.domain.Disclosure;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoContactGrants implements ContactGrants {

    private static final String GRANTS = "contact_grants";
    private static final String DISCLOSURES = "disclosures";

    private final MongoTemplate mongo;
    private final Projection<EstablishmentSnapshot> establishments;

    MongoContactGrants(MongoTemplate mongo) {
        this.mongo = mongo;
        this.establishments = new Projection<>(mongo, "establishments", EstablishmentSnapshot.class);
        mongo.indexOps(GRANTS).createIndex(new Index("volunteerId", Sort.Direction.ASC));
        mongo.indexOps(DISCLOSURES).createIndex(new Index("volunteerId", Sort.Direction.ASC));
    }

    @Override
    public void grant(String proposalId, String volunteerId, String establishmentId) {
        try {
            mongo.insert(new Document("_id", proposalId).append("volunteerId", volunteerId)
                    .append("establishmentId", establishmentId), GRANTS);
        } catch (DuplicateKeyException alreadyGranted) {
            // a replayed acceptance
        }
    }

    @Override
    public boolean isGranted(String proposalId, String volunteerId, String establishmentId) {
        // not exists(): it counts, an aggregation that the local MongoDB-wire server runs over the whole collection
        return mongo.findOne(Query.query(Criteria.where("_id").is(proposalId).and("volunteerId").is(volunteerId)
                .and("establishmentId").is(establishmentId)), Document.class, GRANTS) != null;
    }

    @Override
    public void upsertEstablishment(EstablishmentSnapshot establishment, long version) {
        establishments.upsertIfNewer(establishment.establishmentId(), version, establishment);
    }

    @Override
    public Optional<EstablishmentSnapshot> establishment(String establishmentId) {
        return establishments.findById(establishmentId);
    }

    @Override
    public void log(Disclosure disclosure) {
        mongo.insert(disclosure, DISCLOSURES);
    }

    @Override
    public List<Disclosure> disclosuresOf(String volunteerId) {
        return mongo.find(Query.query(Criteria.where("volunteerId").is(volunteerId)).with(Sort.by(Sort.Direction.DESC, "at")),
                Disclosure.class, DISCLOSURES);
    }

    @Override
    public List<Grant> grantsOf(String volunteerId) {
        return mongo.find(Query.query(Criteria.where("volunteerId").is(volunteerId)), Document.class, GRANTS).stream()
                .map(d -> new Grant(d.getString("_id"), d.getString("volunteerId"), d.getString("establishmentId")))
                .toList();
    }

    @Override
    public void forget(String volunteerId) {
        mongo.remove(Query.query(Criteria.where("volunteerId").is(volunteerId)), GRANTS);
        mongo.remove(Query.query(Criteria.where("volunteerId").is(volunteerId)), DISCLOSURES);
    }
}
