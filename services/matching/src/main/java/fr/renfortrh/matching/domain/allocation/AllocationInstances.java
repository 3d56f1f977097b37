package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.Eligibility;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.ReachGrid;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Builds the instance from what matching knows: every pair past the hard filters of a shortlist (as seen by
 * the ARS, who may contact people who only accept the ARS), found through the {@link ReachGrid}.
 */
public final class AllocationInstances {

    private AllocationInstances() {
    }

    /**
     * @param needs         needs to allocate, in the order they were published
     * @param openPositions positions still to fill for a need (its positions minus confirmed missions)
     */
    public static AllocationInstance build(List<OpenNeed> needs, ToIntFunction<OpenNeed> openPositions,
                                           Collection<Candidate> candidates,
                                           Function<String, VolunteerSchedule> schedules, Instant now,
                                           Weights weights) {
        ReachGrid grid = ReachGrid.of(candidates);
        List<AllocationInstance.Need> instanceNeeds = new ArrayList<>();
        List<AllocationInstance.Volunteer> volunteers = new ArrayList<>();
        Map<String, Integer> volunteerIndex = new HashMap<>();
        Map<String, VolunteerSchedule> known = new HashMap<>();
        List<Arc> arcs = new ArrayList<>();
        for (OpenNeed need : needs) {
            int open = openPositions.applyAsInt(need);
            if (open <= 0 || need.shifts().isEmpty()) {
                continue;
            }
            int needIndex = instanceNeeds.size();
            instanceNeeds.add(new AllocationInstance.Need(need.needId(), need.urgency(), open, need.shifts()));
            for (Candidate candidate : grid.inReachOf(need, Audience.ARS, now).candidates()) {
                VolunteerSchedule schedule = known.computeIfAbsent(candidate.volunteerId(), schedules);
                if (Eligibility.isEligible(candidate, need, schedule, Audience.ARS)) {
                    int volunteer = volunteerIndex.computeIfAbsent(candidate.volunteerId(), id -> {
                        volunteers.add(new AllocationInstance.Volunteer(id, candidate.maxHoursPerWeek(),
                                schedule.requestsLeft(candidate, now), schedule.bookedShifts()));
                        return volunteers.size() - 1;
                    });
                    arcs.add(new Arc(volunteer, needIndex, Eligibility.distanceKm(candidate, need)));
                }
            }
        }
        return new AllocationInstance(instanceNeeds, volunteers, arcs, weights);
    }
}
