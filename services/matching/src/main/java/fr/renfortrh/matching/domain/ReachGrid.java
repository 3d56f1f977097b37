package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.Commune;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Verified volunteers in memory, filed per profession under every ~10 km cell their travel disk touches: those who may
 * reach a place are in its cell (the local MongoDB server has no geo queries). Each cell orders them by the highest
 * score they could get for a need anywhere in it, from the distance to its nearest point, so that a shortlist reads
 * them best first and stops at the first who could not enter it ({@link Shortlist}); exact distances and every rule
 * are checked there. Safe for concurrent use: filing changes a cell, whose order is rebuilt at its next read.
 */
public final class ReachGrid {

    private static final double CELL_LATITUDE = 0.1;
    private static final double CELL_LONGITUDE = 0.15;
    private static final double KM_PER_DEGREE = 111.2;
    /** Cells are looked for in a box this much wider than the travel disk (flat-earth slack). */
    private static final double MARGIN_KM = 1;
    /**
     * Added to every bound: scores are rounded to a tenth, orders keep floats, and an order may have been built up to
     * {@link #EARLIER} after the {@code now} of a shortlist read concurrently (freshness falls by 0.001 a minute).
     */
    private static final double SLACK = 0.1;
    private static final Duration EARLIER = Duration.ofMinutes(1);
    /** Freshness only falls with time, so an older order still bounds the scores, by less than a point a day. */
    private static final Duration KEPT_ORDER = Duration.ofHours(6);

    private final Map<Profession, Map<Long, Cell>> cells = new ConcurrentHashMap<>();

    public static ReachGrid of(Collection<Candidate> candidates) {
        ReachGrid grid = new ReachGrid();
        candidates.forEach(grid::file);
        return grid;
    }

    /** Files a verified volunteer with a place and a travel distance (no shortlist holds the others); tells if it did. */
    public boolean file(Candidate candidate) {
        long offer = Eligibility.offer(candidate);
        return forEachCellOf(candidate, cell -> cell.add(candidate, offer));
    }

    /** Takes out the very candidate filed (the same instance). */
    public void unfile(Candidate candidate) {
        forEachCellOf(candidate, cell -> cell.remove(candidate));
    }

    /**
     * The volunteers of the need's profession who may reach its place, best bound first, less those who do not accept its
     * contract, its department, its shifts' weekly slots or (for an establishment) to be contacted by it; none if it has
     * no place.
     */
    public InReach inReachOf(OpenNeed need, Audience audience, Instant now) {
        Cell cell = need.hasLocation()
                ? cells.getOrDefault(need.profession(), Map.of()).get(cellOf(need.latitude(), need.longitude())) : null;
        return (cell == null ? Order.EMPTY : cell.order(now)).readFor(need, audience);
    }

    /**
     * A reading of candidates, once, each with a bound of the score they could get, never increasing: whoever comes
     * after one who cannot enter a shortlist cannot either. Those who worked in the need's unit come at their place
     * in the order with its points added, the others at theirs without. {@link #hasNext} comes before each
     * {@link #nextBound} and {@link #next}.
     */
    public static final class InReach {

        private static final int[] NOBODY = new int[0];

        private final Candidate[] candidates;
        private final float[] bounds;
        private final float[] km;
        private final int[] withUnit;
        private final double added;
        private final double addedWithUnit;
        private final long[] offers;
        private final long required;
        private final Predicate<Candidate> also;
        private int next;
        private int nextSkipped;
        private int nextWithUnit;
        private int last = -1;
        private double lastBound;

        private InReach(Candidate[] candidates, float[] bounds, float[] km, int[] withUnit, double added, double addedWithUnit,
                        long[] offers, long required, Predicate<Candidate> also) {
            this.candidates = candidates;
            this.bounds = bounds;
            this.km = km;
            this.withUnit = withUnit;
            this.added = added;
            this.addedWithUnit = addedWithUnit;
            this.offers = offers;
            this.required = required;
            this.also = also;
        }

        /** All of them, in no particular order. */
        public List<Candidate> candidates() {
            List<Candidate> all = new ArrayList<>();
            for (int i = 0; i < candidates.length; i++) {
                if (Eligibility.meets(offers[i], required) && also.test(candidates[i])) {
                    all.add(candidates[i]);
                }
            }
            return all;
        }

        /** Those who also pass {@code also}, read from the start. */
        public InReach matching(Predicate<Candidate> also) {
            return new InReach(candidates, bounds, km, withUnit, added, addedWithUnit, offers, required, this.also.and(also));
        }

