package fr.renfortrh.needs.application;

import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.NeedCancelled;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.needs.domain.Details;
import fr.renfortrh.needs.domain.Establishment;
import fr.renfortrh.needs.domain.EstablishmentCategory;
import fr.renfortrh.needs.domain.LegalStatus;
import fr.renfortrh.needs.domain.Member;
import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.needs.domain.NeedDetails;
import fr.renfortrh.needs.domain.NeedStatus;
import fr.renfortrh.needs.domain.Shift;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Decision;
import fr.renfortrh.platform.domain.Forbidden;
import fr.renfortrh.platform.domain.Versioned;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ManagingNeedsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final Decision ARS = new Decision("Anne Roux", Instant.parse("2026-12-01T09:00:00Z"), null, null);
    private static final Member CLAIRE = new Member("claire", "claire@ehpad.fr", "Claire Martin", false);
    private static final Account CLAIRE_ACCOUNT = new Account("claire", "claire@ehpad.fr", "Claire Martin", false);

    private final Establishments establishments = mock(Establishments.class);
    private final Needs needs = mock(Needs.class);
    private final ManagingNeeds managing = new ManagingNeeds(needs, new ManagingEstablishments(establishments, CLOCK), CLOCK);

    @Test
    @SuppressWarnings("unchecked")
    void aNeedStoredWhileTheArsWithdrawsTheVerificationIsCancelledAndRefused() {
        Establishment verified = Establishment.request("e1", "760780007", new Details("EHPAD Les Tilleuls", LegalStatus.PUBLIC,
                EstablishmentCategory.EHPAD, "12 rue des Tilleuls", "76540", null, "02 35 00 00 00"), CLAIRE).aggregate().verify(ARS).aggregate();
        Establishment withdrawn = verified.withdrawVerification("Activité fermée", ARS).aggregate();
        // read before storing the need, then after: the withdrawal landed in between
        when(establishments.byId("e1")).thenReturn(Optional.of(new Versioned<>(verified, 1)), Optional.of(new Versioned<>(withdrawn, 2)));
        AtomicReference<Versioned<Need>> stored = new AtomicReference<>();
        when(needs.add(any())).thenAnswer(call -> {
            stored.set(new Versioned<>(((Change<Need>) call.getArgument(0)).aggregate(), 0));
            return stored.get();
        });
        when(needs.byId(any())).thenAnswer(call -> Optional.ofNullable(stored.get()));
        when(needs.update(any(), anyLong(), any())).thenAnswer(call -> new Versioned<>(((Change<Need>) call.getArgument(2)).aggregate(), 1));

        var nurses = new NeedDetails(Profession.INFIRMIER, null, UnitType.EHPAD, null, 1, ContractType.CDD_COURT,
                "Grille FPH", false, Urgency.HIGH, "Renfort de nuit", "Cadre de santé");
        var night = new Shift(LocalDate.of(2026, 12, 5), LocalTime.of(21, 0), LocalTime.of(7, 0));
        assertThatThrownBy(() -> managing.post(CLAIRE_ACCOUNT, "e1", nurses, List.of(night)))
                .isInstanceOf(Forbidden.class).hasMessage(Need.NOT_VERIFIED);

        ArgumentCaptor<Change<Need>> cancellation = ArgumentCaptor.captor();
        verify(needs).update(any(), eq(0L), cancellation.capture());
        assertThat(cancellation.getValue().aggregate().status()).isEqualTo(NeedStatus.CANCELLED);
        assertThat(cancellation.getValue().events()).singleElement().isInstanceOfSatisfying(NeedCancelled.class, cancelled -> {
            assertThat(cancelled.cancelledBy()).isEqualTo(MissionCancelled.BY_ARS);
            assertThat(cancelled.reason()).isEqualTo(ManagingNeeds.ESTABLISHMENT_SUSPENDED);
        });
    }
}
