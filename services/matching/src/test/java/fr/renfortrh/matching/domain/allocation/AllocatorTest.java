package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.adapters.out.OrToolsLinearSolver;
import fr.renfortrh.matching.domain.VolunteerSchedule;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Arc;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Need;
import fr.renfortrh.matching.domain.allocation.AllocationInstance.Volunteer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocatorTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final Duration BUDGET = Duration.ofSeconds(5);

    @Test
    void aChainOfMovesFreesAVolunteerForAPositionNobodyElseCanFill() {
        // the nearer volunteer is the obvious pick for the critical need, but is the only one for the other
        var instance = instance(
                List.of(need(Urgency.CRITICAL, 1, day(0)), need(Urgency.NORMAL, 1, day(0)), need(Urgency.NORMAL, 1, day(2)),
                        need(Urgency.NORMAL, 1, day(4))),
                List.of(volunteer(3), volunteer(3), volunteer(3)),
                List.of(new Arc(0, 0, 5), new Arc(1, 0, 25), new Arc(0, 1, 5), new Arc(1, 2, 5), new Arc(1, 3, 5),
                        new Arc(2, 2, 8), new Arc(2, 3, 8)));

        Allocation plan = Allocator.optimise(instance, BUDGET);

        assertThat(plan.positionsCovered()).isEqualTo(4);
        assertThat(plan.assignments()).contains(new Arc(0, 1, 5), new Arc(1, 0, 25));
    }

    @Test
    void neverGivesOneVolunteerNeedsLessThanElevenHoursApart() {
        ShiftSnapshot evening = new ShiftSnapshot(MONDAY.atTime(13, 0), MONDAY.atTime(21, 0));
        ShiftSnapshot earlyMorning = new ShiftSnapshot(MONDAY.plusDays(1).atTime(7, 0), MONDAY.plusDays(1).atTime(15, 0));
        var instance = instance(List.of(need(Urgency.NORMAL, 1, evening), need(Urgency.NORMAL, 1, earlyMorning)),
                List.of(volunteer(3)), List.of(new Arc(0, 0, 1), new Arc(0, 1, 1)));

        assertThat(Allocator.optimise(instance, BUDGET).positionsCovered()).isEqualTo(1);
    }

    @Test
    void keepsWithinTheVolunteersWeeklyHoursAndRequestBudget() {
        List<Need> fourDays = List.of(need(Urgency.NORMAL, 1, day(0)), need(Urgency.NORMAL, 1, day(1)),
                need(Urgency.NORMAL, 1, day(2)), need(Urgency.NORMAL, 1, day(3)));
        List<Arc> arcs = List.of(new Arc(0, 0, 1), new Arc(0, 1, 1), new Arc(0, 2, 1), new Arc(0, 3, 1));

        var thirtySixHours = new Volunteer("v0", 36, 10, List.of());
        assertThat(Allocator.optimise(new AllocationInstance(fourDays, List.of(thirtySixHours), arcs, Weights.DEFAULT), BUDGET)
                .positionsCovered()).isEqualTo(3);
        var twoRequestsLeft = new Volunteer("v0", 48, 2, List.of());
        assertThat(Allocator.optimise(new AllocationInstance(fourDays, List.of(twoRequestsLeft), arcs, Weights.DEFAULT), BUDGET)
                .positionsCovered()).isEqualTo(2);
    }

    @Test
    void missionsAlreadyConfirmedCountForRestAndHours() {
        var booked = new Volunteer("v0", 48, 3, List.of(day(0)));
        var instance = new AllocationInstance(List.of(need(Urgency.NORMAL, 1, day(0)), need(Urgency.NORMAL, 1, day(1))),
                List.of(booked), List.of(new Arc(0, 0, 1), new Arc(0, 1, 1)), Weights.DEFAULT);

        assertThat(Allocator.optimise(instance, BUDGET).assignments()).containsExactly(new Arc(0, 1, 1));
    }

    @Test
    void aNeedWithNoPositionLeftToFillGetsNobody() {
        var instance = instance(List.of(need(Urgency.CRITICAL, 0, day(0)), need(Urgency.NORMAL, 1, day(2))),
                List.of(volunteer(3), volunteer(3)),
                List.of(new Arc(0, 0, 1), new Arc(1, 0, 2), new Arc(0, 1, 1), new Arc(1, 1, 2)));

        assertThat(Allocator.optimise(instance, BUDGET).assignments()).containsExactly(new Arc(0, 1, 1));
    }

    @Test
    void anInstanceJoiningAVolunteerAndANeedTwiceIsRefused() {
        assertThatThrownBy(() -> instance(List.of(need(Urgency.NORMAL, 2, day(0))), List.of(volunteer(3)),
                List.of(new Arc(0, 0, 1), new Arc(0, 0, 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volunteer 0 and need 0");
    }

    @Test
    void aScarceVolunteerGoesToTheMostUrgentNeedAndTheNearestVolunteerIsPreferred() {
        var instance = instance(List.of(need(Urgency.NORMAL, 1, day(0)), need(Urgency.CRITICAL, 1, day(0)),
                        need(Urgency.HIGH, 1, day(3))),
                List.of(volunteer(3), volunteer(3), volunteer(3)),
                List.of(new Arc(0, 0, 1), new Arc(0, 1, 1), new Arc(1, 2, 40), new Arc(2, 2, 10)));

        assertThat(Allocator.optimise(instance, BUDGET).assignments())
                .containsExactly(new Arc(0, 1, 1), new Arc(2, 2, 10));
    }

    @Test
    void plansOnRandomInstancesKeepEveryRuleAndComeCloseToTheLinearBound() {
        var solver = new OrToolsLinearSolver();
        double planned = 0;
        double bound = 0;
        for (int seed = 1; seed <= 25; seed++) {
            AllocationInstance instance = random(new SplittableRandom(seed));
            Allocation plan = Allocator.optimise(instance, BUDGET);
            double upper = solver.maximise(LinearRelaxation.of(instance), Duration.ofSeconds(30)).orElseThrow();

            assertFeasible(instance, plan);
            assertThat(plan.objective()).isLessThanOrEqualTo(upper + 1e-6);
            planned += plan.objective();
            bound += upper;
        }
        assertThat(planned / bound).isGreaterThan(0.985);
    }

    @Test
    void theRelaxationSolvedBlockByBlockHasTheSameOptimumAsInOnePiece() {
        var solver = new OrToolsLinearSolver();
        for (int seed = 1; seed <= 10; seed++) {
            AllocationInstance instance = side(random(new SplittableRandom(seed)), random(new SplittableRandom(100 + seed)));
            assertThat(LinearRelaxation.blocks(instance).stream().mapToInt(b -> b.objective().length).sum())
                    .isEqualTo(instance.arcs().size());
            double whole = solver.maximise(LinearRelaxation.of(instance), Duration.ofSeconds(30)).orElseThrow();
            double byBlocks = solver.maximise(LinearRelaxation.blocks(instance), Duration.ofSeconds(30)).orElseThrow();

            assertThat(byBlocks).isCloseTo(whole, org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    /** Two instances side by side, sharing nobody (like nurses and doctors). */
    private static AllocationInstance side(AllocationInstance a, AllocationInstance b) {
        List<Need> needs = new ArrayList<>(a.needs());
        needs.addAll(b.needs());
        List<Volunteer> volunteers = new ArrayList<>(a.volunteers());
        volunteers.addAll(b.volunteers());
        List<Arc> arcs = new ArrayList<>(a.arcs());
        b.arcs().forEach(arc -> arcs.add(new Arc(arc.volunteer() + a.volunteers().size(), arc.need() + a.needs().size(), arc.distanceKm())));
        return new AllocationInstance(needs, volunteers, arcs, Weights.DEFAULT);
    }

    /** Checks a plan with the production rules of {@link VolunteerSchedule}, independently of the solver. */
    static void assertFeasible(AllocationInstance instance, Allocation plan) {
        Map<Integer, Integer> perNeed = new HashMap<>();
        Map<Integer, VolunteerSchedule> schedules = new HashMap<>();
        Map<Integer, Integer> requests = new HashMap<>();
        var pairs = new HashSet<List<Integer>>();
        for (Arc arc : plan.assignments()) {
            assertThat(instance.arcs()).contains(arc);
            assertThat(pairs.add(List.of(arc.volunteer(), arc.need()))).isTrue();
            perNeed.merge(arc.need(), 1, Integer::sum);
            assertThat(perNeed.get(arc.need())).isLessThanOrEqualTo(instance.needs().get(arc.need()).positions());
            Volunteer volunteer = instance.volunteers().get(arc.volunteer());
            requests.merge(arc.volunteer(), 1, Integer::sum);
            assertThat(requests.get(arc.volunteer())).isLessThanOrEqualTo(volunteer.maxRequests());
            VolunteerSchedule schedule = schedules.computeIfAbsent(arc.volunteer(), v -> VolunteerSchedule.empty(volunteer.volunteerId())
                    .book(new VolunteerSchedule.Booking("booked", "booked", volunteer.booked())));
            List<ShiftSnapshot> shifts = instance.needs().get(arc.need()).shifts();
            assertThat(schedule.conflictWith(shifts, volunteer.maxHoursPerWeek())).isEmpty();
            schedules.put(arc.volunteer(), schedule.book(new VolunteerSchedule.Booking("p" + arc.need(), "n" + arc.need(), shifts)));
        }
    }

    static AllocationInstance random(SplittableRandom random) {
        int[] startHours = {7, 8, 13, 19, 21};
        int[] lengths = {8, 12, 10};
        List<Need> needs = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            LocalDateTime start = MONDAY.plusDays(random.nextInt(10)).atTime(startHours[random.nextInt(startHours.length)], 0);
            int length = lengths[random.nextInt(lengths.length)];
            List<ShiftSnapshot> shifts = new ArrayList<>();
            for (int d = 0; d <= (random.nextInt(4) == 0 ? 2 : 0); d++) {
                shifts.add(new ShiftSnapshot(start.plusDays(d), start.plusDays(d).plusHours(length)));
            }
            needs.add(new Need("n" + n, Urgency.values()[random.nextInt(3)], 1 + random.nextInt(3), shifts));
        }
        List<Volunteer> volunteers = new ArrayList<>();
        List<Arc> arcs = new ArrayList<>();
        for (int v = 0; v < 30; v++) {
            volunteers.add(new Volunteer("v" + v, 24 + random.nextInt(25), 1 + random.nextInt(4), List.of()));
            for (int n = 0; n < needs.size(); n++) {
                if (random.nextInt(5) == 0) {
                    arcs.add(new Arc(v, n, random.nextInt(60)));
                }
            }
        }
        return new AllocationInstance(needs, volunteers, arcs, Weights.DEFAULT);
    }

    static ShiftSnapshot day(int offset) {
        return new ShiftSnapshot(MONDAY.plusDays(offset).atTime(7, 0), MONDAY.plusDays(offset).atTime(19, 0));
    }

    static Need need(Urgency urgency, int positions, ShiftSnapshot... shifts) {
        return new Need("need-" + shifts[0].start() + "-" + urgency, urgency, positions, List.of(shifts));
    }

    static Volunteer volunteer(int requests) {
        return new Volunteer("v-" + requests + "-" + Math.random(), 48, requests, List.of());
    }

    private static AllocationInstance instance(List<Need> needs, List<Volunteer> volunteers, List<Arc> arcs) {
        return new AllocationInstance(needs, volunteers, arcs, Weights.DEFAULT);
    }
}
