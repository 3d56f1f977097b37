package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Commune;

import java.util.ArrayList;
import java.util.List;

/** The hard filters: a candidate failing any of them is never shortlisted for the need. */
public final class Eligibility {

    /** The hard filters, each with how the volunteers failing it are described when counted. */
    public enum Criterion {
        PROFESSION("d'une autre profession"),
        SPECIALTY("d'une autre spécialité"),
        VERIFIED("non vérifiés ou en pause"),
        CONSENT("ne souhaitant être contactés que par l'ARS"),
        CONTRACT("n'acceptant pas ce type de contrat"),
        DEPARTMENT("n'acceptant pas ce département"),
        DISTANCE("trop loin"),
        START("pas encore disponibles à cette date"),
        AVAILABILITY("indisponibles sur ces créneaux"),
        SCHEDULE("déjà en mission, sans 11 h de repos ou au maximum d'heures");

        private final String failedBy;

        Criterion(String failedBy) {
            this.failedBy = failedBy;
        }

        public String failedBy() {
            return failedBy;
        }
    }

    /** @param distanceKm haversine distance between home and establishment, or -1 when a location is missing */
    public record Verdict(boolean eligible, double distanceKm, List<String> met, List<String> failed,
                          List<Criterion> failedCriteria) {
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
        var checks = new Checks();
        checks.check(Criterion.PROFESSION, c.professions().contains(need.profession()),
                "Profession : " + need.profession().label(), "Autre profession");
        if (need.specialty() != null && !need.specialty().isBlank()) {
            checks.check(Criterion.SPECIALTY, need.specialty().equalsIgnoreCase(c.specialty()),
                    "Spécialité : " + need.specialty(), "Spécialité différente");
        }
        checks.check(Criterion.VERIFIED, c.status() == VolunteerStatus.VERIFIED,
                "Profil vérifié par l'ARS", "Profil non vérifié ou en pause");
        if (audience == Audience.ESTABLISHMENT) {
            checks.check(Criterion.CONSENT, c.contactConsent() == ContactConsent.ESTABLISHMENTS_AND_ARS,
                    "Accepte d'être contacté par les établissements", "Ne souhaite être contacté que par l'ARS");
        }
        checks.check(Criterion.CONTRACT, c.contractTypes().contains(need.contractType()),
                "Accepte : " + need.contractType().label(), "N'accepte pas : " + need.contractType().label());
        checks.check(Criterion.DEPARTMENT, c.departmentsAccepted().contains(need.department()),
                "Département accepté", "Département non accepté");
        double distance = distanceKm(c, need);
        checks.check(Criterion.DISTANCE, distance >= 0 && distance <= c.maxTravelKm(),
                "Distance " + DistanceBand.of(distance) + " (jusqu'à " + c.maxTravelKm() + " km accepté)",
                distance < 0 ? "Localisation inconnue" : "Trop loin (" + DistanceBand.of(distance) + ", " + c.maxTravelKm() + " km acceptés)");
        ShiftSnapshot first = need.shifts().isEmpty() ? null : need.shifts().getFirst();
        checks.check(Criterion.START, first == null || c.earliestStart() == null || !first.start().toLocalDate().isBefore(c.earliestStart()),
                "Disponible à partir de la date du besoin", "Pas disponible avant le " + c.earliestStart());
        long uncovered = need.shifts().stream().filter(s -> !AvailabilityRules.covers(c.availability(), s)).count();
        checks.check(Criterion.AVAILABILITY, uncovered == 0, "Disponible sur tous les créneaux",
                uncovered + " créneau(x) hors de ses disponibilités");
        var conflict = schedule.conflictWith(need.shifts(), c.maxHoursPerWeek());
        checks.check(Criterion.SCHEDULE, conflict.isEmpty(), "Repos et durée hebdomadaire respectés", conflict.orElse(""));
        return new Verdict(checks.failed.isEmpty(), distance, checks.met, checks.failed, checks.criteria);
    }

    private static final class Checks {
        private final List<String> met = new ArrayList<>();
        private final List<String> failed = new ArrayList<>();
        private final List<Criterion> criteria = new ArrayList<>();

        void check(Criterion criterion, boolean ok, String ifMet, String ifFailed) {
            if (ok) {
                met.add(ifMet);
            } else {
                failed.add(ifFailed);
                criteria.add(criterion);
            }
        }
    }
}
