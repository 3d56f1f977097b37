package fr.renfortrh.matching.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/** Ranks the eligible candidates for a need; ties rotate between needs instead of favouring the same people. */
public final class Shortlist {

    private record Scored(Candidate candidate, VolunteerSchedule schedule, double distanceKm, Score score, int rotation) {
    }

    private static final int SCHEDULES_READ_AT_ONCE = 64;
    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble((Scored s) -> s.score().total()).reversed()
            .thenComparingInt(Scored::rotation);

    private Shortlist() {
    }

    /** The {@code limit} best eligible candidates among some in no order, best first. */
    public static List<ShortlistEntry> rank(OpenNeed need, Collection<Candidate> candidates, SchedulesOf schedules,
                                            Audience audience, Instant now, int limit) {
        return rank(need, ReachGrid.InReach.unordered(candidates), schedules, audience, now, limit);
    }

    /**
     * The {@code limit} best eligible candidates, best first. Only the best so far are kept, and a candidate whose
     * highest possible score is below all of them is passed over before the costlier hard rules; candidates in order of
     * that score are read until the first who cannot enter. Schedules are read a window of candidates at a time.
     */
    public static List<ShortlistEntry> rank(OpenNeed need, ReachGrid.InReach inReach, SchedulesOf schedules,
                                            Audience audience, Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        PriorityQueue<Scored> kept = new PriorityQueue<>(BEST_FIRST.reversed()); // the weakest kept first
        DoubleSupplier weakestKept = () -> kept.size() < limit ? Double.NEGATIVE_INFINITY : kept.peek().score().total();
        ToDoubleFunction<Candidate> distanceFloor = Eligibility.distanceFloor(need);
        boolean more = true;
        while (more) {
            List<Candidate> window = new ArrayList<>(SCHEDULES_READ_AT_ONCE);
            double[] ceilings = new double[SCHEDULES_READ_AT_ONCE];
            while (window.size() < SCHEDULES_READ_AT_ONCE && (more = inReach.hasNext())) {
                if (inReach.nextBound() < weakestKept.getAsDouble()) {
                    more = false; // nobody after can enter either
                    break;
                }
                Candidate candidate = inReach.next();
                double ceiling = ceiling(inReach, candidate, need, distanceFloor.applyAsDouble(candidate), now, weakestKept);
                if (ceiling >= weakestKept.getAsDouble()) {
                    ceilings[window.size()] = ceiling;
                    window.add(candidate);
                }
            }
            List<String> ids = new ArrayList<>(window.size());
            window.forEach(candidate -> ids.add(candidate.volunteerId()));
            Map<String, VolunteerSchedule> read = ids.isEmpty() ? Map.of() : schedules.of(ids);
            for (int i = 0; i < window.size(); i++) {
                Candidate candidate = window.get(i);
                if (ceilings[i] < weakestKept.getAsDouble()) { // the kept ones may have risen since the window was read
                    continue;
                }
                VolunteerSchedule schedule = read.getOrDefault(candidate.volunteerId(), VolunteerSchedule.empty(candidate.volunteerId()));
                if (!Eligibility.isEligible(candidate, need, schedule, audience)) {
                    continue;
                }
                double distance = Eligibility.distanceKm(candidate, need);
                kept.add(new Scored(candidate, schedule, distance, Scoring.score(candidate, need, distance, schedule, now),
                        rotation(need.needId(), candidate.volunteerId())));
                if (kept.size() > limit) {
                    kept.poll();
                }
            }
        }
        return kept.stream().sorted(BEST_FIRST)
                // explanations only for those shown
                .map(s -> new ShortlistEntry(s.candidate(), s.distanceKm(), s.score(),
                        Eligibility.assess(s.candidate(), need, s.schedule(), audience).met(),
                        Scoring.explain(s.candidate(), need, s.score(), s.schedule(), now)))
                .toList();
    }

    /** Reads the schedules of some volunteers at once; those without one may be left out. */
    @FunctionalInterface
    public interface SchedulesOf {
        Map<String, VolunteerSchedule> of(List<String> volunteerIds);
    }

    /**
     * The most the candidate could score (schedule aside): from an ordered reading, its bound at the least distance to
     * the need itself; otherwise from their figures, then, unless that already rules them out, with their experience of
     * the unit and freshness too.
     */
    private static double ceiling(ReachGrid.InReach inReach, Candidate candidate, OpenNeed need, double atLeastKm, Instant now,
                                  DoubleSupplier weakestKept) {
        if (inReach.ordered()) {
            return inReach.lastBoundAt(atLeastKm);
        }
        double byFigures = Scoring.atMostByFigures(candidate, need, atLeastKm);
        return byFigures < weakestKept.getAsDouble() ? byFigures : Scoring.atMost(candidate, need, atLeastKm, now);
    }

    /** A per-need pseudo-random order among equal scores. */
    private static int rotation(String needId, String volunteerId) {
        return (needId + volunteerId).hashCode();
    }
}
