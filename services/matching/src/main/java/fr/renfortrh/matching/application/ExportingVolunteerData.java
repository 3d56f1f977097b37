package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.CalendarFeed;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import fr.renfortrh.matching.domain.allocation.AllocationPlan;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * Right of access: everything matching holds about the calling volunteer, shortlist entries and calendar subscription
 * included.
 */
@Service
public class ExportingVolunteerData {

    public record VolunteerData(Optional<Candidate> candidate, List<Proposal> proposals, Optional<VolunteerSchedule> schedule,
                                List<AllocationPlan.Assignment> allocationPlans, Optional<CalendarFeed> calendarFeed) {
    }

    private final Candidates candidates;
    private final Proposals proposals;
    private final Schedules schedules;
    private final AllocationPlans plans;
    private final CalendarFeeds calendarFeeds;

    public ExportingVolunteerData(Candidates candidates, Proposals proposals, Schedules schedules, AllocationPlans plans,
                                  CalendarFeeds calendarFeeds) {
        this.candidates = candidates;
        this.proposals = proposals;
        this.schedules = schedules;
        this.plans = plans;
        this.calendarFeeds = calendarFeeds;
    }

    public VolunteerData export(Caller volunteer) {
        Versioned<VolunteerSchedule> schedule = schedules.of(volunteer.accountId());
        return new VolunteerData(candidates.byId(volunteer.accountId()),
                proposals.ofVolunteer(volunteer.accountId()).stream().map(Versioned::aggregate).toList(),
                schedule.version() < 0 ? Optional.empty() : Optional.of(schedule.aggregate()),
                plans.assignmentsOf(volunteer.accountId()), calendarFeeds.ofVolunteer(volunteer.accountId()));
    }
}
