package fr.renfortrh.matching.domain;

/** Distance shown to establishments before contact: a band, not the figure that would help locate a home. */
public final class DistanceBand {

    private DistanceBand() {
    }

    public static String of(double km) {
        if (km < 0) {
            return "inconnue";
        }
        if (km < 10) {
            return "moins de 10 km";
        }
        if (km < 25) {
            return "10 à 25 km";
        }
        if (km < 50) {
            return "25 à 50 km";
        }
        return "plus de 50 km";
    }
}
