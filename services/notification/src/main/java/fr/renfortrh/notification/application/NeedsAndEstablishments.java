package fr.renfortrh.notification.application;

import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.contracts.events.NeedSnapshot;

import java.util.Optional;

/** The needs and establishments notifications speak of, kept from their events (port). */
public interface NeedsAndEstablishments {

    void upsertNeedIfNewer(NeedSnapshot need, long version);

    void upsertEstablishmentIfNewer(EstablishmentSnapshot establishment, long version);

    Optional<NeedSnapshot> need(String needId);

    Optional<EstablishmentSnapshot> establishment(String establishmentId);
}
