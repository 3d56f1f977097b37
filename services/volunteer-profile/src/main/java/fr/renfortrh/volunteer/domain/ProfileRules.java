package fr.renfortrh.volunteer.domain;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.Availability.Period;
import fr.renfortrh.contracts.reference.Communes;
import fr.renfortrh.contracts.reference.Department;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.domain.RuleViolation;
import fr.renfortrh.platform.domain.RuleViolation.FieldMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Checks on what a volunteer enters: well-formed on every save, complete before submission. */
final class ProfileRules {

    static final int MAX_TRAVEL_KM = 200;
    static final int MAX_HOURS_PER_WEEK = 48;
    static final int MAX_AVAILABLE_NOW_DAYS = 60;
    static final int MAX_DIPLOMAS = 10;
    static final int MAX_DIPLOMA_TEXT = 120;

    private ProfileRules() {
    }

    static void requireWellFormed(Profile p, LocalDate today) {
        throwIfAny(missingParts(p));
        List<FieldMessage> errors = new ArrayList<>();
        if (p.professions().isEmpty()) {
            errors.add(new FieldMessage("professions", "Indiquez au moins une profession."));
        } else if (new LinkedHashSet<>(p.professions()).size() != p.professions().size()) {
            errors.add(new FieldMessage("professions", "Une profession est indiquée deux fois."));
        }
        if (p.phone() != null && !p.phone().isBlank() && !p.phone().replaceAll("[ .-]", "").matches("(\\+33|0)[1-9]\\d{8}")) {
            errors.add(new FieldMessage("phone", "Numéro de téléphone français attendu (ex. 06 12 34 56 78 ou +33 6 12 34 56 78)."));
        }
        if (!p.professions().isEmpty()) {
            String problem = ProfessionalId.problemWith(p.professionalId(), p.professions());
            if (problem != null) {
                errors.add(new FieldMessage("professionalId", problem));
            }
        }
        var mobility = p.mobility();
        if (mobility.communeInsee() != null && Communes.normandy().byInseeCode(mobility.communeInsee()).isEmpty()) {
            errors.add(new FieldMessage("mobility.communeInsee", "Commune inconnue : choisissez-la dans la liste."));
        }
        if (mobility.maxTravelKm() < 0 || mobility.maxTravelKm() > MAX_TRAVEL_KM) {
            errors.add(new FieldMessage("mobility.maxTravelKm", "Entre 0 et " + MAX_TRAVEL_KM + " km."));
        }
        if (mobility.departmentsAccepted().stream().anyMatch(d -> Department.byCode(d).isEmpty())) {
            errors.add(new FieldMessage("mobility.departmentsAccepted", "Départements de Normandie seulement (14, 27, 50, 61, 76)."));
        }
        var preferences = p.preferences();
        if (preferences.maxHoursPerWeek() < 0 || preferences.maxHoursPerWeek() > MAX_HOURS_PER_WEEK) {
            errors.add(new FieldMessage("preferences.maxHoursPerWeek", "Au plus " + MAX_HOURS_PER_WEEK + " h par semaine (plafond légal)."));
        }
        if (preferences.weeklyContactBudget() < 1 || preferences.weeklyContactBudget() > 10) {
            errors.add(new FieldMessage("preferences.weeklyContactBudget", "Entre 1 et 10 sollicitations par semaine."));
        }
        if (p.experience().years() < 0 || p.experience().years() > 60) {
            errors.add(new FieldMessage("experience.years", "Entre 0 et 60 ans."));
        }
        if (p.diplomas().size() > MAX_DIPLOMAS) {
            errors.add(new FieldMessage("diplomas", MAX_DIPLOMAS + " diplômes au plus."));
        }
        for (int i = 0; i < p.diplomas().size(); i++) {
            var diploma = p.diplomas().get(i);
            if (diploma.title() == null || diploma.title().isBlank()) {
                errors.add(new FieldMessage("diplomas[" + i + "].title", "Indiquez l'intitulé du diplôme."));
            } else if (diploma.title().length() > MAX_DIPLOMA_TEXT) {
                errors.add(new FieldMessage("diplomas[" + i + "].title", MAX_DIPLOMA_TEXT + " caractères au plus."));
            }
            if (diploma.institution() != null && diploma.institution().length() > MAX_DIPLOMA_TEXT) {
                errors.add(new FieldMessage("diplomas[" + i + "].institution", MAX_DIPLOMA_TEXT + " caractères au plus."));
            }
            int year = diploma.year();
            if (year < 1950 || year > today.getYear()) {
                errors.add(new FieldMessage("diplomas[" + i + "].year", "Année d'obtention invalide."));
            }
        }
        var situation = p.situation();
        if (situation != null) {
            if (situation.studyYear() != null && (situation.studyYear() < 1 || situation.studyYear() > 10)) {
                errors.add(new FieldMessage("situation.studyYear", "Année d'études entre 1 et 10."));
            }
            if (situation.retirementYear() != null && situation.retirementYear() > today.getYear()) {
                errors.add(new FieldMessage("situation.retirementYear", "L'année de retraite est dans le futur."));
            }
        }
        throwIfAny(errors);
    }

