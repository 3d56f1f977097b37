package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;

import java.util.List;

/**
 * A need as matching knows it, built from need events, and the score its last proposed volunteer had.
 *
 * @param proposalBar the score a volunteer who appears after the need was ranked must beat to be proposed; none
 *                    while fewer volunteers than wanted were proposed
 */
public record OpenNeed(
        String needId,
        String establishmentId,
        String establishmentName,
        Profession profession,
        String specialty,
        UnitType unitType,
        String department,
        double latitude,
        double longitude,
        ContractType contractType,
        Urgency urgency,
        int positions,
        List<ShiftSnapshot> shifts,
        boolean open,
        String payIndication,
        Boolean housingOffered,
        Double proposalBar) {

    public OpenNeed {
        housingOffered = Boolean.TRUE.equals(housingOffered); // absent from needs stored before it was read
    }

    public static OpenNeed of(NeedSnapshot need) {
        return new OpenNeed(need.needId(), need.establishmentId(), need.establishmentName(), need.profession(),
                need.specialty(), need.unitType(), need.department(), need.latitude(), need.longitude(),
                need.contractType(), need.urgency(), need.positions(), List.copyOf(need.shifts()), true,
                need.payIndication(), need.housingOffered(), null);
    }

    /** Cancelled, expired or filled: kept for its history, no longer proposed for. */
    public OpenNeed closed() {
        return new OpenNeed(needId, establishmentId, establishmentName, profession, specialty, unitType, department,
                latitude, longitude, contractType, urgency, positions, shifts, false, payIndication, housingOffered,
                proposalBar);
    }

    /** Ranked and proposed to {@code best}, up to {@code wanted} volunteers. */
    public OpenNeed proposedTo(List<ShortlistEntry> best, int wanted) {
        return new OpenNeed(needId, establishmentId, establishmentName, profession, specialty, unitType, department,
                latitude, longitude, contractType, urgency, positions, shifts, open, payIndication, housingOffered,
                best.size() < wanted ? null : best.getLast().score().total());
    }

    /** Whether a volunteer with this score would have been among those proposed when the need was ranked. */
    public boolean worthProposing(Score score) {
        return proposalBar == null || score.total() > proposalBar;
    }

    public boolean hasLocation() {
        return latitude != 0 || longitude != 0;
    }
}
