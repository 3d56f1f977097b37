package fr.renfortrh.matching.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Ranks the eligible candidates for a need; ties rotate between needs instead of favouring the same people. */
public final class Shortlist {

    private Shortlist() {
    }

    public static List<ShortlistEntry> rank(OpenNeed need, Collection<Candidate> candidates,
                                            Function<String, VolunteerSchedule> schedules, Audience audience,
                                            Instant now, int limit) {
        record Scored(Candidate candidate, VolunteerSchedule schedule, double distanceKm, Score score) {
        }
        return candidates.stream()
                .map(candidate -> {
                    VolunteerSchedule schedule = schedules.apply(candidate.volunteerId());
                    if (!Eligibility.isEligible(candidate, need, schedule, audience)) {
                        return null;
                    }
                    double distance = Eligibility.distanceKm(candidate, need);
                    return new Scored(candidate, schedule, distance, Scoring.score(candidate, need, distance, schedule, now));
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingDouble((Scored s) -> s.score().total()).reversed()
                        .thenComparingInt(s -> rotation(need.needId(), s.candidate().volunteerId())))
                .limit(limit)
                // explanations only for those shown
                .map(s -> new ShortlistEntry(s.candidate(), s.distanceKm(), s.score(),
                        Eligibility.assess(s.candidate(), need, s.schedule(), audience).met(),
                        Scoring.explain(s.candidate(), need, s.score(), s.schedule(), now)))
                .toList();
    }

    /** A per-need pseudo-random order among equal scores. */
    private static int rotation(String needId, String volunteerId) {
        return (needId + volunteerId).hashCode();
    }
}
