package fr.renfortrh.e2e;

import java.util.Collection;
import java.util.List;

/** Nearest-rank percentiles of the measurements the benchmarks take. */
final class Percentile {

    private Percentile() {
    }

    /** The value at quantile {@code p} (0 < p ≤ 1) of {@code values}, 0 when there is none. */
    static long of(Collection<Long> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
    }
}
