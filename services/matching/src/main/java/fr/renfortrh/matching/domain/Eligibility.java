package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Commune;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

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
        if (!located(candidate, need)) {
            return -1;
        }
        return Commune.haversineKm(candidate.latitude(), candidate.longitude(), need.latitude(), need.longitude());
    }

    /**
     * Lower bounds of candidates' {@link #distanceKm} to the need (-1 where a location is missing), several times
     * cheaper: to rule candidates out before measuring.
     */
    public static ToDoubleFunction<Candidate> distanceFloor(OpenNeed need) {
        if (!need.hasLocation()) {
            return candidate -> -1;
        }
        var floor = Commune.distanceFloorFrom(need.latitude(), need.longitude());
        return candidate -> located(candidate, need) ? floor.km(candidate.latitude(), candidate.longitude()) : -1;
    }

    private static boolean located(Candidate candidate, OpenNeed need) {
        return need.hasLocation() && (candidate.latitude() != 0 || candidate.longitude() != 0);
    }

    public static Verdict assess(Candidate c, OpenNeed need, VolunteerSchedule schedule, Audience audience) {
        var checks = new Checks(false);
        double distance = apply(checks, c, need, schedule, audience);
        return new Verdict(checks.failed.isEmpty(), distance, checks.met, checks.failed, checks.criteria);
    }

    /** The same rules without the explanations, stopping at the first one failed: for ranking many candidates. */
    public static boolean isEligible(Candidate c, OpenNeed need, VolunteerSchedule schedule, Audience audience) {
        var checks = new Checks(true);
        apply(checks, c, need, schedule, audience);
        return !checks.anyFailed;
    }

    /** Applies every hard rule, cheapest first; returns the distance. */
    private static double apply(Checks checks, Candidate c, OpenNeed need, VolunteerSchedule schedule, Audience audience) {
        checks.check(Criterion.PROFESSION, () -> c.professions().contains(need.profession()),
                () -> "Profession : " + need.profession().label(), () -> "Autre profession");
        if (need.specialty() != null && !need.specialty().isBlank()) {
            checks.check(Criterion.SPECIALTY, () -> need.specialty().equalsIgnoreCase(c.specialty()),
                    () -> "Spécialité : " + need.specialty(), () -> "Spécialité différente");
        }
        checks.check(Criterion.VERIFIED, () -> c.status() == VolunteerStatus.VERIFIED,
                () -> "Profil vérifié par l'ARS", () -> "Profil non vérifié ou en pause");
        if (audience == Audience.ESTABLISHMENT) {
            checks.check(Criterion.CONSENT, () -> c.contactConsent() == ContactConsent.ESTABLISHMENTS_AND_ARS,
                    () -> "Accepte d'être contacté par les établissements", () -> "Ne souhaite être contacté que par l'ARS");
        }
        checks.check(Criterion.CONTRACT, () -> c.contractTypes().contains(need.contractType()),
                () -> "Accepte : " + need.contractType().label(), () -> "N'accepte pas : " + need.contractType().label());
        checks.check(Criterion.DEPARTMENT, () -> c.departmentsAccepted().contains(need.department()),
                () -> "Département accepté", () -> "Département non accepté");
        double distance = distanceKm(c, need);
        checks.check(Criterion.DISTANCE, () -> distance >= 0 && distance <= c.maxTravelKm(),
                () -> "Distance " + DistanceBand.of(distance) + " (jusqu'à " + c.maxTravelKm() + " km accepté)",
                () -> distance < 0 ? "Localisation inconnue" : "Trop loin (" + DistanceBand.of(distance) + ", " + c.maxTravelKm() + " km acceptés)");
        ShiftSnapshot first = need.shifts().isEmpty() ? null : need.shifts().getFirst();
        checks.check(Criterion.START, () -> first == null || c.earliestStart() == null || !first.start().toLocalDate().isBefore(c.earliestStart()),
                () -> "Disponible à partir de la date du besoin", () -> "Pas disponible avant le " + c.earliestStart());
        checks.check(Criterion.AVAILABILITY, () -> need.shifts().stream().allMatch(s -> AvailabilityRules.covers(c.availability(), s)),
                () -> "Disponible sur tous les créneaux",
                () -> need.shifts().stream().filter(s -> !AvailabilityRules.covers(c.availability(), s)).count()
                        + " créneau(x) hors de ses disponibilités");
        checks.check(Criterion.SCHEDULE, () -> schedule.conflictWith(need.shifts(), c.maxHoursPerWeek()).isEmpty(),
                () -> "Repos et durée hebdomadaire respectés",
                () -> schedule.conflictWith(need.shifts(), c.maxHoursPerWeek()).orElse(""));
        return distance;
    }

    /** Collects what was met and failed; quietly, it only notes a failure and skips the rest. */
    private static final class Checks {
        private final boolean quiet;
        private boolean anyFailed;
        private final List<String> met = new ArrayList<>();
        private final List<String> failed = new ArrayList<>();
        private final List<Criterion> criteria = new ArrayList<>();

        Checks(boolean quiet) {
            this.quiet = quiet;
        }

        void check(Criterion criterion, BooleanSupplier ok, Supplier<String> ifMet, Supplier<String> ifFailed) {
            if (quiet && anyFailed) {
                return;
            }
            boolean passed = ok.getAsBoolean();
            anyFailed |= !passed;
            if (quiet) {
                return;
            }
            if (passed) {
                met.add(ifMet.get());
            } else {
                failed.add(ifFailed.get());
                criteria.add(criterion);
            }
        }
    }
}
