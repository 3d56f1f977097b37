package fr.renfortrh.contracts.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CommunesTest {

    private final Communes communes = Communes.normandy();

    @Test
    void everyNormandyCommuneIsBundledWithItsCoordinates() {
        assertThat(communes.all()).hasSize(2644);
        assertThat(communes.byInseeCode("76540")).hasValueSatisfying(rouen -> {
            assertThat(rouen.name()).isEqualTo("Rouen");
            assertThat(rouen.department()).isEqualTo("76");
        });
    }

    @Test
    void searchFindsCommunesByPostcodePrefixOrByNameIgnoringAccents() {
        assertThat(communes.search("14000", 5)).extracting(Commune::name).contains("Caen");
        assertThat(communes.search("evreux", 5)).extracting(Commune::name).containsExactly("Évreux");
        assertThat(communes.search("", 5)).isEmpty();
    }

    @Test
    void distanceBetweenRouenAndCaenIsAboutOneHundredKilometres() {
        var rouen = communes.byInseeCode("76540").orElseThrow();
        var caen = communes.byInseeCode("14118").orElseThrow();
        assertThat(Commune.haversineKm(rouen.latitude(), rouen.longitude(), caen.latitude(), caen.longitude())).isCloseTo(107, within(8.0));
    }

    @Test
    void theChordIsNeverLongerThanTheDistanceAndWithinATenThousandthOfItAcrossNormandy() {
        var rouen = communes.byInseeCode("76540").orElseThrow();
        for (Commune commune : communes.all()) {
            double distance = Commune.haversineKm(rouen.latitude(), rouen.longitude(), commune.latitude(), commune.longitude());
            double chord = Commune.chordKm(rouen.latitude(), rouen.longitude(), commune.latitude(), commune.longitude());
            assertThat(chord).isLessThanOrEqualTo(distance).isGreaterThanOrEqualTo(distance * (1 - 1e-4));
        }
    }
}
