package fr.renfortrh.contracts.reference;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

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
    void theDistanceFloorIsNeverLongerThanTheDistanceAndWithinATenThousandthOfItAcrossNormandy() {
        for (String from : List.of("76540", "50502", "61001")) { // Rouen, Saint-Lô, Alençon
            var origin = communes.byInseeCode(from).orElseThrow();
            var floor = Commune.distanceFloorFrom(origin.latitude(), origin.longitude());
            for (Commune commune : communes.all()) {
                double distance = Commune.haversineKm(origin.latitude(), origin.longitude(), commune.latitude(), commune.longitude());
                assertThat(floor.km(commune.latitude(), commune.longitude()))
                        .isLessThanOrEqualTo(distance).isGreaterThanOrEqualTo(distance * (1 - 1e-4));
            }
        }
    }

    @Test
    void theDistanceFloorHoldsAcrossTheAntimeridianAndNearThePoles() {
        double[][] pairs = {{-17.5, 179.5, -17.6, -179.8}, {78.2, 15.6, 79.0, 16.0}, {-60, -60, 60, 120}, {0, 0, 0, 180}};
        for (double[] pair : pairs) {
            double distance = Commune.haversineKm(pair[0], pair[1], pair[2], pair[3]);
            assertThat(Commune.distanceFloorFrom(pair[0], pair[1]).km(pair[2], pair[3])).isLessThanOrEqualTo(distance);
        }
    }

    @Test
    void theDistanceToABoxIsNeverLongerThanToAnyOfItsPointsAndCloseToItsNearestPoint() {
        var random = new SplittableRandom(3);
        for (Commune commune : communes.all()) {
            double south = 48 + random.nextDouble(2), west = -2 + random.nextDouble(3);
            double north = south + 0.1, east = west + 0.15;
            double floor = Commune.kmToBoxFloor(commune.latitude(), commune.longitude(), south, north, west, east);
            for (int point = 0; point < 20; point++) {
                double latitude = south + random.nextDouble(0.1), longitude = west + random.nextDouble(0.15);
                assertThat(floor).isLessThanOrEqualTo(Commune.haversineKm(commune.latitude(), commune.longitude(), latitude, longitude));
            }
            double nearestLatitude = Math.clamp(commune.latitude(), south, north);
            double nearestLongitude = Math.clamp(commune.longitude(), west, east);
            assertThat(floor).isGreaterThanOrEqualTo(0.99 * Commune.haversineKm(commune.latitude(), commune.longitude(),
                    nearestLatitude, nearestLongitude) - 0.01);
        }
        assertThat(Commune.kmToBoxFloor(49.1, 0.1, 49, 49.2, 0, 0.15)).isZero();
    }
}
