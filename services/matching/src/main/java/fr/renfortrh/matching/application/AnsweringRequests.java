package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.ProposalStatus;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** A volunteer sees the requests addressed to them and accepts or declines each. */
@Service
public class AnsweringRequests {

    private final NeedAccess access;
    private final Proposals proposals;
    private final Clock clock;

    public AnsweringRequests(NeedAccess access, Proposals proposals, Clock clock) {
        this.access = access;
        this.proposals = proposals;
        this.clock = clock;
    }

    /** Requests and missions; mere proposals stay invisible to the volunteer until someone asks. */
    public List<Proposal> mine(Caller volunteer) {
        return proposals.ofVolunteer(volunteer.accountId()).stream()
                .map(Versioned::aggregate)
                .filter(p -> p.status() != ProposalStatus.PROPOSED)
                .sorted(Comparator.comparing(Proposal::requestedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    public Versioned<Proposal> accept(Caller volunteer, String proposalId) {
        var proposal = access.proposalOfVolunteer(volunteer, proposalId);
        return proposals.update(proposalId, proposal.version(), proposal.aggregate().accept(clock.instant()));
    }

    public Versioned<Proposal> decline(Caller volunteer, String proposalId) {
        var proposal = access.proposalOfVolunteer(volunteer, proposalId);
        return proposals.update(proposalId, proposal.version(), proposal.aggregate().decline(clock.instant()));
    }
}