    /** The sections and list entries a saved profile cannot do without: the other rules read them. */
    private static List<FieldMessage> missingParts(Profile p) {
        List<FieldMessage> errors = new ArrayList<>();
        requireEntries("professions", p.professions(), "Indiquez au moins une profession.", "Profession manquante.", errors);
        requireEntries("diplomas", p.diplomas(), "Indiquez vos diplômes (liste vide si aucun).", "Diplôme manquant.", errors);
        if (p.experience() == null) {
            errors.add(new FieldMessage("experience", "Indiquez votre expérience."));
        } else {
            requireEntries("experience.units", p.experience().units(), "Indiquez les services (liste vide si aucun).", "Service manquant.", errors);
            requireEntries("experience.languages", p.experience().languages(), "Indiquez les langues (liste vide si aucune).", "Langue manquante.", errors);
        }
        if (p.mobility() == null) {
            errors.add(new FieldMessage("mobility", "Indiquez votre commune et jusqu'où vous pouvez vous déplacer."));
        } else {
            requireEntries("mobility.departmentsAccepted", p.mobility().departmentsAccepted(), "Choisissez les départements acceptés.", "Département manquant.", errors);
        }
        if (p.preferences() == null) {
            errors.add(new FieldMessage("preferences", "Indiquez vos préférences de mission."));
        } else {
            requireEntries("preferences.contractTypes", p.preferences().contractTypes(), "Indiquez les types de contrat (liste vide si aucun).", "Type de contrat manquant.", errors);
            requireEntries("preferences.shiftTypes", p.preferences().shiftTypes(), "Indiquez les créneaux (liste vide si aucun).", "Créneau manquant.", errors);
        }
        return errors;
    }

    private static void requireEntries(String field, List<?> list, String ifAbsent, String ifEntryMissing, List<FieldMessage> errors) {
        if (list == null) {
            errors.add(new FieldMessage(field, ifAbsent));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                errors.add(new FieldMessage(field + "[" + i + "]", ifEntryMissing));
            }
        }
    }

    /** What is still missing before the ARS can verify the profile. */
    static List<FieldMessage> missingForSubmission(Volunteer v) {
        List<FieldMessage> missing = new ArrayList<>();
        Profile p = v.profile();
        if (p.phone() == null || p.phone().isBlank()) {
            missing.add(new FieldMessage("phone", "Indiquez un numéro de téléphone."));
        }
        if (p.situation() == null || p.situation().status() == null) {
            missing.add(new FieldMessage("situation.status", "Indiquez votre situation (en activité, libéral, étudiant, retraité)."));
        }
        if (ProfessionalId.registerOf(p.professions()) != Profession.Register.NONE
                && (p.professionalId() == null || p.professionalId().isBlank())) {
            missing.add(new FieldMessage("professionalId", "Indiquez votre numéro " + ProfessionalId.registerOf(p.professions()) + "."));
        }
        if (p.professions().contains(Profession.MEDECIN) && (p.specialty() == null || p.specialty().isBlank())) {
            missing.add(new FieldMessage("specialty", "Indiquez votre spécialité médicale."));
        }
        if (p.mobility().communeInsee() == null) {
            missing.add(new FieldMessage("mobility.communeInsee", "Indiquez votre commune."));
        }
        if (p.mobility().maxTravelKm() <= 0) {
            missing.add(new FieldMessage("mobility.maxTravelKm", "Indiquez jusqu'où vous pouvez vous déplacer."));
        }
        if (p.preferences().contractTypes().isEmpty()) {
            missing.add(new FieldMessage("preferences.contractTypes", "Choisissez au moins un type de contrat."));
        }
        if (isEmpty(v.availability())) {
            missing.add(new FieldMessage("availability", "Indiquez vos disponibilités."));
        }
        if (v.consent() == null || v.consent().privacyNoticeVersion() == null) {
            missing.add(new FieldMessage("consent", "Acceptez la notice de confidentialité."));
        }
        return missing;
    }

    static void requireValidAvailability(Availability a, int availableNowDays, LocalDate today) {
        List<FieldMessage> errors = new ArrayList<>();
        checkPeriods("available", a.available(), today, errors);
        checkPeriods("unavailable", a.unavailable(), today, errors);
        if (availableNowDays < 0 || availableNowDays > MAX_AVAILABLE_NOW_DAYS) {
            errors.add(new FieldMessage("availableNowDays", "Entre 0 et " + MAX_AVAILABLE_NOW_DAYS + " jours."));
        }
        if (a.weeklySlots() < 0 || a.weeklySlots() >= 1 << 21) {
            errors.add(new FieldMessage("weeklySlots", "Créneaux hebdomadaires invalides."));
        }
        throwIfAny(errors);
    }

    private static void checkPeriods(String field, List<Period> periods, LocalDate today, List<FieldMessage> errors) {
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            if (period == null) {
                errors.add(new FieldMessage(field + "[" + i + "]", "Période manquante."));
            } else if (period.from() == null || period.to() == null) {
                errors.add(new FieldMessage(field + "[" + i + "]", "Indiquez le début et la fin de la période."));
            } else if (period.to().isBefore(period.from())) {
                errors.add(new FieldMessage(field + "[" + i + "]", "La fin de la période précède son début."));
            } else if (period.to().isBefore(today)) {
                errors.add(new FieldMessage(field + "[" + i + "]", "Cette période est déjà passée."));
            }
        }
        var sorted = periods.stream().filter(p -> p != null && p.from() != null && p.to() != null)
                .sorted(Comparator.comparing(Period::from)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).from().isAfter(sorted.get(i - 1).to())) {
                errors.add(new FieldMessage(field, "Deux périodes se chevauchent."));
                break;
            }
        }
    }

    static boolean isEmpty(Availability a) {
        return a == null || (a.weeklySlots() == 0 && a.available().isEmpty() && a.availableNowUntil() == null);
    }

    private static void throwIfAny(List<FieldMessage> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
    }
}
