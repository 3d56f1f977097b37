package fr.renfortrh.matching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A spatial index of volunteers by how far they accept to travel: each is filed under every ~10 km cell their
 * travel disk touches, so the volunteers who might reach a place are found by reading one cell (the local
 * MongoDB server has no geo queries; the candidates read model stores the same cells as an indexed key).
 * Exact distances are still checked by {@link Eligibility}.
 */
public final class ReachGrid {

    private static final double CELL_LATITUDE = 0.1;
    private static final double CELL_LONGITUDE = 0.15;
    private static final double KM_PER_DEGREE = 111.2;

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
        double latitudeSpan = candidate.maxTravelKm() / KM_PER_DEGREE;
        double longitudeSpan = latitudeSpan / Math.max(0.1, Math.cos(Math.toRadians(candidate.latitude())));
        for (int row = row(candidate.latitude() - latitudeSpan); row <= row(candidate.latitude() + latitudeSpan); row++) {
            for (int column = column(candidate.longitude() - longitudeSpan);
                 column <= column(candidate.longitude() + longitudeSpan); column++) {
                cells.add(cell(row, column));
            }
        }
        return cells;
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
