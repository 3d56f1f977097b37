package fr.renfortrh.contracts.events;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.ShiftType;
import fr.renfortrh.contracts.reference.UnitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What other services may know of a volunteer: what matching needs to find them, never contact details.
 * Every volunteer event carries the whole snapshot, so a consumer keeps the one with the highest version.
 *
 * @param confirmedAt     when the volunteer last confirmed their availability (freshness)
 * @param contactConsent  who may contact them: establishments and the ARS, or only the ARS
 */
public record VolunteerSnapshot(
        String volunteerId,
        String initials,
        List<Profession> professions,
        String specialty,
        VolunteerStatus status,
        String department,
        String communeInsee,
        double latitude,
        double longitude,
        int maxTravelKm,
        List<String> departmentsAccepted,
        List<ContractType> contractTypes,
        List<ShiftType> shiftTypes,
        int maxHoursPerWeek,
        LocalDate earliestStart,
        Availability availability,
        Instant confirmedAt,
        int experienceYears,
        List<UnitType> unitExperience,
        int weeklyContactBudget,
        ContactConsent contactConsent) {

    public enum VolunteerStatus { DRAFT, SUBMITTED, VERIFIED, REJECTED, PAUSED }

    public enum ContactConsent { ESTABLISHMENTS_AND_ARS, ARS_ONLY }
}
