package fr.renfortrh.matching.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Ranks the eligible candidates for a need; ties rotate between needs instead of favouring the same people. */
public final class Shortlist {

    private record Scored(Candidate candidate, VolunteerSchedule schedule, double distanceKm, Score score, int rotation) {
    }

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble((Scored s) -> s.score().total()).reversed()
            .thenComparingInt(Scored::rotation);

    private Shortlist() {
    }

    /**
     * The {@code limit} best eligible candidates, best first. Only the best so far are kept, and a candidate whose
     * highest possible score is below all of them is passed over before the costlier hard rules: among thousands
     * within reach, few are checked in full.
     */
    public static List<ShortlistEntry> rank(OpenNeed need, Collection<Candidate> candidates,
                                            Function<String, VolunteerSchedule> schedules, Audience audience,
                                            Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        PriorityQueue<Scored> kept = new PriorityQueue<>(BEST_FIRST.reversed()); // the weakest kept first
        ToDoubleFunction<Candidate> distanceFloor = Eligibility.distanceFloor(need);
        for (Candidate candidate : candidates) {
            if (kept.size() == limit
                    && outranked(candidate, need, distanceFloor.applyAsDouble(candidate), now, kept.peek().score().total())) {
                continue;
            }
            VolunteerSchedule schedule = schedules.apply(candidate.volunteerId());
            if (!Eligibility.isEligible(candidate, need, schedule, audience)) {
                continue;
            }
            double distance = Eligibility.distanceKm(candidate, need);
            var scored = new Scored(candidate, schedule, distance, Scoring.score(candidate, need, distance, schedule, now),
                    rotation(need.needId(), candidate.volunteerId()));
            kept.add(scored);
            if (kept.size() > limit) {
                kept.poll();
            }
        }
        return kept.stream().sorted(BEST_FIRST)
                // explanations only for those shown
                .map(s -> new ShortlistEntry(s.candidate(), s.distanceKm(), s.score(),
                        Eligibility.assess(s.candidate(), need, s.schedule(), audience).met(),
                        Scoring.explain(s.candidate(), need, s.score(), s.schedule(), now)))
                .toList();
    }

    /** Whether the candidate cannot score as high as {@code weakestKept}, whatever the rest says. */
    private static boolean outranked(Candidate candidate, OpenNeed need, double atLeastKm, Instant now, double weakestKept) {
        return Scoring.atMostByFigures(candidate, need, atLeastKm) < weakestKept
                || Scoring.atMost(candidate, need, atLeastKm, now) < weakestKept;
    }

    /** A per-need pseudo-random order among equal scores. */
    private static int rotation(String needId, String volunteerId) {
        return (needId + volunteerId).hashCode();
    }
}
