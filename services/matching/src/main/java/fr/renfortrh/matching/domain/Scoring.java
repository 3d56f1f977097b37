package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.reference.Urgency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks eligible candidates. Proximity and experience say who fits best; freshness favours people whose
 * availability is current; fairness spreads requests so nobody is asked over and over (less so when the
 * need is critical); no-shows reported in the past year lower the rank.
 */
public final class Scoring {

    static final double PROXIMITY = 30;
    static final double UNIT_EXPERIENCE = 15;
    static final double YEARS_EXPERIENCE = 10;
    static final double FRESHNESS = 20;
    static final double FAIRNESS = 25;
    static final Duration FAIRNESS_WINDOW = Duration.ofDays(14);
    static final Duration FRESH = Duration.ofDays(7);
    static final Duration STALE = Duration.ofDays(30);
    static final double NO_SHOW_PENALTY = 10;
    static final int NO_SHOWS_COUNTED = 3;

    private Scoring() {
    }

    public static Score score(Candidate c, OpenNeed need, double distanceKm, VolunteerSchedule schedule, Instant now) {
        double proximity = proximity(c, distanceKm);
        double experience = experience(c, need);
        double freshness = FRESHNESS * freshnessRatio(c.confirmedAt(), now);
        long recent = schedule.solicitationsSince(now.minus(FAIRNESS_WINDOW));
        double fairness = fairnessWeight(need) / (1 + recent);
        double reliability = -NO_SHOW_PENALTY * Math.min(NO_SHOWS_COUNTED, schedule.recentNoShows(now));
        double total = proximity + experience + freshness + fairness + reliability;
        return new Score(round(total), round(proximity), round(experience), round(freshness), round(fairness), round(reliability));
    }

    /**
     * A total {@link #score} cannot exceed for the candidate at a distance of at least {@code distanceKm}, from their
     * figures alone (travel distance, years of practice; full marks for the rest): the cheapest bound to rule
     * someone out.
     */
    public static double atMostByFigures(Candidate c, OpenNeed need, double distanceKm) {
        return round(proximity(c, distanceKm) + UNIT_EXPERIENCE + YEARS_EXPERIENCE * Math.min(c.experienceYears(), 10) / 10.0
                + FRESHNESS + fairnessWeight(need));
    }

    /** The same bound with the candidate's experience of the unit and freshness too: only their schedule is left out. */
    public static double atMost(Candidate c, OpenNeed need, double distanceKm, Instant now) {
        return round(proximity(c, distanceKm) + experience(c, need) + FRESHNESS * freshnessRatio(c.confirmedAt(), now)
                + fairnessWeight(need));
    }

    /**
     * The part of {@link #atMost} that a need changes only through the distance (proximity, years of practice, freshness),
     * unrounded: volunteers ordered by it once serve every need of a place. Freshness only falls with time, so it stays
     * a bound at any later {@code now}.
     */
    public static double atMostAnywhere(Candidate c, double distanceKm, Instant now) {
        return proximity(c, distanceKm) + YEARS_EXPERIENCE * Math.min(c.experienceYears(), 10) / 10.0
                + FRESHNESS * freshnessRatio(c.confirmedAt(), now);
    }

    /** What a need adds at most to {@link #atMostAnywhere}: experience of its unit, for those who have it, and fairness. */
    public static double atMostFromNeed(OpenNeed need, boolean workedInItsUnit) {
        return (workedInItsUnit && need.unitType() != null ? UNIT_EXPERIENCE : 0) + fairnessWeight(need);
    }

    static double proximity(Candidate c, double distanceKm) {
        return distanceKm < 0 || c.maxTravelKm() <= 0 ? 0 : PROXIMITY * Math.max(0, 1 - distanceKm / Math.max(c.maxTravelKm(), 1));
    }

    private static double experience(Candidate c, OpenNeed need) {
        return (need.unitType() != null && c.unitExperience().contains(need.unitType()) ? UNIT_EXPERIENCE : 0)
                + YEARS_EXPERIENCE * Math.min(c.experienceYears(), 10) / 10.0;
    }

    private static double fairnessWeight(OpenNeed need) {
        return need.urgency() == Urgency.CRITICAL ? FAIRNESS / 2 : FAIRNESS;
    }

    /** French lines saying why the candidate is ranked where they are. */
    public static List<String> explain(Candidate c, OpenNeed need, Score score, VolunteerSchedule schedule, Instant now) {
        List<String> why = new ArrayList<>();
        if (need.unitType() != null && c.unitExperience().contains(need.unitType())) {
            why.add("A déjà exercé en " + need.unitType().label());
        }
        why.add(c.experienceYears() + " an(s) d'expérience");
        if (c.confirmedAt() != null) {
            long days = Duration.between(c.confirmedAt(), now).toDays();
            why.add(days == 0 ? "Disponibilités confirmées aujourd'hui" : "Disponibilités confirmées il y a " + days + " jour(s)");
        } else {
            why.add("Disponibilités jamais confirmées");
        }
        long recent = schedule.solicitationsSince(now.minus(FAIRNESS_WINDOW));
        why.add(recent == 0 ? "Pas sollicité ces 14 derniers jours" : "Sollicité " + recent + " fois ces 14 derniers jours");
        why.add("Score " + Math.round(score.total()) + "/100 (proximité " + Math.round(score.proximity())
                + ", expérience " + Math.round(score.experience()) + ", fraîcheur " + Math.round(score.freshness())
                + ", équité " + Math.round(score.fairness())
                + (score.reliability() < 0 ? ", fiabilité " + Math.round(score.reliability()) : "") + ")");
        return why;
    }

    private static double freshnessRatio(Instant confirmedAt, Instant now) {
        if (confirmedAt == null) {
            return 0;
        }
        Duration age = Duration.between(confirmedAt, now);
        if (age.compareTo(FRESH) <= 0) {
            return 1;
        }
        if (age.compareTo(STALE) >= 0) {
            return 0;
        }
        return 1 - (double) (age.minus(FRESH).toHours()) / STALE.minus(FRESH).toHours();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