        /** Moves past those who fail {@code also} or do not accept the need, and in the order past those read with the unit. */
        boolean hasNext() {
            while (next < candidates.length) {
                while (nextSkipped < withUnit.length && withUnit[nextSkipped] < next) {
                    nextSkipped++;
                }
                if ((nextSkipped < withUnit.length && withUnit[nextSkipped] == next) || !taken(next)) {
                    next++;
                } else {
                    break;
                }
            }
            while (nextWithUnit < withUnit.length && !taken(withUnit[nextWithUnit])) {
                nextWithUnit++;
            }
            return next < candidates.length || nextWithUnit < withUnit.length;
        }

        /** The bound of whoever {@link #next} gives. */
        double nextBound() {
            return fromUnit() ? bounds[withUnit[nextWithUnit]] + addedWithUnit : bounds[next] + added;
        }

        Candidate next() {
            lastBound = nextBound();
            last = fromUnit() ? withUnit[nextWithUnit++] : next++;
            return candidates[last];
        }

        /**
         * The bound of the candidate {@link #next} gave last, at a distance of at least {@code atLeastKm} rather than the
         * cell's: the order's proximity is taken out and put back at the larger of the two.
         */
        double lastBoundAt(double atLeastKm) {
            Candidate candidate = candidates[last];
            return lastBound - Scoring.proximity(candidate, km[last]) + Scoring.proximity(candidate, Math.max(km[last], atLeastKm));
        }

        private boolean fromUnit() {
            return nextWithUnit < withUnit.length && (next == candidates.length
                    || bounds[withUnit[nextWithUnit]] + addedWithUnit >= bounds[next] + added);
        }

        /** Offers are read before the candidate: most who do not accept the need are passed over unread. */
        private boolean taken(int i) {
            return Eligibility.meets(offers[i], required) && also.test(candidates[i]);
        }
    }

    /** The volunteers filed under one cell for one profession, and their order. */
    private static final class Cell {

        private final double south;
        private final double west;
        /** Filed since the order was built, and what each accepts: arrays rather than objects, a few bytes each. */
        private Candidate[] added = new Candidate[0];
        private long[] addedOffers = new long[0];
        private int addedCount;
        private final Set<Candidate> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        private Order order = Order.EMPTY;

        Cell(long key) {
            this.south = (int) (key >> 32) * CELL_LATITUDE;
            this.west = (int) key * CELL_LONGITUDE;
        }

        synchronized void add(Candidate candidate, long offer) {
            removed.remove(candidate);
            if (addedCount == added.length) {
                added = Arrays.copyOf(added, Math.max(4, 2 * addedCount));
                addedOffers = Arrays.copyOf(addedOffers, added.length);
            }
            added[addedCount] = candidate;
            addedOffers[addedCount++] = offer;
        }

        synchronized void remove(Candidate candidate) {
            for (int i = 0; i < addedCount; i++) {
                if (added[i] == candidate) {
                    added[i] = added[--addedCount];
                    addedOffers[i] = addedOffers[addedCount];
                    added[addedCount] = null;
                    return;
                }
            }
            removed.add(candidate);
        }

        synchronized Order order(Instant now) {
            boolean current = addedCount == 0 && removed.isEmpty() && !now.isBefore(order.builtAt.minus(EARLIER))
                    && now.isBefore(order.builtAt.plus(KEPT_ORDER));
            if (!current) {
                order = rebuilt(now);
                added = new Candidate[0];
                addedOffers = new long[0];
                addedCount = 0;
                removed.clear();
            }
            return order;
        }

        private Order rebuilt(Instant now) {
            int most = order.candidates.length + addedCount;
            Candidate[] candidates = new Candidate[most];
            float[] km = new float[most];
            long[] offers = new long[most];
            int n = 0;
            for (int i = 0; i < order.candidates.length; i++) {
                if (!removed.contains(order.candidates[i])) {
                    candidates[n] = order.candidates[i];
                    km[n] = order.km[i];
                    offers[n++] = order.offers[i];
                }
            }
            for (int i = 0; i < addedCount; i++) {
                Candidate candidate = added[i];
                candidates[n] = candidate;
                offers[n] = addedOffers[i];
                // rounded down, to stay a floor
                km[n++] = Math.max(0, Math.nextDown((float) kmToCell(candidate.latitude(), candidate.longitude(), south, west)));
            }
            long[] byBound = new long[n];
            for (int i = 0; i < n; i++) {
                // rounded up, to stay a bound; a non-negative float's bits sort as the float does
                float bound = Math.nextUp((float) Scoring.atMostAnywhere(candidates[i], km[i], now));
                byBound[i] = ((long) Float.floatToIntBits(bound) << 32) | i;
            }
            Arrays.sort(byBound);
            Candidate[] sorted = new Candidate[n];
            float[] sortedKm = new float[n];
            long[] sortedOffers = new long[n];
            float[] bounds = new float[n];
            for (int i = 0; i < n; i++) {
                long entry = byBound[n - 1 - i];
                int from = (int) entry;
                sorted[i] = candidates[from];
                sortedKm[i] = km[from];
                sortedOffers[i] = offers[from];
                bounds[i] = Float.intBitsToFloat((int) (entry >>> 32));
            }
            return Order.of(sorted, sortedKm, sortedOffers, bounds, now);
        }
    }

