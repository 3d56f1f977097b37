package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Commune;

import java.util.ArrayList;
import java.util.List;

/** The hard filters: a candidate failing any of them is never shortlisted for the need. */
public final class Eligibility {

    /** @param distanceKm haversine distance between home and establishment, or -1 when a location is missing */
    public record Verdict(boolean eligible, double distanceKm, List<String> met, List<String> failed) {
    }

    private Eligibility() {
    }

    public static double distanceKm(Candidate candidate, OpenNeed need) {
        if (!need.hasLocation() || (candidate.latitude() == 0 && candidate.longitude() == 0)) {
            return -1;
        }
        return Commune.haversineKm(candidate.latitude(), candidate.longitude(), need.latitude(), need.longitude());
    }

    public static Verdict assess(Candidate c, OpenNeed need, VolunteerSchedule schedule, Audience audience) {
        List<String> met = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        check(c.professions().contains(need.profession()), "Profession : " + need.profession().label(),
                "Autre profession", met, failed);
        if (need.specialty() != null && !need.specialty().isBlank()) {
            check(need.specialty().equalsIgnoreCase(c.specialty()), "Spécialité : " + need.specialty(),
                    "Spécialité différente", met, failed);
        }
        check(c.status() == VolunteerStatus.VERIFIED, "Profil vérifié par l'ARS", "Profil non vérifié ou en pause",
                met, failed);
        if (audience == Audience.ESTABLISHMENT) {
            check(c.contactConsent() == ContactConsent.ESTABLISHMENTS_AND_ARS, "Accepte d'être contacté par les établissements",
                    "Ne souhaite être contacté que par l'ARS", met, failed);
        }
        check(c.contractTypes().contains(need.contractType()), "Accepte : " + need.contractType().label(),
                "N'accepte pas : " + need.contractType().label(), met, failed);
        check(c.departmentsAccepted().contains(need.department()), "Département accepté",
                "Département non accepté", met, failed);
        double distance = distanceKm(c, need);
        check(distance >= 0 && distance <= c.maxTravelKm(),
                "Distance " + DistanceBand.of(distance) + " (jusqu'à " + c.maxTravelKm() + " km accepté)",
                distance < 0 ? "Localisation inconnue" : "Trop loin (" + DistanceBand.of(distance) + ", " + c.maxTravelKm() + " km acceptés)",
                met, failed);
        ShiftSnapshot first = need.shifts().isEmpty() ? null : need.shifts().getFirst();
        check(first == null || c.earliestStart() == null || !first.start().toLocalDate().isBefore(c.earliestStart()),
                "Disponible à partir de la date du besoin", "Pas disponible avant le " + c.earliestStart(), met, failed);
        long uncovered = need.shifts().stream().filter(s -> !AvailabilityRules.covers(c.availability(), s)).count();
        check(uncovered == 0, "Disponible sur tous les créneaux",
                uncovered + " créneau(x) hors de ses disponibilités", met, failed);
        var conflict = schedule.conflictWith(need.shifts(), c.maxHoursPerWeek());
        check(conflict.isEmpty(), "Repos et durée hebdomadaire respectés", conflict.orElse(""), met, failed);
        return new Verdict(failed.isEmpty(), distance, met, failed);
    }

    private static void check(boolean ok, String ifMet, String ifFailed, List<String> met, List<String> failed) {
        (ok ? met : failed).add(ok ? ifMet : ifFailed);
    }
}
