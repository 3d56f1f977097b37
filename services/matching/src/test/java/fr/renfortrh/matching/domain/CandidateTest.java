package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.Urgency;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateTest {

    private final OpenNeed nightNurseInOrne = new OpenNeed("n1", "e1", Profession.INFIRMIER, "61",
            ContractType.VACATION, Urgency.CRITICAL, 1,
            List.of(new ShiftSnapshot(LocalDateTime.of(2026, 12, 5, 21, 0), LocalDateTime.of(2026, 12, 6, 7, 0))));

    private Candidate candidate(List<Profession> professions, String department, VolunteerStatus status) {
        return new Candidate("v1", "M.L.", professions, department, status);
    }

    @Test
    void aVolunteerOfTheRightProfessionAndDepartmentIsEligible() {
        assertThat(candidate(List.of(Profession.AIDE_SOIGNANT, Profession.INFIRMIER), "61", VolunteerStatus.VERIFIED)
                .isEligibleFor(nightNurseInOrne)).isTrue();
    }

    @Test
    void anotherProfessionOrDepartmentIsNotEligible() {
        assertThat(candidate(List.of(Profession.AIDE_SOIGNANT), "61", VolunteerStatus.VERIFIED)
                .isEligibleFor(nightNurseInOrne)).isFalse();
        assertThat(candidate(List.of(Profession.INFIRMIER), "14", VolunteerStatus.VERIFIED)
                .isEligibleFor(nightNurseInOrne)).isFalse();
    }

    @Test
    void pausedOrRejectedVolunteersAreNeverProposed() {
        for (var status : List.of(VolunteerStatus.PAUSED, VolunteerStatus.REJECTED, VolunteerStatus.DRAFT)) {
            assertThat(candidate(List.of(Profession.INFIRMIER), "61", status).isEligibleFor(nightNurseInOrne)).isFalse();
        }
    }
}
