package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.DistanceBand;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import fr.renfortrh.matching.domain.allocation.Allocation;
import fr.renfortrh.matching.domain.allocation.AllocationInstance;
import fr.renfortrh.matching.domain.allocation.AllocationInstances;
import fr.renfortrh.matching.domain.allocation.AllocationPlan;
import fr.renfortrh.matching.domain.allocation.AllocationPlan.Applied;
import fr.renfortrh.matching.domain.allocation.AllocationPlan.Assignment;
import fr.renfortrh.matching.domain.allocation.AllocationPlan.Selection;
import fr.renfortrh.matching.domain.allocation.AllocationPlan.Shortfall;
import fr.renfortrh.matching.domain.allocation.AllocationPlan.Summary;
import fr.renfortrh.matching.domain.allocation.Allocator;
import fr.renfortrh.matching.domain.allocation.ConfigurationBound;
import fr.renfortrh.matching.domain.allocation.LinearRelaxation;
import fr.renfortrh.matching.domain.allocation.Shortfalls;
import fr.renfortrh.matching.domain.allocation.Weights;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.StateConflict;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Crisis mode for the ARS: a joint allocation of the selected open needs, shown with its value, its distance
 * to the LP bound and the positions left uncovered with the reason; applied, it sends the contact requests.
 */
@Service
public class AllocatingRegionally {

    static final int MAX_NEEDS = 100_000;

    private final OpenNeeds needs;
    private final Candidates candidates;
    private final Schedules schedules;
    private final Proposals proposals;
    private final AllocationPlans plans;
    private final LinearSolver linearSolver;
    private final ContactingVolunteer contacting;
    private final MatchingSettings settings;
    private final Clock clock;

    public AllocatingRegionally(OpenNeeds needs, Candidates candidates, Schedules schedules, Proposals proposals,
                                AllocationPlans plans, LinearSolver linearSolver, ContactingVolunteer contacting,
                                MatchingSettings settings, Clock clock) {
        this.needs = needs;
        this.candidates = candidates;
        this.schedules = schedules;
        this.proposals = proposals;
        this.plans = plans;
        this.linearSolver = linearSolver;
        this.contacting = contacting;
        this.settings = settings;
        this.clock = clock;
    }

    public AllocationPlan plan(Caller caller, Selection selection, Weights weights) {
        List<OpenNeed> selected = needs.all().stream().filter(need -> selects(selection, need)).toList();
        if (selected.isEmpty()) {
            throw new RuleViolation("selection", "Aucun besoin ouvert ne correspond à cette sélection.");
        }
        if (selected.size() > MAX_NEEDS) {
            throw new RuleViolation("selection", "La sélection compte " + selected.size()
                    + " besoins : un plan en traite 100 000 au plus. Restreignez les départements ou les dates.");
        }
        Set<String> selectedIds = selected.stream().map(OpenNeed::needId).collect(Collectors.toSet());
        List<Proposal> existing = proposals.contacted().stream().map(Versioned::aggregate)
                .filter(p -> selectedIds.contains(p.needId())).toList();
        Map<String, Long> holding = existing.stream().filter(p -> p.status().isPending() || p.status().fillsAPosition())
                .collect(Collectors.groupingBy(Proposal::needId, Collectors.counting()));
        // someone already asked (whatever they answered) is not asked again for the same need
        Set<String> alreadyAsked = existing.stream()
                .map(p -> p.needId() + "/" + p.volunteerId()).collect(Collectors.toSet());

        List<Candidate> everyone = candidates.all();
        Map<String, VolunteerSchedule> known = schedules.of(everyone.stream().map(Candidate::volunteerId).toList());
        Function<String, VolunteerSchedule> scheduleOf = id -> known.getOrDefault(id, VolunteerSchedule.empty(id));
        Instant now = clock.instant();
        AllocationInstance full = AllocationInstances.build(selected,
                need -> Math.max(0, need.positions() - holding.getOrDefault(need.needId(), 0L).intValue()),
                everyone, scheduleOf, now, weights);
        AllocationInstance instance = new AllocationInstance(full.needs(), full.volunteers(), full.arcs().stream()
                .filter(arc -> !alreadyAsked.contains(full.needs().get(arc.need()).needId() + "/"
                        + full.volunteers().get(arc.volunteer()).volunteerId()))
                .toList(), weights);

        Allocation allocation = Allocator.optimise(instance, settings.allocationTime());
        long boundStarted = System.nanoTime();
        ConfigurationBound.Bound bound = bound(instance, allocation, linearSolver, settings.allocationBoundTime());
        long boundMillis = (System.nanoTime() - boundStarted) / 1_000_000;

        Map<String, OpenNeed> byId = selected.stream().collect(Collectors.toMap(OpenNeed::needId, n -> n));
        Map<String, Candidate> candidateById = everyone.stream().collect(Collectors.toMap(Candidate::volunteerId, c -> c));
        List<Assignment> assignments = allocation.assignments().stream().map(arc -> {
            OpenNeed need = byId.get(instance.needs().get(arc.need()).needId());
            Candidate who = candidateById.get(instance.volunteers().get(arc.volunteer()).volunteerId());
            return new Assignment(need.needId(), need.establishmentName(), need.profession(), need.urgency(),
                    need.department(), need.shifts().getFirst().start(), need.shifts().size(), who.volunteerId(),
                    who.initials(), DistanceBand.of(arc.distanceKm()));
        }).toList();
        List<Shortfall> shortfalls = shortfalls(instance, allocation, selected, everyone, scheduleOf);

        int held = selected.stream()
                .mapToInt(need -> (int) Math.min(need.positions(), holding.getOrDefault(need.needId(), 0L))).sum();
        Summary summary = new Summary(selected.size(), instance.positions(), held, instance.volunteers().size(),
                instance.arcs().size(), allocation.positionsCovered(), round(allocation.objective()),
                round(allocation.weightedCoverage()), round(bound.value()), bound.optimum(),
                bound.value() > 0 ? 1 - allocation.objective() / bound.value() : null,
                allocation.elapsed().toMillis(), boundMillis);
        AllocationPlan plan = new AllocationPlan(UUID.randomUUID().toString(), now, caller.accountId(), selection,
                weights, summary, assignments, shortfalls, null, null);
        plans.add(plan);
        return plan;
    }

