package fr.renfortrh.contracts.events;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;

import java.time.LocalDate;

/** A staffing need as other services see it. */
public record NeedSnapshot(
        String needId,
        String establishmentId,
        Profession profession,
        String department,
        ContractType contractType,
        Urgency urgency,
        int positions,
        LocalDate startDate,
        LocalDate endDate) {
}
