package fr.renfortrh.matching.application;

import fr.renfortrh.contracts.events.ContactWithdrawn;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.ProposalStatus;
import fr.renfortrh.matching.domain.Shifts;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import fr.renfortrh.platform.domain.StateConflict;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.platform.events.OnConflict;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The establishment confirms a volunteer who accepted. The booking is written to the volunteer's one
 * schedule document with optimistic versioning first: of concurrent confirmations of overlapping shifts,
 * on any number of instances, exactly one can win. Re-confirming after a crash finds the booking and
 * finishes the job. The volunteer's other pending requests that now conflict are withdrawn.
 */
@Service
public class ConfirmingMissions {

    private final NeedAccess access;
    private final Proposals proposals;
    private final Schedules schedules;
    private final Candidates candidates;
    private final Clock clock;

    public ConfirmingMissions(NeedAccess access, Proposals proposals, Schedules schedules, Candidates candidates, Clock clock) {
        this.access = access;
        this.proposals = proposals;
        this.schedules = schedules;
        this.candidates = candidates;
        this.clock = clock;
    }

    public Versioned<Proposal> confirm(Caller caller, String proposalId) {
        Versioned<Proposal> proposal = access.proposalOfEstablishment(caller, proposalId);
        Proposal p = proposal.aggregate();
        access.openNeed(caller, p.needId());
        if (p.status() != ProposalStatus.ACCEPTED) {
            throw new StateConflict("Seul un volontaire ayant accepté le contact peut être confirmé.");
        }
        int maxHours = candidates.byId(p.volunteerId()).map(c -> c.maxHoursPerWeek()).orElse(0);
        VolunteerSchedule booked = book(p, maxHours);
        Versioned<Proposal> confirmed = proposals.update(proposalId, proposal.version(), p.confirm());
        withdrawConflictingRequests(booked, p, maxHours);
        return confirmed;
    }

    public Versioned<Proposal> cancel(Caller caller, String proposalId, String reason, boolean byVolunteer) {
        Versioned<Proposal> proposal = byVolunteer
                ? access.proposalOfVolunteer(caller, proposalId)
                : access.proposalOfEstablishment(caller, proposalId);
        Versioned<Proposal> cancelled = proposals.update(proposalId, proposal.version(),
                proposal.aggregate().cancel(byVolunteer ? MissionCancelled.BY_VOLUNTEER
                        : caller.arsOperator() ? MissionCancelled.BY_ARS : MissionCancelled.BY_ESTABLISHMENT, reason));
        release(proposal.aggregate());
        return cancelled;
    }

    /**
     * The ARS no longer vouches for the volunteer: their requests under way are withdrawn and their missions not over
     * yet cancelled, each establishment told why. Run again (a redelivered event), it finds nothing left to do.
     */
    public void verificationWithdrawn(String volunteerId) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Versioned<Proposal> proposal : proposals.ofVolunteer(volunteerId)) {
            Proposal p = proposal.aggregate();
            if (p.status().isPending()) {
                proposals.update(p.id(), proposal.version(), p.withdraw(ContactWithdrawn.VERIFICATION_WITHDRAWN));
            } else if (p.status() == ProposalStatus.CONFIRMED && !p.isOver(now)) {
                cancelMission(proposal, MissionCancelled.BY_ARS, ContactWithdrawn.VERIFICATION_WITHDRAWN);
            }
        }
    }

    /**
     * The need was cancelled, by the establishment or the ARS: its missions not over yet are cancelled with it, each
     * volunteer told why. Run again (a redelivered event), it finds nothing left to do.
     */
    public void needCancelled(String needId, String cancelledBy, String reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (Versioned<Proposal> proposal : proposals.ofNeed(needId)) {
            if (proposal.aggregate().status() == ProposalStatus.CONFIRMED && !proposal.aggregate().isOver(now)) {
                cancelMission(proposal, cancelledBy, reason);
            }
        }
    }

    private void cancelMission(Versioned<Proposal> mission, String cancelledBy, String reason) {
        Proposal p = mission.aggregate();
        proposals.update(p.id(), mission.version(), p.cancel(cancelledBy, reason));
        release(p);
    }

    private VolunteerSchedule book(Proposal p, int maxHours) {
        return OnConflict.retry(() -> {
            Versioned<VolunteerSchedule> schedule = schedules.of(p.volunteerId());
            if (schedule.aggregate().isBooked(p.id())) {
                return schedule.aggregate();
            }
            schedule.aggregate().conflictWith(p.shifts(), maxHours).ifPresent(reason -> {
                throw new StateConflict("Confirmation impossible : " + reason + ".");
            });
            VolunteerSchedule next = schedule.aggregate().book(new VolunteerSchedule.Booking(p.id(), p.needId(), p.shifts()));
            return schedules.save(schedule.version(), next).aggregate();
        });
    }

    private void release(Proposal p) {
        OnConflict.retry(() -> {
            Versioned<VolunteerSchedule> schedule = schedules.of(p.volunteerId());
            schedules.save(schedule.version(), schedule.aggregate().release(p.id()));
        });
    }

    private void withdrawConflictingRequests(VolunteerSchedule booked, Proposal confirmed, int maxHours) {
        List<ShiftSnapshot> bookedShifts = booked.bookedShifts();
        for (Versioned<Proposal> other : proposals.ofVolunteer(confirmed.volunteerId())) {
            Proposal o = other.aggregate();
            boolean conflicts = Shifts.anyOverlap(bookedShifts, o.shifts())
                    || booked.conflictWith(o.shifts(), maxHours).isPresent();
            if (!o.id().equals(confirmed.id()) && o.status().isPending() && conflicts) {
                try {
                    proposals.update(o.id(), other.version(), o.withdraw(ContactWithdrawn.BOOKED_ELSEWHERE));
                } catch (OptimisticLockingFailureException answeredMeanwhile) {
                    // the volunteer answered it at this very moment; its confirmation will be refused anyway
                }
            }
        }
    }
}
