package fr.renfortrh.volunteer.domain;

import fr.renfortrh.contracts.events.VolunteerRegistered;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.platform.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VolunteerTest {

    private final Identity marie = new Identity("Marie", "Lefebvre", "marie@example.fr");

    @Test
    void registeringSubmitsTheProfileAndAnnouncesItWithoutContactDetails() {
        var change = Volunteer.register("v1", "account-1", marie, List.of(Profession.INFIRMIER), "76");

        assertThat(change.aggregate().status()).isEqualTo(VolunteerStatus.SUBMITTED);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(VolunteerRegistered.class, event -> {
            assertThat(event.volunteer().initials()).isEqualTo("M.L.");
            assertThat(event.volunteer().professions()).containsExactly(Profession.INFIRMIER);
            assertThat(event.volunteer().toString()).doesNotContain("marie@example.fr", "Lefebvre");
        });
    }

    @Test
    void aVolunteerNeedsAtLeastOneProfessionAndANormandyDepartment() {
        assertThatThrownBy(() -> Volunteer.register("v1", "a", marie, List.of(), "75"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.errors())
                        .extracting(RuleViolation.FieldMessage::field).containsExactly("professions", "department"));
    }

    @Test
    void aProfessionCannotBeListedTwice() {
        assertThatThrownBy(() -> Volunteer.register("v1", "a", marie,
                List.of(Profession.AIDE_SOIGNANT, Profession.AIDE_SOIGNANT), "14"))
                .isInstanceOf(RuleViolation.class);
    }
}
