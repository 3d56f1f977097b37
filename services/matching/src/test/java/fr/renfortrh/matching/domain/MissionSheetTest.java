package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.platform.domain.StateConflict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static fr.renfortrh.matching.domain.Fixtures.MONDAY;
import static fr.renfortrh.matching.domain.Fixtures.NOW;
import static fr.renfortrh.matching.domain.Fixtures.night;
import static fr.renfortrh.matching.domain.Fixtures.nightNeed;
import static fr.renfortrh.matching.domain.Fixtures.nurse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MissionSheetTest {

    private final OpenNeed need = nightNeed(night(MONDAY), night(MONDAY.plusDays(1)));
    private final Proposal requested = Proposal.propose(need, nurse("v1"), NOW).aggregate()
            .requestContact(NOW, Duration.ofHours(24)).aggregate();

    @Test
    void aSheetExistsOnlyOnceTheMissionIsConfirmed() {
        assertThatThrownBy(() -> MissionSheet.of(requested, need, Optional.empty(), NOW)).isInstanceOf(StateConflict.class);
    }

    @Test
    void theSheetNamesThePartiesTheShiftsTheirTotalAndThePayIndication() {
        var confirmed = requested.accept(NOW.plusSeconds(60)).aggregate().confirm().aggregate();

        var sheet = MissionSheet.of(confirmed, need, Optional.empty(), NOW);

        assertThat(sheet.title()).isEqualTo("Fiche de mission");
        assertThat(sheet.sections()).extracting(MissionSheet.Section::heading)
                .containsExactly("Parties", "Mission", "Créneaux (heure de Paris)");
        assertThat(sheet.sections().get(0).lines()).extracting(MissionSheet.Line::text)
                .anySatisfy(text -> assertThat(text).startsWith("M.L. — Infirmier"));
        assertThat(sheet.sections().get(2).lines()).extracting(MissionSheet.Line::label)
                .containsExactly("Lundi 7 décembre 2026", "Mardi 8 décembre 2026", "Total");
        assertThat(sheet.sections().get(2).lines().getLast().text()).isEqualTo("20 h sur 2 créneau(x)");
        assertThat(sheet.sections().get(1).lines()).contains(new MissionSheet.Line("Rémunération indicative",
                "Selon la grille applicable au contrat, précisée par l'établissement"));
    }

    @Test
    void aSecondmentComesWithADraftConventionBetweenEmployerHostAndVolunteer() {
        var secondment = new OpenNeed(need.needId(), need.establishmentId(), need.establishmentName(), need.profession(), null,
                need.unitType(), need.department(), need.latitude(), need.longitude(), ContractType.MISE_A_DISPOSITION,
                need.urgency(), 1, need.shifts(), true, "Remboursement de la rémunération chargée", true, null);
        var confirmed = Proposal.propose(secondment, nurse("v1"), NOW).aggregate().requestContact(NOW, Duration.ofHours(24))
                .aggregate().accept(NOW.plusSeconds(60)).aggregate().confirm().aggregate();

        var sheet = MissionSheet.of(confirmed, secondment, Optional.empty(), NOW);

        assertThat(sheet.title()).contains("convention de mise à disposition");
        assertThat(sheet.sections().getLast().heading()).isEqualTo("Projet de convention de mise à disposition");
        assertThat(sheet.sections().getLast().lines()).extracting(MissionSheet.Line::label)
                .contains("Entre", "Et", "Avec l'accord de", "Signatures");
        assertThat(sheet.sections().get(1).lines()).contains(new MissionSheet.Line("Hébergement", "Proposé par l'établissement"));
    }
}
