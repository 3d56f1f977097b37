package fr.renfortrh.matching.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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

    /**
     * The {@code limit} best eligible candidates among some in no order, best first. Only the best so far are kept, and
     * a candidate whose highest possible score is below all of them is passed over before the costlier hard rules.
     */
    public static List<ShortlistEntry> rank(OpenNeed need, Collection<Candidate> candidates, SchedulesOf schedules,
                                            Audience audience, Instant now, int limit) {
        var ranking = new Ranking(need, schedules, audience, now, limit);
        ToDoubleFunction<Candidate> distanceFloor = Eligibility.distanceFloor(need);
        for (Candidate candidate : candidates) {
            double atLeastKm = distanceFloor.applyAsDouble(candidate);
            // from their figures, then, unless that already rules them out, with their unit and freshness too
            double ceiling = Scoring.atMostByFigures(candidate, need, atLeastKm);
            if (ceiling >= ranking.weakestKept()) {
                ceiling = Scoring.atMost(candidate, need, atLeastKm, now);
            }
            ranking.consider(candidate, ceiling);
        }
        return ranking.best();
    }

    /**
     * The same from candidates in order of the highest score each could get: they are read until the first who cannot
     * enter, each passed over too if their bound at their own distance cannot.
     */
    public static List<ShortlistEntry> rank(OpenNeed need, ReachGrid.InReach inReach, SchedulesOf schedules,
                                            Audience audience, Instant now, int limit) {
        var ranking = new Ranking(need, schedules, audience, now, limit);
        ToDoubleFunction<Candidate> distanceFloor = Eligibility.distanceFloor(need);
        while (inReach.hasNext() && inReach.nextBound() >= ranking.weakestKept()) {
            Candidate candidate = inReach.next();
            ranking.consider(candidate, inReach.lastBoundAt(distanceFloor.applyAsDouble(candidate)));
        }
        return ranking.best();
    }

    /** The best kept so far, and the candidates whose schedules are to be read next, at once. */
    private static final class Ranking {

        private final OpenNeed need;
        private final SchedulesOf schedules;
        private final Audience audience;
        private final Instant now;
        private final int limit;
        private final PriorityQueue<Scored> kept = new PriorityQueue<>(BEST_FIRST.reversed()); // the weakest kept first
        private final List<Candidate> window = new ArrayList<>(SCHEDULES_READ_AT_ONCE);
        private final double[] ceilings = new double[SCHEDULES_READ_AT_ONCE];

        Ranking(OpenNeed need, SchedulesOf schedules, Audience audience, Instant now, int limit) {
            this.need = need;
            this.schedules = schedules;
            this.audience = audience;
            this.now = now;
            this.limit = limit;
        }

        /** The score to beat: none until {@code limit} are kept. */
        double weakestKept() {
            return limit <= 0 ? Double.POSITIVE_INFINITY
                    : kept.size() < limit ? Double.NEGATIVE_INFINITY : kept.peek().score().total();
        }

        void consider(Candidate candidate, double ceiling) {
            if (ceiling < weakestKept()) {
                return;
            }
            ceilings[window.size()] = ceiling;
            window.add(candidate);
            if (window.size() == SCHEDULES_READ_AT_ONCE) {
                rankWindow();
            }
        }

        private void rankWindow() {
            if (window.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>(window.size());
            window.forEach(candidate -> ids.add(candidate.volunteerId()));
            Map<String, VolunteerSchedule> read = schedules.of(ids);
            for (int i = 0; i < window.size(); i++) {
                Candidate candidate = window.get(i);
                if (ceilings[i] < weakestKept()) { // the kept ones may have risen since the window was filled
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
            window.clear();
        }

        List<ShortlistEntry> best() {
            rankWindow();
            return kept.stream().sorted(BEST_FIRST)
                    // explanations only for those shown
                    .map(s -> new ShortlistEntry(s.candidate(), s.distanceKm(), s.score(),
                            Eligibility.metByEligible(s.candidate(), need, s.distanceKm(), audience),
                            Scoring.explain(s.candidate(), need, s.score(), s.schedule(), now)))
                    .toList();
        }
    }

    /** Reads the schedules of some volunteers at once; those without one may be left out. */
    @FunctionalInterface
    public interface SchedulesOf {
        Map<String, VolunteerSchedule> of(List<String> volunteerIds);
    }

    /** A per-need pseudo-random order among equal scores. */
    private static int rotation(String needId, String volunteerId) {
        return (needId + volunteerId).hashCode();
    }
}
