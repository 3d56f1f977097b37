package fr.renfortrh.volunteer.domain;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.ShiftType;
import fr.renfortrh.contracts.reference.UnitType;

import java.time.LocalDate;
import java.util.List;

/** What a volunteer tells about themselves, everything they can edit. */
public record Profile(
        String phone,
        ContactChannel preferredChannel,
        Situation situation,
        List<Profession> professions,
        String specialty,
        String professionalId,
        List<Diploma> diplomas,
        Experience experience,
        Mobility mobility,
        Preferences preferences) {

    public enum ContactChannel { EMAIL, SMS, TELEPHONE }

    public enum WorkStatus { ACTIVE, LIBERAL, STUDENT, RETIRED }

    public enum EmployerType { HOPITAL, EHPAD, AUTRE }

    /**
     * Active (salaried, with the employer's agreement needed for a secondment), self-employed, student
     * (programme, year, school) or retired (year of retirement).
     */
    public record Situation(WorkStatus status, EmployerType employerType, boolean employerAgreesToSecondment,
                            String studyProgramme, Integer studyYear, String school, Integer retirementYear) {
    }

    public record Diploma(String title, int year, String institution) {
    }

    public record Experience(int years, List<UnitType> units, List<String> languages) {
    }

    public record Mobility(String communeInsee, int maxTravelKm, boolean hasCar, List<String> departmentsAccepted) {
    }

    public record Preferences(List<ContractType> contractTypes, List<ShiftType> shiftTypes, int maxHoursPerWeek,
                              LocalDate earliestStart, boolean wantsHousing, int weeklyContactBudget) {
    }

    public static Profile minimal(List<Profession> professions, String department) {
        return new Profile(null, ContactChannel.EMAIL, null, professions, null, null, List.of(),
                new Experience(0, List.of(), List.of()), new Mobility(null, 0, false, List.of(department)),
                new Preferences(List.of(), List.of(), 0, null, false, 3));
    }
}
