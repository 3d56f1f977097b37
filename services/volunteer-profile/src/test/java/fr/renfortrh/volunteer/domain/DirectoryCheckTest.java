package fr.renfortrh.volunteer.domain;

import fr.renfortrh.volunteer.domain.DirectoryCheck.Listing;
import fr.renfortrh.volunteer.domain.DirectoryCheck.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private final Identity heloise = new Identity("Héloïse", "Le Bihan-Dupré", "h@example.fr");

    @Test
    void theSameFamilyNameConfirmsWhateverTheCaseAccentsHyphensOrSpaces() {
        var check = DirectoryCheck.compare(Optional.of(new Listing("LE BIHAN DUPRE", "HELOISE", true)), heloise, NOW);

        assertThat(check.outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(check.detail()).contains("LE BIHAN DUPRE");
    }

    @Test
    void anotherNameAnInactiveListingOrNoListingAreShownAsSuchToTheOperator() {
        assertThat(DirectoryCheck.compare(Optional.of(new Listing("MARTIN", "Paul", true)), heloise, NOW).outcome())
                .isEqualTo(Outcome.NAME_MISMATCH);
        assertThat(DirectoryCheck.compare(Optional.of(new Listing("Le Bihan-Dupré", "Héloïse", false)), heloise, NOW).outcome())
                .isEqualTo(Outcome.INACTIVE);
        assertThat(DirectoryCheck.compare(Optional.empty(), heloise, NOW).outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void onlyAnUnreachableDirectoryCallsForAnotherTry() {
        assertThat(DirectoryCheck.unavailable("délai dépassé", NOW).conclusive()).isFalse();
        assertThat(DirectoryCheck.compare(Optional.empty(), heloise, NOW).conclusive()).isTrue();
    }
}
