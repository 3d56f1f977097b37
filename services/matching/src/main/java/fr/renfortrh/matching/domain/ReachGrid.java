package fr.renfortrh.matching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A spatial index of volunteers by how far they accept to travel: each is filed under every ~10 km cell their
 * travel disk touches, so the volunteers who might reach a place are found by reading one cell (the local
 * MongoDB server has no geo queries). A stored read model uses the dual form, one key per volunteer — their
 * home cell and reach class — and asks for every home key close enough to the place: a cell per few km of
 * reach would make its index 100 times larger at a national scale. Exact distances are still checked by
 * {@link Eligibility}.
 */
public final class ReachGrid {

    private static final double CELL_LATITUDE = 0.1;
    private static final double CELL_LONGITUDE = 0.15;
    private static final double KM_PER_DEGREE = 111.2;
    /** Travel distances (km) a volunteer is classed under: the smallest covering theirs (profiles stop at 200 km). */
    private static final int[] REACH_CLASSES = {10, 20, 30, 50, 80, 120, 200};
    /** Home cells are kept when their nearest point is within the class's distance plus this (flat-earth slack). */
    private static final double MARGIN_KM = 1;

    private final Map<Long, List<Candidate>> byCell = new HashMap<>();

    private ReachGrid() {
    }

    public static ReachGrid of(Collection<Candidate> candidates) {
        ReachGrid grid = new ReachGrid();
        candidates.forEach(grid::file);
        return grid;
    }

    /** Volunteers whose travel disk may contain the place; a superset of those who accept to go there. */
    public List<Candidate> reaching(double latitude, double longitude) {
        return byCell.getOrDefault(cellOf(latitude, longitude), List.of());
    }

    /** The cell of a place. */
    public static long cellOf(double latitude, double longitude) {
        return cell(row(latitude), column(longitude));
    }

    /** Every cell the volunteer's travel disk touches (none without a location or a travel distance). */
    public static List<Long> cellsReachedBy(Candidate candidate) {
        List<Long> cells = new ArrayList<>();
        if ((candidate.latitude() == 0 && candidate.longitude() == 0) || candidate.maxTravelKm() <= 0) {
            return cells;
        }
        forCellsWithin(candidate.latitude(), candidate.longitude(), candidate.maxTravelKm(),
                (row, column) -> cells.add(cell(row, column)));
        return cells;
    }

    /**
     * The volunteer's home cell and reach class as one key (none without a location or a travel distance). Keys
     * sort by reach class, then row of cells, then column: a range of keys is a strip of the map, so a read model
     * sharded by ranges of this key finds a shortlist's candidates on few shards.
     */
    public static Optional<Long> homeKeyOf(Candidate candidate) {
        if ((candidate.latitude() == 0 && candidate.longitude() == 0) || candidate.maxTravelKm() <= 0) {
            return Optional.empty();
        }
        int reachClass = 0;
        while (reachClass < REACH_CLASSES.length - 1 && REACH_CLASSES[reachClass] < candidate.maxTravelKm()) {
            reachClass++;
        }
        return Optional.of(homeKey(reachClass, row(candidate.latitude()), column(candidate.longitude())));
    }

    /** The home keys of every volunteer who may reach the place: per class, the home cells within its distance. */
    public static List<Long> homeKeysReaching(double latitude, double longitude) {
        List<Long> keys = new ArrayList<>();
        for (int reachClass = 0; reachClass < REACH_CLASSES.length; reachClass++) {
            int theClass = reachClass;
            forCellsWithin(latitude, longitude, REACH_CLASSES[reachClass], (row, column) -> keys.add(homeKey(theClass, row, column)));
        }
        return keys;
    }

    private interface CellVisitor {
        void visit(int row, int column);
    }

    /**
     * Visits every cell whose nearest point is within {@code reachKm} of the place, plus a margin: on a flat earth whose
     * east-west distances are shrunk to the narrowest latitude in reach, so that no cell within reach is missed.
     */
    private static void forCellsWithin(double latitude, double longitude, double reachKm, CellVisitor visitor) {
        double km = reachKm + MARGIN_KM;
        double latitudeSpan = km / KM_PER_DEGREE;
        double narrowest = Math.max(0.1, Math.cos(Math.toRadians(Math.min(89, Math.abs(latitude) + latitudeSpan))));
        double longitudeSpan = latitudeSpan / narrowest;
        for (int row = row(latitude - latitudeSpan); row <= row(latitude + latitudeSpan); row++) {
            double nearestLatitude = Math.clamp(latitude, row * CELL_LATITUDE, (row + 1) * CELL_LATITUDE);
            for (int column = column(longitude - longitudeSpan); column <= column(longitude + longitudeSpan); column++) {
                double nearestLongitude = Math.clamp(longitude, column * CELL_LONGITUDE, (column + 1) * CELL_LONGITUDE);
                double north = (latitude - nearestLatitude) * KM_PER_DEGREE;
                double east = (longitude - nearestLongitude) * KM_PER_DEGREE * narrowest;
                if (Math.hypot(north, east) <= km) {
                    visitor.visit(row, column);
                }
            }
        }
    }

    private static long homeKey(int reachClass, int row, int column) {
        return ((long) reachClass << 48) | ((long) (row & 0xffffff) << 24) | (column & 0xffffff);
    }

    private void file(Candidate candidate) {
        for (long cell : cellsReachedBy(candidate)) {
            byCell.computeIfAbsent(cell, key -> new ArrayList<>()).add(candidate);
        }
    }

    private static int row(double latitude) {
        return (int) Math.floor(latitude / CELL_LATITUDE);
    }

    private static int column(double longitude) {
        return (int) Math.floor(longitude / CELL_LONGITUDE);
    }

    private static long cell(int row, int column) {
        return ((long) row << 32) ^ (column & 0xffffffffL);
    }
}
