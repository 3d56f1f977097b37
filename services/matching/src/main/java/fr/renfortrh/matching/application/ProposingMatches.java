package fr.renfortrh.matching.application;

import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Proposal;
import org.springframework.stereotype.Service;

/** Keeps the read models from events and proposes eligible volunteers whenever a need or a volunteer changes. */
@Service
public class ProposingMatches {

    private final Candidates candidates;
    private final OpenNeeds needs;
    private final Proposals proposals;

    public ProposingMatches(Candidates candidates, OpenNeeds needs, Proposals proposals) {
        this.candidates = candidates;
        this.needs = needs;
        this.proposals = proposals;
    }

    public void volunteerChanged(VolunteerSnapshot volunteer, long version) {
        Candidate candidate = Candidate.of(volunteer);
        if (candidates.upsertIfNewer(candidate, version)) {
            needs.plausibleFor(candidate).stream()
                    .filter(candidate::isEligibleFor)
                    .forEach(need -> proposals.addIfAbsent(Proposal.propose(need, candidate)));
        }
    }

    public void volunteerWithdrawn(String volunteerId, long version) {
        candidates.removeIfNewer(volunteerId, version);
        proposals.withdrawAllOf(volunteerId);
    }

    public void needPublished(NeedSnapshot published, long version) {
        OpenNeed need = OpenNeed.of(published);
        if (needs.upsertIfNewer(need, version)) {
            candidates.plausibleFor(need).stream()
                    .filter(candidate -> candidate.isEligibleFor(need))
                    .forEach(candidate -> proposals.addIfAbsent(Proposal.propose(need, candidate)));
        }
    }
}
