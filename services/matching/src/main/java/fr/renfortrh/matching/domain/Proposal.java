package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.MatchProposed;
import fr.renfortrh.platform.domain.Change;

/** An eligible volunteer put forward for a need. One per (need, volunteer): its id says so. */
public record Proposal(String id, String needId, String establishmentId, Candidate candidate, ProposalStatus status) {

    public static String idOf(String needId, String volunteerId) {
        return needId + ":" + volunteerId;
    }

    public static Change<Proposal> propose(OpenNeed need, Candidate candidate) {
        var proposal = new Proposal(idOf(need.needId(), candidate.volunteerId()), need.needId(),
                need.establishmentId(), candidate, ProposalStatus.PROPOSED);
        return Change.of(proposal,
                new MatchProposed(proposal.id(), need.needId(), need.establishmentId(), candidate.volunteerId()));
    }
}
