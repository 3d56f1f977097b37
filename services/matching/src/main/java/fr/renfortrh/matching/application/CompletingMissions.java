package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.Proposal.Feedback;
import fr.renfortrh.matching.domain.Proposal.Side;
import fr.renfortrh.matching.domain.ProposalStatus;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.OnConflict;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Missions end by themselves after their last shift; then each side may leave private feedback for the ARS.
 * A no-show reported by the establishment is kept in the volunteer's schedule, where it lowers their rank.
 */
@Service
public class CompletingMissions {

    private static final Logger log = LoggerFactory.getLogger(CompletingMissions.class);

    /** One side's feedback on one mission, as the ARS reads it. */
    public record FeedbackEntry(Proposal mission, Side from, Feedback feedback, long noShowsThisYear) {
    }

    private final NeedAccess access;
    private final Proposals proposals;
    private final Schedules schedules;
    private final Clock clock;

    public CompletingMissions(NeedAccess access, Proposals proposals, Schedules schedules, Clock clock) {
        this.access = access;
        this.proposals = proposals;
        this.schedules = schedules;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${renfort.matching.completion-check-interval:60s}")
    @SchedulerLock(name = "matching.complete-missions", lockAtMostFor = "PT5M")
    public void completeEnded() {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Versioned<Proposal> mission : proposals.withStatus(ProposalStatus.CONFIRMED)) {
            if (mission.aggregate().isOver(now)) {
                try {
                    proposals.update(mission.aggregate().id(), mission.version(), mission.aggregate().complete(now));
                } catch (OptimisticLockingFailureException cancelledMeanwhile) {
                    log.debug("Mission {} changed while completing", mission.aggregate().id());
                }
            }
        }
    }

    public Versioned<Proposal> feedback(Caller caller, String proposalId, Side side, boolean noShow,
                                        boolean wouldWorkAgain, String comment) {
        Versioned<Proposal> mission = side == Side.ESTABLISHMENT
                ? access.proposalOfEstablishment(caller, proposalId)
                : access.proposalOfVolunteer(caller, proposalId);
        Instant now = clock.instant();
        Versioned<Proposal> given = proposals.update(proposalId, mission.version(),
                mission.aggregate().feedback(side, new Feedback(noShow, wouldWorkAgain, comment, now)));
        if (side == Side.ESTABLISHMENT && noShow) {
            OnConflict.retry(() -> {
                Versioned<VolunteerSchedule> schedule = schedules.of(mission.aggregate().volunteerId());
                schedules.save(schedule.version(), schedule.aggregate().noShow(now));
            });
        }
        return given;
    }

    /** Every feedback given, newest first, with the volunteer's no-shows of the past year. */
    public List<FeedbackEntry> all() {
        return entries(proposals.withFeedback().stream().map(Versioned::aggregate));
    }

    /** The feedback on one volunteer's missions, from both sides, newest first. */
    public List<FeedbackEntry> ofVolunteer(String volunteerId) {
        return entries(proposals.ofVolunteer(volunteerId).stream().map(Versioned::aggregate));
    }

    private List<FeedbackEntry> entries(Stream<Proposal> missions) {
        Instant now = clock.instant();
        return missions
                .flatMap(p -> {
                    long noShows = schedules.of(p.volunteerId()).aggregate().recentNoShows(now);
                    return Stream.of(
                            p.establishmentFeedback() == null ? null : new FeedbackEntry(p, Side.ESTABLISHMENT, p.establishmentFeedback(), noShows),
                            p.volunteerFeedback() == null ? null : new FeedbackEntry(p, Side.VOLUNTEER, p.volunteerFeedback(), noShows));
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing((FeedbackEntry e) -> e.feedback().at()).reversed())
                .toList();
    }
}
