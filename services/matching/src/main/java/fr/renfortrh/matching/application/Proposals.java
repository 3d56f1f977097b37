package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.ProposalStatus;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where proposals are kept (port). */
public interface Proposals {

    Optional<Versioned<Proposal>> byId(String proposalId);

    /** Stores the proposal unless one exists for the same need and volunteer; returns what is stored. */
    Versioned<Proposal> addIfAbsent(Change<Proposal> proposal);

    Versioned<Proposal> update(String proposalId, long expectedVersion, Change<Proposal> change);

    List<Versioned<Proposal>> ofNeed(String needId);

    List<Versioned<Proposal>> ofVolunteer(String volunteerId);

    List<Versioned<Proposal>> unansweredBy(Instant now);

    List<Versioned<Proposal>> withStatus(ProposalStatus status);

    List<Versioned<Proposal>> withFeedback();

    void eraseVolunteer(String volunteerId);

    /** Every proposal someone acted on (asked, and whatever followed), without the mere proposals. */
    List<Versioned<Proposal>> contacted();
}
