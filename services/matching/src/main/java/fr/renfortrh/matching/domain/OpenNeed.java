package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;

import java.util.List;

/** A published need as matching knows it, built only from need events. */
public record OpenNeed(String needId, String establishmentId, Profession profession, String department,
                       ContractType contractType, Urgency urgency, int positions, List<ShiftSnapshot> shifts) {

    public static OpenNeed of(NeedSnapshot need) {
        return new OpenNeed(need.needId(), need.establishmentId(), need.profession(), need.department(),
                need.contractType(), need.urgency(), need.positions(), need.shifts());
    }
}
