package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.matching.domain.Audience;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.Eligibility;
import fr.renfortrh.matching.domain.Eligibility.Criterion;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.VolunteerSchedule;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Says in French why a need keeps uncovered positions in a plan. */
public final class Shortfalls {

    private Shortfalls() {
    }

    /**
     * @param eligible volunteers past the hard filters for the need; when there are some, they were all
     *                 needed elsewhere or had no request or hours left
     */
    public static String why(OpenNeed need, int eligible, Collection<Candidate> candidates,
                             Function<String, VolunteerSchedule> schedules) {
        if (eligible > 0) {
            return eligible + " volontaire(s) éligible(s), tous retenus pour des besoins plus urgents ou simultanés, "
                    + "ou sans sollicitation ni heure disponible cette semaine";
        }
        Map<Criterion, Integer> firstFailure = new EnumMap<>(Criterion.class);
        int ofProfession = 0;
        for (Candidate candidate : candidates) {
            if (!candidate.professions().contains(need.profession())) {
                continue;
            }
            ofProfession++;
            var verdict = Eligibility.assess(candidate, need, schedules.apply(candidate.volunteerId()), Audience.ARS);
            if (!verdict.failedCriteria().isEmpty()) {
                firstFailure.merge(verdict.failedCriteria().getFirst(), 1, Integer::sum);
            }
        }
        if (ofProfession == 0) {
            return "Aucun volontaire de cette profession dans la base";
        }
        return "Aucun volontaire éligible parmi les " + ofProfession + " de cette profession : "
                + firstFailure.entrySet().stream()
                .sorted(Map.Entry.<Criterion, Integer>comparingByValue().reversed())
                .limit(3)
                .map(e -> e.getValue() + " " + e.getKey().failedBy())
                .collect(Collectors.joining(", "));
    }
}
