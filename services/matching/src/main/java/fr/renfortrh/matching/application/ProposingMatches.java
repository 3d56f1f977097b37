package fr.renfortrh.matching.application;

import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.Eligibility;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.Scoring;
import fr.renfortrh.matching.domain.ShortlistEntry;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.OnConflict;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the read models from events and proposes the best eligible volunteers whenever a need or a
 * volunteer changes. Proposing is not asking: nobody is contacted until someone requests it.
 */
@Service
public class ProposingMatches {

    public static final String NEED_RESCHEDULED = "Les créneaux du besoin ont changé : une nouvelle demande peut être faite pour les nouvelles dates.";

    private final Candidates candidates;
    private final RankingCandidates ranking;
    private final OpenNeeds needs;
    private final Proposals proposals;
    private final Schedules schedules;
    private final AllocationPlans plans;
    private final CalendarFeeds calendarFeeds;
    private final MatchingSettings settings;
    private final Clock clock;

    public ProposingMatches(Candidates candidates, RankingCandidates ranking, OpenNeeds needs, Proposals proposals,
                            Schedules schedules, AllocationPlans plans, CalendarFeeds calendarFeeds, MatchingSettings settings,
                            Clock clock) {
        this.candidates = candidates;
        this.ranking = ranking;
        this.needs = needs;
        this.proposals = proposals;
        this.schedules = schedules;
        this.plans = plans;
        this.calendarFeeds = calendarFeeds;
        this.settings = settings;
        this.clock = clock;
    }

    /** Published or changed: the need is (re)ranked and its best candidates proposed. */
    public void needPublished(NeedSnapshot published, long version) {
        OpenNeed need = OpenNeed.of(published);
        int wanted = Math.max(1, need.positions()) * settings.proposalsPerPosition();
        List<ShortlistEntry> best = ranking.best(need, Audience.ESTABLISHMENT, wanted);
        boolean newer = needs.upsertIfNewer(need.proposedTo(best, wanted), version);
        // to the shifts stored, whichever event this is: a redelivery after a failure here completes the move
        needs.byId(need.needId()).ifPresent(current ->
                proposals.ofNeed(current.needId()).forEach(proposal -> reschedule(proposal, current.shifts())));
        if (newer) {
            best.forEach(entry -> proposals.addIfAbsent(Proposal.propose(need, entry.candidate(), clock.instant())));
            // A volunteer stored while the need was ranked, whose event looked for needs before this one was stored, is
            // in neither: ranked again now that the need is stored, they are found here (events are handled concurrently).
            Set<String> proposed = best.stream().map(entry -> entry.candidate().volunteerId()).collect(Collectors.toSet());
            ranking.best(need, Audience.ESTABLISHMENT, wanted).stream()
                    .filter(entry -> !proposed.contains(entry.candidate().volunteerId()))
                    .forEach(entry -> proposals.addIfAbsent(Proposal.propose(need, entry.candidate(), clock.instant())));
        }
    }

    /** Retried on a concurrent answer: an acceptance on the old shifts must not be confirmed on them. */
    private void reschedule(Versioned<Proposal> proposal, List<ShiftSnapshot> shifts) {
        if (proposal.aggregate().needRescheduled(shifts, NEED_RESCHEDULED).isEmpty()) {
            return; // most need events leave the shifts as they were
        }
        OnConflict.retry(() -> proposals.byId(proposal.aggregate().id()).ifPresent(latest -> latest.aggregate()
                .needRescheduled(shifts, NEED_RESCHEDULED)
                .ifPresent(change -> proposals.update(latest.aggregate().id(), latest.version(), change))));
    }

    /**
     * A volunteer verified or changed is proposed for the open needs where they would have ranked among those
     * proposed, so proposals stay a few per position however many volunteers sign up.
     */
    public void volunteerChanged(VolunteerSnapshot volunteer, long version) {
        Candidate candidate = Candidate.of(volunteer);
        if (!candidates.upsertIfNewer(candidate, version)) {
            return;
        }
        VolunteerSchedule schedule = schedules.of(candidate.volunteerId()).aggregate();
        Instant now = clock.instant();
        needs.plausibleFor(candidate).stream()
                .filter(OpenNeed::open)
                .filter(need -> Eligibility.isEligible(candidate, need, schedule, Audience.ESTABLISHMENT))
                .filter(need -> need.worthProposing(
                        Scoring.score(candidate, need, Eligibility.distanceKm(candidate, need), schedule, now)))
                .forEach(need -> proposals.addIfAbsent(Proposal.propose(need, candidate, now)));
    }

    /** Cancelled, expired or filled: no more proposals, and pending requests are withdrawn with the reason. */
    public void needClosed(String needId, long version, String reason) {
        needs.byId(needId).ifPresent(need -> {
            if (needs.upsertIfNewer(need.closed(), version)) {
                for (Versioned<Proposal> proposal : proposals.ofNeed(needId)) {
                    if (proposal.aggregate().status().isPending()) {
                        withdraw(proposal, reason);
                    }
                }
            }
        });
    }

    private void withdraw(Versioned<Proposal> proposal, String reason) {
        try {
            proposals.update(proposal.aggregate().id(), proposal.version(), proposal.aggregate().withdraw(reason));
        } catch (OptimisticLockingFailureException answeredMeanwhile) {
            // the volunteer answered at this very moment; the closed need refuses any confirmation anyway
        }
    }

    /** Erasure: the person disappears from candidates, proposals, schedules, allocation plans and calendar subscription. */
    public void volunteerWithdrawn(String volunteerId, long version) {
        candidates.removeIfNewer(volunteerId, version);
        proposals.eraseVolunteer(volunteerId);
        schedules.erase(volunteerId);
        plans.eraseVolunteer(volunteerId);
        calendarFeeds.erase(volunteerId);
    }
}
