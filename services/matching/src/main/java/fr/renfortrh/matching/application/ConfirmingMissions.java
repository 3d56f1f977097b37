package fr.renfortrh.matching.application;

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

import java.util.List;

/**
 * The establishment confirms a volunteer who accepted. The booking is written to the volunteer's one
 * schedule document with optimistic versioning first: of concurrent confirmations of overlapping shifts,
 * on any number of instances, exactly one can win. Re-confirming after a crash finds the booking and
 * finishes the job. The volunteer's other pending requests that now conflict are withdrawn.
 */
@Service
public class ConfirmingMissions {

    static final String WITHDRAWN_REASON = "Le volontaire a été confirmé sur une autre mission à ces dates.";

    private final NeedAccess access;
    private final Proposals proposals;
    private final Schedules schedules;
    private final Candidates candidates;

    public ConfirmingMissions(NeedAccess access, Proposals proposals, Schedules schedules, Candidates candidates) {
        this.access = access;
        this.proposals = proposals;
        this.schedules = schedules;
        this.candidates = candidates;
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
                proposal.aggregate().cancel(byVolunteer ? "VOLUNTEER" : caller.arsOperator() ? "ARS" : "ESTABLISHMENT", reason));
        release(proposal.aggregate());
        return cancelled;
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
                    proposals.update(o.id(), other.version(), o.withdraw(WITHDRAWN_REASON));
                } catch (OptimisticLockingFailureException answeredMeanwhile) {
                    // the volunteer answered it at this very moment; its confirmation will be refused anyway
                }
            }
        }
    }
}
