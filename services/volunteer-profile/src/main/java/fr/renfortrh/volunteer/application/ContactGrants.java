package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.volunteer.domain.Disclosure;

import java.util.List;
import java.util.Optional;

/** Who may see a volunteer's contact details, and who did (port). */
public interface ContactGrants {

    /** The volunteer accepted that establishment's request for that proposal. */
    record Grant(String proposalId, String volunteerId, String establishmentId) {
    }

    /** The volunteer accepted the establishment's contact request for this proposal. */
    void grant(String proposalId, String volunteerId, String establishmentId);

    boolean isGranted(String proposalId, String volunteerId, String establishmentId);

    void upsertEstablishment(EstablishmentSnapshot establishment, long version);

    Optional<EstablishmentSnapshot> establishment(String establishmentId);

    void log(Disclosure disclosure);

    List<Disclosure> disclosuresOf(String volunteerId);

    List<Grant> grantsOf(String volunteerId);

    /** Erasure: grants and disclosure log of the person go with them. */
    void forget(String volunteerId);
}
