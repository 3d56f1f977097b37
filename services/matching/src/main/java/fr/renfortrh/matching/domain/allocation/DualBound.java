package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.matching.domain.allocation.SparseLp.Row;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An upper bound on a packing LP's optimum — hence on every plan — that holds whatever the search did: for
 * any prices {@code y ≥ 0} on the rows, weak duality gives
 * {@code optimum ≤ Σ limit·y + Σ max(0, objective_j − Σ coefficient·y)} (the second sum prices each
 * variable's bound {@code x ≤ 1}). The prices are improved one row at a time, each set to what minimises the
 * bound given the others, pass after pass until a pass gains almost nothing. Exact steps stall where the bound
 * has a kink, so the descent goes on with {@code max(0, u)} smoothed to {@code μ·log(1 + e^(u/μ))} and
 * {@code μ} shrinking; the exact bound of the best prices seen is returned. It needs no simplex, so it answers
 * within its budget on instances where one does not finish in minutes; it is never below the LP optimum, and
 * above it by what the budget did not close.
 */
public final class DualBound {

    /** Smoothing temperatures, in objective units (a normal position is worth 1); 0 is the exact, unsmoothed step. */
    private static final double[] TEMPERATURES = {0, 0.01, 0.003, 0.001, 0.0003, 0};
    private static final double NEGLIGIBLE_GAIN = 1e-6;

    private DualBound() {
    }

    /** The sum of the blocks' bounds, each given a share of the budget in proportion to its size. */
    public static double of(List<SparseLp> blocks, Duration budget) {
        long variables = Math.max(1, blocks.stream().mapToLong(block -> block.objective().length).sum());
        return blocks.stream().mapToDouble(block -> of(block, budget.multipliedBy(block.objective().length).dividedBy(variables))).sum();
    }

    public static double of(SparseLp lp, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        lp = new SparseLp(lp.objective(), lp.rows().stream().map(DualBound::merged).toList());
        double[] priced = new double[lp.objective().length]; // Σ coefficient·y over the rows of each variable
        double[] prices = new double[lp.rows().size()];
        double best = exact(lp, prices, priced);
        for (double temperature : TEMPERATURES) {
            double previous = smoothed(lp, prices, priced, temperature);
            while (System.nanoTime() < deadline) {
                for (int r = 0; r < prices.length; r++) {
                    reprice(lp.rows().get(r), r, prices, priced, lp.objective(), temperature);
                }
                best = Math.min(best, exact(lp, prices, priced));
                double current = smoothed(lp, prices, priced, temperature);
                if (previous - current <= NEGLIGIBLE_GAIN * Math.max(1, Math.abs(current))) {
                    break;
                }
                previous = current;
            }
        }
        return best;
    }

    /**
     * Sets the row's price to the minimiser given the other prices: exactly, or for a smoothed bound by solving
     * {@code limit = Σ coefficient·σ((reduced − coefficient·y) / μ)} for y ≥ 0 (its slope is zero there and only
     * grows with y) with safeguarded Newton steps.
     */
    private static void reprice(Row row, int r, double[] prices, double[] priced, double[] objective, double temperature) {
        int[] variables = row.variables();
        double[] coefficients = row.coefficients();
        double old = prices[r];
        double[] reduced = new double[variables.length];
        double high = 0;
        for (int i = 0; i < variables.length; i++) {
            reduced[i] = objective[variables[i]] - priced[variables[i]] + coefficients[i] * old;
            if (coefficients[i] > 0) {
                high = Math.max(high, reduced[i] / coefficients[i] + 40 * temperature / coefficients[i]);
            }
        }
        double low = 0;
        double price = 0;
        if (temperature == 0) {
            price = exactMinimiser(row, reduced);
        } else if (slope(row, reduced, 0, temperature)[0] < 0) {
            price = Math.min(Math.max(old, low), high);
            for (int step = 0; step < 50 && high - low > 1e-12; step++) {
                double[] slopeAndCurvature = slope(row, reduced, price, temperature);
                if (Math.abs(slopeAndCurvature[0]) < 1e-10) {
                    break;
                }
                if (slopeAndCurvature[0] < 0) {
                    low = price;
                } else {
                    high = price;
                }
                double newton = price - slopeAndCurvature[0] / slopeAndCurvature[1];
                price = slopeAndCurvature[1] > 0 && newton > low && newton < high ? newton : (low + high) / 2;
            }
        }
        if (price != old) {
            for (int i = 0; i < variables.length; i++) {
                priced[variables[i]] += coefficients[i] * (price - old);
            }
            prices[r] = price;
        }
    }

    /** Where {@code limit·y + Σ max(0, reduced − coefficient·y)} stops decreasing: the breakpoint at which the coefficients of the variables still worth more than y exceed the limit. */
    private static double exactMinimiser(Row row, double[] reduced) {
        double[] coefficients = row.coefficients();
        Integer[] worth = new Integer[reduced.length];
        int positive = 0;
        for (int i = 0; i < reduced.length; i++) {
            if (reduced[i] > 0 && coefficients[i] > 0) {
                worth[positive++] = i;
            }
        }
        Arrays.sort(worth, 0, positive, (a, b) -> Double.compare(reduced[b] / coefficients[b], reduced[a] / coefficients[a]));
        double weight = 0;
        for (int k = 0; k < positive; k++) {
            weight += coefficients[worth[k]];
            if (weight > row.limit()) {
                return reduced[worth[k]] / coefficients[worth[k]];
            }
        }
        return 0;
    }

    private static double[] slope(Row row, double[] reduced, double price, double temperature) {
        double slope = row.limit();
        double curvature = 0;
        for (int i = 0; i < reduced.length; i++) {
            double a = row.coefficients()[i];
            double s = sigmoid((reduced[i] - a * price) / temperature);
            slope -= a * s;
            curvature += a * a * s * (1 - s) / temperature;
        }
        return new double[]{slope, curvature};
    }

    private static double sigmoid(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-Math.min(t, 40))) : Math.exp(Math.max(t, -40)) / (1 + Math.exp(Math.max(t, -40)));
    }

    /** One entry per variable (a need with two shifts in a week appears twice in that week's hours row). */
    private static Row merged(Row row) {
        Map<Integer, Double> coefficients = new LinkedHashMap<>();
        for (int i = 0; i < row.variables().length; i++) {
            coefficients.merge(row.variables()[i], row.coefficients()[i], Double::sum);
        }
        return new Row(coefficients.keySet().stream().mapToInt(Integer::intValue).toArray(),
                coefficients.values().stream().mapToDouble(Double::doubleValue).toArray(), row.limit());
    }

    private static double smoothed(SparseLp lp, double[] prices, double[] priced, double temperature) {
        if (temperature == 0) {
            return exact(lp, prices, priced);
        }
        double bound = 0;
        for (int r = 0; r < prices.length; r++) {
            bound += lp.rows().get(r).limit() * prices[r];
        }
        for (int j = 0; j < priced.length; j++) {
            double u = (lp.objective()[j] - priced[j]) / temperature;
            bound += temperature * (Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u))));
        }
        return bound;
    }

    private static double exact(SparseLp lp, double[] prices, double[] priced) {
        double bound = 0;
        for (int r = 0; r < prices.length; r++) {
            bound += lp.rows().get(r).limit() * prices[r];
        }
        for (int j = 0; j < priced.length; j++) {
            bound += Math.max(0, lp.objective()[j] - priced[j]);
        }
        return bound;
    }
}
