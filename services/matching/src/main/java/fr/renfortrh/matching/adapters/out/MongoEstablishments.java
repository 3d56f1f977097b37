package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.matching.application.Establishments;
import fr.renfortrh.platform.events.Projection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class MongoEstablishments implements Establishments {

    private final Projection<EstablishmentSnapshot> projection;

    MongoEstablishments(MongoTemplate mongo) {
        this.projection = new Projection<>(mongo, "establishments", EstablishmentSnapshot.class);
    }

    @Override
    public boolean upsertIfNewer(EstablishmentSnapshot establishment, long version) {
        return projection.upsertIfNewer(establishment.establishmentId(), version, establishment);
    }

    @Override
    public Optional<EstablishmentSnapshot> byId(String establishmentId) {
        return projection.findById(establishmentId);
    }

    @Override
    public boolean hasStaffMember(String establishmentId, String accountId) {
        return !projection.find(Query.query(Criteria.where("_id").is(establishmentId)
                .and(Projection.field("staffAccountIds")).is(accountId))).isEmpty();
    }
}
