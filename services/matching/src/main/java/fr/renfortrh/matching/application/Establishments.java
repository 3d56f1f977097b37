package fr.renfortrh.matching.application;

import fr.renfortrh.contracts.events.EstablishmentSnapshot;

import java.util.Optional;

/** Establishments and their staff, as published by establishment-needs (port). */
public interface Establishments {

    boolean upsertIfNewer(EstablishmentSnapshot establishment, long version);

    Optional<EstablishmentSnapshot> byId(String establishmentId);

    /** Whether the account is a member of the establishment's staff. */
    boolean hasStaffMember(String establishmentId, String accountId);
}
