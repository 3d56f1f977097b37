package fr.renfortrh.contracts.reference;

import java.util.List;

/** A commune of the bundled reference: INSEE code, postcodes and centroid (WGS 84). */
public record Commune(String inseeCode, String name, String department, List<String> postcodes,
                      int population, double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        return 2 * EARTH_RADIUS_KM * Math.asin(halfChord(lat1, lon1, lat2, lon2));
    }

    /**
     * Never more than {@link #haversineKm} from the place to any point between the given latitudes and longitudes: the
     * haversine with each of its terms at its least over the box: the nearest latitude and longitude, and the cosine of
     * the latitude farthest from the equator.
     */
    public static double kmToBoxFloor(double latitude, double longitude, double south, double north, double west, double east) {
        double dLat = Math.toRadians(latitude - Math.clamp(latitude, south, north));
        double dLon = Math.toRadians(longitude - Math.clamp(longitude, west, east));
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(Math.max(Math.abs(south), Math.abs(north)))) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Lower bounds of the distances from one place to others, for ruling far places out before measuring them. */
    public static DistanceFloor distanceFloorFrom(double latitude, double longitude) {
        double latitudeRadians = Math.toRadians(latitude);
        return new DistanceFloor(latitude, longitude, Math.cos(latitudeRadians), Math.sin(latitudeRadians));
    }

    /**
     * Never more than {@link #haversineKm} from the place, within 0.01 % of it across Normandy, and with no
     * trigonometry per place measured: the sines and the other place's cosine are replaced by lower bounds
     * (x − x³/6 ≤ sin x ≤ x for x ≥ 0, cos δ ≥ 1 − δ²/2 in cos(φ + δ) = cos φ·cos δ − sin φ·sin δ) and the arcsine by
     * its argument.
     */
    public record DistanceFloor(double latitude, double longitude, double cosLatitude, double sinLatitude) {

        public double km(double toLatitude, double toLongitude) {
            double dLat = Math.toRadians(toLatitude - latitude);
            double dLon = Math.abs(Math.toRadians(toLongitude - longitude));
            if (dLon > Math.PI) {
                dLon = 2 * Math.PI - dLon;
            }
            // towards the pole the other place's cosine falls by at most |sin φ·δ|, towards the equator it rises by at least
            // |sin φ·δ|·(1 − δ²/6)
            double towardsPole = sinLatitude * dLat;
            double cosOther = Math.max(0, cosLatitude * (1 - dLat * dLat / 2)
                    - (towardsPole > 0 ? towardsPole : towardsPole * (1 - dLat * dLat / 6)));
            double northSouth = halfSineFloor(Math.abs(dLat));
            double eastWest = halfSineFloor(dLon);
            return 2 * EARTH_RADIUS_KM * Math.sqrt(northSouth * northSouth + cosLatitude * cosOther * eastWest * eastWest);
        }

        /** A lower bound of sin(x / 2) for x in [0, π]. */
        private static double halfSineFloor(double x) {
            double half = x / 2;
            return half * (1 - half * half / 6);
        }
    }

    /** Half the chord between two places, on a sphere of radius 1. */
    private static double halfChord(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return Math.min(1, Math.sqrt(a));
    }
}
