package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.Eligibility;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.StateConflict;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.OnConflict;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * An establishment (or the ARS) asks a shortlisted volunteer whether they may be contacted. Each volunteer
 * receives at most their weekly budget of requests, counted in their schedule document so that concurrent
 * requests from several establishments cannot exceed it.
 */
@Service
public class ContactingVolunteer {

    private final NeedAccess access;
    private final Candidates candidates;
    private final Proposals proposals;
    private final Schedules schedules;
    private final MatchingSettings settings;
    private final Clock clock;

    public ContactingVolunteer(NeedAccess access, Candidates candidates, Proposals proposals, Schedules schedules,
                               MatchingSettings settings, Clock clock) {
        this.access = access;
        this.candidates = candidates;
        this.proposals = proposals;
        this.schedules = schedules;
        this.settings = settings;
        this.clock = clock;
    }

    public Versioned<Proposal> request(Caller caller, String needId, String volunteerId) {
        OpenNeed need = access.openNeed(caller, needId);
        Candidate candidate = candidates.byId(volunteerId)
                .orElseThrow(() -> new NotFound("Volontaire inconnu : " + volunteerId));
        Instant now = clock.instant();
        reserveBudget(caller, need, candidate, now);
        Versioned<Proposal> proposal = proposals.addIfAbsent(Proposal.propose(need, candidate, now));
        Duration delay = Proposal.answerDelay(need.urgency(), settings.answerDelay(), settings.criticalAnswerDelay());
        return proposals.update(proposal.aggregate().id(), proposal.version(),
                proposal.aggregate().requestContact(now, delay));
    }

    private void reserveBudget(Caller caller, OpenNeed need, Candidate candidate, Instant now) {
        OnConflict.retry(() -> {
            Versioned<VolunteerSchedule> schedule = schedules.of(candidate.volunteerId());
            var verdict = Eligibility.assess(candidate, need, schedule.aggregate(),
                    caller.arsOperator() ? Audience.ARS : Audience.ESTABLISHMENT);
            if (!verdict.eligible()) {
                throw new RuleViolation("volunteerId", "Ce volontaire ne convient plus : " + String.join(", ", verdict.failed()));
            }
            if (schedule.aggregate().requestsLeft(candidate, now) == 0) {
                throw new StateConflict("Ce volontaire a déjà reçu " + VolunteerSchedule.weeklyBudget(candidate)
                        + " demandes cette semaine (sa limite). Choisissez un autre candidat.");
            }
            schedules.save(schedule.version(), schedule.aggregate().solicited(now));
        });
    }
}
