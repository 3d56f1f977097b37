package fr.renfortrh.notification.adapters.out;

import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.notification.application.NeedsAndEstablishments;
import fr.renfortrh.platform.events.Projection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class MongoNeedsAndEstablishments implements NeedsAndEstablishments {

    private final Projection<NeedSnapshot> needs;
    private final Projection<EstablishmentSnapshot> establishments;

    MongoNeedsAndEstablishments(MongoTemplate mongo) {
        this.needs = new Projection<>(mongo, "needs", NeedSnapshot.class);
        this.establishments = new Projection<>(mongo, "establishments", EstablishmentSnapshot.class);
    }

    @Override
    public void upsertNeedIfNewer(NeedSnapshot need, long version) {
        needs.upsertIfNewer(need.needId(), version, need);
    }

    @Override
    public void upsertEstablishmentIfNewer(EstablishmentSnapshot establishment, long version) {
        establishments.upsertIfNewer(establishment.establishmentId(), version, establishment);
    }

    @Override
    public Optional<NeedSnapshot> need(String needId) {
        return needs.findById(needId);
    }

    @Override
    public Optional<EstablishmentSnapshot> establishment(String establishmentId) {
        return establishments.findById(establishmentId);
    }
}
