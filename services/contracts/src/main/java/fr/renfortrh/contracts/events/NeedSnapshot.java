package fr.renfortrh.contracts.events;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;

import java.util.List;

/**
 * A staffing need as other services see it. Shifts are listed one by one (a weekly pattern is expanded),
 * so consumers reason on intervals only.
 */
public record NeedSnapshot(
        String needId,
        String establishmentId,
        String establishmentName,
        Profession profession,
        String specialty,
        UnitType unitType,
        String department,
        String communeInsee,
        double latitude,
        double longitude,
        ContractType contractType,
        Urgency urgency,
        int positions,
        List<ShiftSnapshot> shifts,
        boolean housingOffered,
        String payIndication) {
}
