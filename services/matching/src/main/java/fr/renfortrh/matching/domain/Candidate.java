package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A volunteer as matching knows them: pseudonymous, built only from volunteer events. */
public record Candidate(
        String volunteerId,
        String initials,
        List<Profession> professions,
        String specialty,
        VolunteerStatus status,
        String department,
        double latitude,
        double longitude,
        int maxTravelKm,
        List<String> departmentsAccepted,
        List<ContractType> contractTypes,
        int maxHoursPerWeek,
        LocalDate earliestStart,
        Availability availability,
        Instant confirmedAt,
        int experienceYears,
        List<UnitType> unitExperience,
        int weeklyContactBudget,
        ContactConsent contactConsent) {

    public static Candidate of(VolunteerSnapshot v) {
        return new Candidate(v.volunteerId(), v.initials(), List.copyOf(v.professions()), v.specialty(), v.status(),
                v.department(), v.latitude(), v.longitude(), v.maxTravelKm(), List.copyOf(v.departmentsAccepted()),
                List.copyOf(v.contractTypes()), v.maxHoursPerWeek(), v.earliestStart(), v.availability(),
                v.confirmedAt(), v.experienceYears(), List.copyOf(v.unitExperience()), v.weeklyContactBudget(),
                v.contactConsent());
    }
}