    public List<AllocationPlan> latest() {
        return plans.latest(20);
    }

    public AllocationPlan byId(String planId) {
        return plans.byId(planId).orElseThrow(() -> new NotFound("Plan inconnu : " + planId));
    }

    /** Sends the plan's contact requests, each one checked again as if asked by hand; a plan is applied once. */
    public AllocationPlan apply(Caller caller, String planId) {
        AllocationPlan plan = byId(planId);
        Instant now = clock.instant();
        if (plan.wasApplied() || !plans.claimForApplying(planId, now)) {
            throw new StateConflict("Ce plan a déjà été appliqué.");
        }
        int sent = 0;
        List<String> refusals = new ArrayList<>();
        for (Assignment assignment : plan.assignments()) {
            try {
                contacting.request(caller, assignment.needId(), assignment.volunteerId());
                sent++;
            } catch (RuleViolation | StateConflict | NotFound refused) {
                refusals.add(assignment.initials() + " pour " + assignment.establishmentName() + " : " + refused.getMessage());
            }
        }
        AllocationPlan applied = plan.applied(now, new Applied(sent, refusals.size(), refusals));
        plans.recordApplied(applied);
        return applied;
    }

    /**
     * An upper bound on every plan, within one budget so that a plan is answered within the optimiser's time and this one.
     * The arc LP may take a tenth of it: it serves to prove at once that a regional selection's plan is optimal, where a
     * crisis-size one would take GLOP many minutes. Then the configuration LP, tighter, takes the rest; the lower of the
     * two is shown, with whether it is an LP's optimum. Stopped early, the configuration LP's column generation still
     * gives a bound.
     */
    static ConfigurationBound.Bound bound(AllocationInstance instance, Allocation allocation, LinearSolver solver, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        OptionalDouble arcLp = solver.maximise(LinearRelaxation.blocks(instance), budget.dividedBy(10));
        // nothing to tighten when the arc LP already meets the plan
        if (arcLp.isPresent() && arcLp.getAsDouble() <= allocation.objective() + 1e-9) {
            return new ConfigurationBound.Bound(arcLp.getAsDouble(), true);
        }
        // each volunteer's rules are met exactly by the sets it chooses among, where the arc LP has rows for them
        ConfigurationBound.Bound configuration = ConfigurationBound.of(instance, allocation, solver, until(deadline));
        return arcLp.isPresent() && arcLp.getAsDouble() <= configuration.value()
                ? new ConfigurationBound.Bound(arcLp.getAsDouble(), true) : configuration;
    }

    private static Duration until(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private List<Shortfall> shortfalls(AllocationInstance instance, Allocation allocation, List<OpenNeed> selected,
                                       List<Candidate> everyone,
                                       Function<String, VolunteerSchedule> scheduleOf) {
        Map<Integer, Integer> covered = new HashMap<>();
        allocation.assignments().forEach(arc -> covered.merge(arc.need(), 1, Integer::sum));
        Map<Integer, Integer> eligible = new HashMap<>();
        instance.arcs().forEach(arc -> eligible.merge(arc.need(), 1, Integer::sum));
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < instance.needs().size(); i++) {
            indexOf.put(instance.needs().get(i).needId(), i);
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        for (OpenNeed need : selected) {
            Integer index = indexOf.get(need.needId());
            int missing = index == null ? 0 : instance.needs().get(index).positions() - covered.getOrDefault(index, 0);
            if (missing > 0) {
                int pairs = eligible.getOrDefault(index, 0);
                shortfalls.add(new Shortfall(need.needId(), need.establishmentName(), need.profession(), need.urgency(),
                        need.department(), need.shifts().getFirst().start(), missing, pairs,
                        Shortfalls.why(need, pairs, everyone, scheduleOf)));
            }
        }
        return shortfalls;
    }

    private static boolean selects(Selection selection, OpenNeed need) {
        if (!need.open() || need.shifts().isEmpty()) {
            return false;
        }
        LocalDate first = need.shifts().getFirst().start().toLocalDate();
        return (selection.departments().isEmpty() || selection.departments().contains(need.department()))
                && (selection.professions().isEmpty() || selection.professions().contains(need.profession()))
                && (selection.urgencies().isEmpty() || selection.urgencies().contains(need.urgency()))
                && !first.isBefore(selection.from()) && !first.isAfter(selection.to());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
