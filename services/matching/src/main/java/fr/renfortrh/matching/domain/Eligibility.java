package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Commune;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Department;

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

    private static final String VERIFIED_MET = "Profil vérifié par l'ARS";
    private static final String CONSENT_MET = "Accepte d'être contacté par les établissements";
    private static final String DEPARTMENT_MET = "Département accepté";
    private static final String START_MET = "Disponible à partir de la date du besoin";
    private static final String AVAILABILITY_MET = "Disponible sur tous les créneaux";
    private static final String SCHEDULE_MET = "Repos et durée hebdomadaire respectés";

    private static final long CONSENT_BIT = 1L << ContractType.values().length;
    private static final int FIRST_DEPARTMENT_BIT = ContractType.values().length + 1;
    private static final long NOT_ONLY_WEEKLY_BIT = 1L << (FIRST_DEPARTMENT_BIT + Department.values().length);
    private static final int FIRST_SLOT_BIT = FIRST_DEPARTMENT_BIT + Department.values().length + 1;
    private static final long SLOT_BITS = ((1L << 21) - 1) << FIRST_SLOT_BIT;

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
        var checks = new Checks();
        double distance = apply(checks, c, need, schedule, audience);
        return new Verdict(checks.failed.isEmpty(), distance, checks.met, checks.failed, checks.criteria);
    }

    /**
     * What the candidate accepts, as bits: contracts, departments of Normandy, contact by establishments, weekly slots
     * (waived when they also gave dated periods or are available now). Whoever lacks one of a need's
     * {@link #requirement} fails {@link #isEligible}: orders of many candidates keep these bits to pass over those who
     * cannot take a need without reading them.
     */
    public static long offer(Candidate c) {
        long bits = 0;
        for (ContractType contract : c.contractTypes()) {
            bits |= 1L << contract.ordinal();
        }
        if (c.contactConsent() == ContactConsent.ESTABLISHMENTS_AND_ARS) {
            bits |= CONSENT_BIT;
        }
        for (String department : c.departmentsAccepted()) {
            bits |= departmentBit(department);
        }
        Availability availability = c.availability();
        if (availability != null) {
            bits |= (long) availability.weeklySlots() << FIRST_SLOT_BIT;
            if (availability.availableNowUntil() != null || !availability.available().isEmpty()) {
                bits |= NOT_ONLY_WEEKLY_BIT;
            }
        }
        return bits;
    }

    /** What a need requires of a candidate's {@link #offer}. */
    public static long requirement(OpenNeed need, Audience audience) {
        long bits = (need.contractType() == null ? 0 : 1L << need.contractType().ordinal())
                | (audience == Audience.ESTABLISHMENT ? CONSENT_BIT : 0)
                | departmentBit(need.department());
        for (ShiftSnapshot shift : need.shifts()) {
            bits |= 1L << (FIRST_SLOT_BIT + AvailabilityRules.slotOf(shift.start()));
        }
        return bits;
    }

    /** Whether an {@link #offer} meets a {@link #requirement}. */
    public static boolean meets(long offer, long requirement) {
        long required = (offer & NOT_ONLY_WEEKLY_BIT) == 0 ? requirement : requirement & ~SLOT_BITS;
        return (offer & required) == required;
    }

    private static long departmentBit(String code) {
        for (Department department : Department.values()) {
            if (department.code().equals(code)) {
                return 1L << (FIRST_DEPARTMENT_BIT + department.ordinal());
            }
        }
        return 0; // departments outside Normandy are left to isEligible
    }

    /** The same rules without the explanations, stopping at the first one failed: for ranking many candidates. */
    public static boolean isEligible(Candidate c, OpenNeed need, VolunteerSchedule schedule, Audience audience) {
        return hasProfession(c, need) && hasSpecialty(c, need) && verified(c) && consents(c, audience)
                && acceptsContract(c, need) && acceptsDepartment(c, need) && withinReach(c, distanceKm(c, need))
                && startsInTime(c, need) && availableOnEveryShift(c, need) && fitsSchedule(c, need, schedule);
    }

    /** Applies every hard rule, in the order of {@link #isEligible}; returns the distance. */
    private static double apply(Checks checks, Candidate c, OpenNeed need, VolunteerSchedule schedule, Audience audience) {
        checks.check(Criterion.PROFESSION, () -> hasProfession(c, need), () -> professionMet(need), () -> "Autre profession");
        if (namesSpecialty(need)) {
            checks.check(Criterion.SPECIALTY, () -> hasSpecialty(c, need), () -> specialtyMet(need), () -> "Spécialité différente");
        }
        checks.check(Criterion.VERIFIED, () -> verified(c), () -> VERIFIED_MET, () -> "Profil non vérifié ou en pause");
        if (audience == Audience.ESTABLISHMENT) {
            checks.check(Criterion.CONSENT, () -> consents(c, audience), () -> CONSENT_MET,
                    () -> "Ne souhaite être contacté que par l'ARS");
        }
        checks.check(Criterion.CONTRACT, () -> acceptsContract(c, need), () -> contractMet(need),
                () -> "N'accepte pas : " + need.contractType().label());
        checks.check(Criterion.DEPARTMENT, () -> acceptsDepartment(c, need), () -> DEPARTMENT_MET, () -> "Département non accepté");
        double distance = distanceKm(c, need);
        checks.check(Criterion.DISTANCE, () -> withinReach(c, distance), () -> distanceMet(c, distance),
                () -> distance < 0 ? "Localisation inconnue" : "Trop loin (" + DistanceBand.of(distance) + ", " + c.maxTravelKm() + " km acceptés)");
        checks.check(Criterion.START, () -> startsInTime(c, need), () -> START_MET,
                () -> "Pas disponible avant le " + c.earliestStart());
        checks.check(Criterion.AVAILABILITY, () -> availableOnEveryShift(c, need), () -> AVAILABILITY_MET,
                () -> need.shifts().stream().filter(s -> !AvailabilityRules.covers(c.availability(), s)).count()
                        + " créneau(x) hors de ses disponibilités");
        checks.check(Criterion.SCHEDULE, () -> fitsSchedule(c, need, schedule), () -> SCHEDULE_MET,
                () -> schedule.conflictWith(need.shifts(), c.maxHoursPerWeek()).orElse(""));
        return distance;
    }

    /**
     * What an eligible candidate meets, as {@link #assess} lists it, without checking the rules again: the explanations
     * of a shortlist's candidates, who passed them all.
     */
    public static List<String> metByEligible(Candidate c, OpenNeed need, double distanceKm, Audience audience) {
        List<String> met = new ArrayList<>(10);
        met.add(professionMet(need));
        if (namesSpecialty(need)) {
            met.add(specialtyMet(need));
        }
        met.add(VERIFIED_MET);
        if (audience == Audience.ESTABLISHMENT) {
            met.add(CONSENT_MET);
        }
        met.addAll(List.of(contractMet(need), DEPARTMENT_MET, distanceMet(c, distanceKm), START_MET, AVAILABILITY_MET,
                SCHEDULE_MET));
        return met;
    }

    private static String professionMet(OpenNeed need) {
        return "Profession : " + need.profession().label();
    }

    private static boolean namesSpecialty(OpenNeed need) {
        return need.specialty() != null && !need.specialty().isBlank();
    }

    private static String specialtyMet(OpenNeed need) {
        return "Spécialité : " + need.specialty();
    }

    private static String contractMet(OpenNeed need) {
        return "Accepte : " + need.contractType().label();
    }

    private static String distanceMet(Candidate c, double distanceKm) {
        return "Distance " + DistanceBand.of(distanceKm) + " (jusqu'à " + c.maxTravelKm() + " km accepté)";
    }

    private static boolean hasProfession(Candidate c, OpenNeed need) {
        return c.professions().contains(need.profession());
    }

    private static boolean hasSpecialty(Candidate c, OpenNeed need) {
        return !namesSpecialty(need) || need.specialty().equalsIgnoreCase(c.specialty());
    }

    private static boolean verified(Candidate c) {
        return c.status() == VolunteerStatus.VERIFIED;
    }

    /** Some volunteers accept to be contacted by the ARS only. */
    private static boolean consents(Candidate c, Audience audience) {
        return audience != Audience.ESTABLISHMENT || c.contactConsent() == ContactConsent.ESTABLISHMENTS_AND_ARS;
    }

    private static boolean acceptsContract(Candidate c, OpenNeed need) {
        return c.contractTypes().contains(need.contractType());
    }

    private static boolean acceptsDepartment(Candidate c, OpenNeed need) {
        return c.departmentsAccepted().contains(need.department());
    }

    private static boolean withinReach(Candidate c, double distanceKm) {
        return distanceKm >= 0 && distanceKm <= c.maxTravelKm();
    }

    private static boolean startsInTime(Candidate c, OpenNeed need) {
        return need.shifts().isEmpty() || c.earliestStart() == null
                || !need.shifts().getFirst().start().toLocalDate().isBefore(c.earliestStart());
    }

    private static boolean availableOnEveryShift(Candidate c, OpenNeed need) {
        for (ShiftSnapshot shift : need.shifts()) {
            if (!AvailabilityRules.covers(c.availability(), shift)) {
                return false;
            }
        }
        return true;
    }

    /** No overlapping mission, 11 h of rest between shifts and the volunteer's weekly hours. */
    private static boolean fitsSchedule(Candidate c, OpenNeed need, VolunteerSchedule schedule) {
        return schedule.conflictWith(need.shifts(), c.maxHoursPerWeek()).isEmpty();
    }

    /** Collects what was met and failed. */
    private static final class Checks {
        private final List<String> met = new ArrayList<>();
        private final List<String> failed = new ArrayList<>();
        private final List<Criterion> criteria = new ArrayList<>();

        void check(Criterion criterion, BooleanSupplier ok, Supplier<String> ifMet, Supplier<String> ifFailed) {
            if (ok.getAsBoolean()) {
                met.add(ifMet.get());
            } else {
                failed.add(ifFailed.get());
                criteria.add(criterion);
            }
        }
    }
}
