package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.reference.Commune;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static fr.renfortrh.matching.domain.Fixtures.nurse;
import static org.assertj.core.api.Assertions.assertThat;

class ReachGridTest {

    @Test
    void everyPlaceWithinTheVolunteersTravelDistanceIsInOneOfTheirCellsAndTheGridFindsThemThere() {
        Candidate rouen = nurse("rouen");
        List<Long> cells = ReachGrid.cellsReachedBy(rouen);
        ReachGrid grid = ReachGrid.of(List.of(rouen));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            double latitude = rouen.latitude() + random.nextDouble(-1, 1);
            double longitude = rouen.longitude() + random.nextDouble(-1.5, 1.5);
            double distance = Commune.haversineKm(rouen.latitude(), rouen.longitude(), latitude, longitude);
            if (distance <= rouen.maxTravelKm()) {
                assertThat(cells).contains(ReachGrid.cellOf(latitude, longitude));
                assertThat(grid.reaching(latitude, longitude)).containsExactly(rouen);
            }
        }
    }

    @Test
    void everyVolunteerWhoAcceptsToTravelToAPlaceHasTheirHomeKeyAmongThePlacesKeys() {
        SplittableRandom random = new SplittableRandom(11);
        Candidate rouen = nurse("rouen");
        List<Long> keysOfRouen = ReachGrid.homeKeysReaching(rouen.latitude(), rouen.longitude());
        int within = 0;
        for (int i = 0; i < 5_000; i++) {
            double latitude = rouen.latitude() + random.nextDouble(-2, 2);
            double longitude = rouen.longitude() + random.nextDouble(-3, 3);
            int reach = 1 + random.nextInt(200);
            if (Commune.haversineKm(latitude, longitude, rouen.latitude(), rouen.longitude()) <= reach) {
                within++;
                assertThat(keysOfRouen).contains(ReachGrid.homeKeyOf(volunteerAt(latitude, longitude, reach)).orElseThrow());
            }
        }
        assertThat(within).isGreaterThan(1_000);
        assertThat(keysOfRouen).hasSizeLessThan(3_000);
    }

    @Test
    void theCellsOfATravelDiskLeaveOutTheCornersOfItsSquare() {
        Candidate rouen = volunteerAt(49.44, 1.10, 80);
        double corner = 79 / 111.2; // a place 79 km north and 79 km east: 112 km away

        assertThat(ReachGrid.cellsReachedBy(rouen))
                .contains(ReachGrid.cellOf(rouen.latitude() + corner, rouen.longitude()))
                .doesNotContain(ReachGrid.cellOf(rouen.latitude() + corner,
                        rouen.longitude() + corner / Math.cos(Math.toRadians(rouen.latitude() + corner))));
    }

    @Test
    void farPlacesAndVolunteersWithoutALocationAreNotFound() {
        Candidate rouen = nurse("rouen");
        ReachGrid grid = ReachGrid.of(List.of(rouen));

        assertThat(grid.reaching(49.63984, -1.61631)).isEmpty(); // Cherbourg, 240 km away
        var nowhere = new Candidate("nowhere", "N.W.", rouen.professions(), null, rouen.status(), "76", 0, 0, 30,
                rouen.departmentsAccepted(), rouen.contractTypes(), 48, null, rouen.availability(), rouen.confirmedAt(), 1,
                List.of(), 3, rouen.contactConsent());
        assertThat(ReachGrid.cellsReachedBy(nowhere)).isEmpty();
        assertThat(ReachGrid.homeKeyOf(nowhere)).isEmpty();
        assertThat(ReachGrid.homeKeysReaching(49.63984, -1.61631)).doesNotContain(ReachGrid.homeKeyOf(volunteerAt(rouen.latitude(), rouen.longitude(), 30)).orElseThrow());
    }

    private static Candidate volunteerAt(double latitude, double longitude, int reach) {
        Candidate rouen = nurse("rouen");
        return new Candidate("v", "V.V.", rouen.professions(), null, rouen.status(), "76", latitude, longitude, reach,
                rouen.departmentsAccepted(), rouen.contractTypes(), 48, null, rouen.availability(), rouen.confirmedAt(), 1,
                List.of(), 3, rouen.contactConsent());
    }
}
