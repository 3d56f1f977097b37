package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.allocation.AllocationPlan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where regional allocation plans are kept (port). */
public interface AllocationPlans {

    void add(AllocationPlan plan);

    Optional<AllocationPlan> byId(String planId);

    /** The latest plans, newest first, without their assignment and shortfall lists. */
    List<AllocationPlan> latest(int limit);

    /** Marks the plan applied unless it already is; false when another call got there first. */
    boolean claimForApplying(String planId, Instant at);

    void recordApplied(AllocationPlan plan);

    /** The places the volunteer holds in plans (right of access). */
    List<AllocationPlan.Assignment> assignmentsOf(String volunteerId);

    /** Erasure: the volunteer's places are removed from every plan. */
    void eraseVolunteer(String volunteerId);
}
