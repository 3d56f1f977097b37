package fr.renfortrh.needs.domain;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;

/** What a need asks for, as the establishment writes it. */
public record NeedDetails(
        Profession profession,
        String specialty,
        UnitType unitType,
        String requiredExperience,
        int positions,
        ContractType contractType,
        String payIndication,
        boolean housingOffered,
        Urgency urgency,
        String description,
        String contactPerson) {
}
