package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.matching.domain.allocation.SparseLp.Row;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The allocation bench's bound on the arc LP where GLOP does not prove its optimum in time.
 * <p>
 * An upper bound on a packing LP's optimum — hence on every plan — that holds whatever the search did: for
 * any prices {@code y ≥ 0} on the rows, weak duality gives
 * {@code optimum ≤ Σ limit·y + Σ max(0, objective_j − Σ coefficient·y)} (the second sum prices each
 * variable's bound {@code x ≤ 1}). The prices are improved one row at a time, each set to what minimises the
 * bound given the others, pass after pass until a pass gains almost nothing. Exact steps stall where the bound
 * has a kink, so the descent goes on with {@code max(0, u)} smoothed to {@code μ·log(1 + e^(u/μ))} and
 * {@code μ} shrinking, each phase taking an equal share of the time left; the exact bound of the best prices
 * seen is returned. It needs no simplex, so it answers
 * within its budget on instances where one does not finish in minutes; it is never below the LP optimum, and
 * above it by what the budget did not close.
 */
final class DualBound {

    /** Smoothing temperatures, in objective units (a normal position is worth 1); 0 is the exact, unsmoothed step. */
    private static final double[] TEMPERATURES = {0, 0.01, 0.003, 0.001, 0.0003, 0};
    private static final double NEGLIGIBLE_GAIN = 1e-6;

    private DualBound() {
    }

    /** The sum of the blocks' bounds, each given a share of the budget in proportion to its size. */
    static double of(List<SparseLp> blocks, Duration budget) {
        long variables = Math.max(1, blocks.stream().mapToLong(block -> block.objective().length).sum());
        return blocks.stream().mapToDouble(block -> of(block, budget.multipliedBy(block.objective().length).dividedBy(variables))).sum();
    }

    static double of(SparseLp lp, Duration budget) {
        return new Descent(lp).run(System.nanoTime() + budget.toNanos());
    }

    private static final class Descent {

        private final double[] objective;
        private final List<Row> rows;
        private final boolean[] uniform; // every coefficient of the row is the same
        private final double[] prices;
        private final double[] priced; // Σ coefficient·y over the rows of each variable
        private final double[] reduced; // scratch, per entry of the row being repriced
        private final double[] ratios;

        Descent(SparseLp lp) {
            objective = lp.objective();
            rows = lp.rows();
            uniform = new boolean[rows.size()];
            int longest = 0;
            for (int r = 0; r < rows.size(); r++) {
                double[] coefficients = rows.get(r).coefficients();
                uniform[r] = Arrays.stream(coefficients).allMatch(c -> c == coefficients[0]);
                longest = Math.max(longest, coefficients.length);
            }
            prices = new double[rows.size()];
            priced = new double[objective.length];
            reduced = new double[longest];
            ratios = new double[longest];
        }

        double run(long deadline) {
            double best = exact();
            for (int phase = 0; phase < TEMPERATURES.length; phase++) {
                double temperature = TEMPERATURES[phase];
                long phaseEnd = System.nanoTime() + (deadline - System.nanoTime()) / (TEMPERATURES.length - phase);
                double previous = smoothed(temperature);
                while (System.nanoTime() < phaseEnd) {
                    for (int r = 0; r < prices.length; r++) {
                        reprice(r, temperature);
                    }
                    best = Math.min(best, exact());
                    double current = smoothed(temperature);
                    if (previous - current <= NEGLIGIBLE_GAIN * Math.max(1, Math.abs(current))) {
                        break;
                    }
                    previous = current;
                }
            }
            return best;
        }

        /**
         * Sets the row's price to the minimiser given the other prices: exactly, or for a smoothed bound by
         * solving {@code limit = Σ coefficient·σ((reduced − coefficient·y) / μ)} for y ≥ 0 (its slope is zero
         * there and only grows with y) with safeguarded Newton steps.
         */
        private void reprice(int r, double temperature) {
            Row row = rows.get(r);
            int[] variables = row.variables();
            double[] coefficients = row.coefficients();
            double old = prices[r];
            double high = 0;
            for (int i = 0; i < variables.length; i++) {
                reduced[i] = objective[variables[i]] - priced[variables[i]] + coefficients[i] * old;
                if (coefficients[i] > 0) {
                    high = Math.max(high, reduced[i] / coefficients[i] + 40 * temperature / coefficients[i]);
                }
            }
            double price = 0;
            if (temperature == 0) {
                price = uniform[r] ? uniformMinimiser(row) : exactMinimiser(row);
            } else if (slope(row, 0, temperature)[0] < 0) {
                double low = 0;
                price = Math.min(Math.max(old, low), high);
                for (int step = 0; step < 50 && high - low > 1e-12; step++) {
                    double[] slopeAndCurvature = slope(row, price, temperature);
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

        /** With one coefficient a, the bound stops decreasing at the (⌊limit / a⌋ + 1)-th largest worth per unit. */
        private double uniformMinimiser(Row row) {
            double a = row.coefficients()[0];
            int positive = 0;
            for (int i = 0; i < row.variables().length; i++) {
                if (reduced[i] > 0 && a > 0) {
                    ratios[positive++] = reduced[i] / a;
                }
            }
            int wanted = (int) Math.floor(row.limit() / a + 1e-12) + 1;
            return wanted > positive ? 0 : largest(ratios, positive, wanted);
        }

        /** Where {@code limit·y + Σ max(0, reduced − coefficient·y)} stops decreasing: the breakpoint at which the coefficients of the variables still worth more than y exceed the limit. */
        private double exactMinimiser(Row row) {
            double[] coefficients = row.coefficients();
            Integer[] worth = new Integer[coefficients.length];
            int positive = 0;
            for (int i = 0; i < coefficients.length; i++) {
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

        private double[] slope(Row row, double price, double temperature) {
            double slope = row.limit();
            double curvature = 0;
            for (int i = 0; i < row.variables().length; i++) {
                double a = row.coefficients()[i];
                double s = sigmoid((reduced[i] - a * price) / temperature);
                slope -= a * s;
                curvature += a * a * s * (1 - s) / temperature;
            }
            return new double[]{slope, curvature};
        }

        private double smoothed(double temperature) {
            if (temperature == 0) {
                return exact();
            }
            double bound = priceOfLimits();
            for (int j = 0; j < priced.length; j++) {
                double u = (objective[j] - priced[j]) / temperature;
                bound += temperature * (Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u))));
            }
            return bound;
        }

        private double exact() {
            double bound = priceOfLimits();
            for (int j = 0; j < priced.length; j++) {
                bound += Math.max(0, objective[j] - priced[j]);
            }
            return bound;
        }

        private double priceOfLimits() {
            double total = 0;
            for (int r = 0; r < prices.length; r++) {
                total += rows.get(r).limit() * prices[r];
            }
            return total;
        }
    }

    /** The k-th largest (k ≥ 1) of the first n values, by quickselect (reorders them). */
    static double largest(double[] values, int n, int k) {
        int target = k - 1;
        int low = 0;
        int high = n - 1;
        while (low < high) {
            double pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] > pivot) {
                    i++;
                }
                while (values[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            if (target <= j) {
                high = j;
            } else if (target >= i) {
                low = i;
            } else {
                return values[target];
            }
        }
        return values[target];
    }

    private static double sigmoid(double t) {
        double bounded = Math.max(-40, Math.min(40, t));
        return bounded >= 0 ? 1 / (1 + Math.exp(-bounded)) : Math.exp(bounded) / (1 + Math.exp(bounded));
    }
}