    /**
     * A cell's candidates best bound first (without a unit's points), the least distance from each to the cell, what
     * each accepts ({@link Eligibility#offer}), and for each unit type the positions of those who worked in it.
     */
    private record Order(Candidate[] candidates, float[] km, long[] offers, float[] bounds, int[][] withUnit, Instant builtAt) {

        static final Order EMPTY = of(new Candidate[0], new float[0], new long[0], new float[0], Instant.EPOCH);

        static Order of(Candidate[] candidates, float[] km, long[] offers, float[] bounds, Instant builtAt) {
            int[][] withUnit = new int[UnitType.values().length][];
            int[] units = new int[candidates.length];
            int[] counts = new int[withUnit.length];
            for (int i = 0; i < candidates.length; i++) {
                for (UnitType unit : candidates[i].unitExperience()) {
                    units[i] |= 1 << unit.ordinal();
                }
                for (int unit = 0; unit < withUnit.length; unit++) {
                    counts[unit] += units[i] >> unit & 1;
                }
            }
            for (int unit = 0; unit < withUnit.length; unit++) {
                withUnit[unit] = new int[counts[unit]];
                counts[unit] = 0;
            }
            for (int i = 0; i < candidates.length; i++) {
                for (int unit = 0; unit < withUnit.length; unit++) {
                    if ((units[i] >> unit & 1) == 1) {
                        withUnit[unit][counts[unit]++] = i;
                    }
                }
            }
            return new Order(candidates, km, offers, bounds, withUnit, builtAt);
        }

        InReach readFor(OpenNeed need, Audience audience) {
            return new InReach(candidates, bounds, km, need.unitType() == null ? InReach.NOBODY : withUnit[need.unitType().ordinal()],
                    Scoring.atMostFromNeed(need, false) + SLACK, Scoring.atMostFromNeed(need, true) + SLACK, offers,
                    Eligibility.requirement(need, audience), candidate -> true);
        }
    }

    private boolean forEachCellOf(Candidate candidate, Consumer<Cell> action) {
        if (candidate.status() != VolunteerStatus.VERIFIED) {
            return false;
        }
        List<Long> reached = cellsReachedBy(candidate);
        for (Profession profession : candidate.professions()) {
            Map<Long, Cell> ofProfession = cells.computeIfAbsent(profession, key -> new ConcurrentHashMap<>());
            reached.forEach(cell -> action.accept(ofProfession.computeIfAbsent(cell, Cell::new)));
        }
        return !reached.isEmpty();
    }

    /** The cell of a place. */
    public static long cellOf(double latitude, double longitude) {
        return cell(row(latitude), column(longitude));
    }

    /**
     * Every cell the volunteer's travel disk touches (none without a location or a travel distance): those whose least
     * distance from their home is within reach, looked for in a box a margin wider than the disk.
     */
    public static List<Long> cellsReachedBy(Candidate candidate) {
        List<Long> cells = new ArrayList<>();
        if ((candidate.latitude() == 0 && candidate.longitude() == 0) || candidate.maxTravelKm() <= 0) {
            return cells;
        }
        double latitude = candidate.latitude();
        double longitude = candidate.longitude();
        double latitudeSpan = (candidate.maxTravelKm() + MARGIN_KM) / KM_PER_DEGREE;
        double narrowest = Math.max(0.1, Math.cos(Math.toRadians(Math.min(89, Math.abs(latitude) + latitudeSpan))));
        double longitudeSpan = latitudeSpan / narrowest;
        for (int row = row(latitude - latitudeSpan); row <= row(latitude + latitudeSpan); row++) {
            for (int column = column(longitude - longitudeSpan); column <= column(longitude + longitudeSpan); column++) {
                if (kmToCell(latitude, longitude, row * CELL_LATITUDE, column * CELL_LONGITUDE) <= candidate.maxTravelKm()) {
                    cells.add(cell(row, column));
                }
            }
        }
        return cells;
    }

    /** Never more than the distance from a place to any point of the cell whose south-west corner is given. */
    private static double kmToCell(double latitude, double longitude, double south, double west) {
        return Commune.kmToBoxFloor(latitude, longitude, south, south + CELL_LATITUDE, west, west + CELL_LONGITUDE);
    }

    private static int row(double latitude) {
        return (int) Math.floor(latitude / CELL_LATITUDE);
    }

    private static int column(double longitude) {
        return (int) Math.floor(longitude / CELL_LONGITUDE);
    }

    private static long cell(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }
}
