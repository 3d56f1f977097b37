package fr.renfortrh.matching.application;

import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.Eligibility;
import fr.renfortrh.matching.domain.MissionCalendar;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Place;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.ProposalStatus;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A volunteer sees the requests addressed to them and accepts or declines each, and takes their missions to their calendar. */
@Service
public class AnsweringRequests {

    private final NeedAccess access;
    private final Proposals proposals;
    private final OpenNeeds needs;
    private final Establishments establishments;
    private final Candidates candidates;
    private final Clock clock;

    public AnsweringRequests(NeedAccess access, Proposals proposals, OpenNeeds needs, Establishments establishments,
                             Candidates candidates, Clock clock) {
        this.access = access;
        this.proposals = proposals;
        this.needs = needs;
        this.establishments = establishments;
        this.candidates = candidates;
        this.clock = clock;
    }

    /**
     * A request or mission with what its need offers (profession, contract, pay…), where it is and how far from the
     * volunteer's home (-1 when a location is missing); {@code need} and {@code place} are null if the need is unknown.
     */
    public record Request(Proposal proposal, OpenNeed need, String place, double distanceKm) {
    }

    /** Requests and missions; mere proposals stay invisible to the volunteer until someone asks. */
    public List<Request> mine(Caller volunteer) {
        Optional<Candidate> home = candidates.byId(volunteer.accountId());
        Map<String, Optional<EstablishmentSnapshot>> establishmentsRead = new HashMap<>(); // one read each, however many requests
        return proposals.ofVolunteer(volunteer.accountId()).stream()
                .map(Versioned::aggregate)
                .filter(p -> p.status() != ProposalStatus.PROPOSED)
                .sorted(Comparator.comparing(Proposal::requestedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(p -> needs.byId(p.needId())
                        .map(need -> new Request(p, need,
                                Place.of(need, establishmentsRead.computeIfAbsent(need.establishmentId(), establishments::byId)),
                                home.map(candidate -> Eligibility.distanceKm(candidate, need)).orElse(-1.0)))
                        .orElseGet(() -> new Request(p, null, null, -1)))
                .toList();
    }

    /** The volunteer's confirmed and completed missions, first shift first, as a file for their own calendar. */
    public String calendar(Caller volunteer) {
        return MissionCalendar.of(mine(volunteer).stream()
                .filter(request -> request.proposal().status().fillsAPosition())
                .sorted(Comparator.comparing(request -> request.proposal().shifts().getFirst().start()))
                .map(request -> new MissionCalendar.Mission(request.proposal(), request.need(), request.place()))
                .toList(), clock.instant());
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
