package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.matching.adapters.out.OrToolsLinearSolver;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DualBoundTest {

    @Test
    void picksTheKthLargestValueLikeASortDoes() {
        var random = new java.util.Random(7);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(40);
            double[] values = random.doubles(n, 0, 5).map(v -> Math.floor(v * 4) / 4).toArray(); // with ties
            int k = 1 + random.nextInt(n);
            double[] sorted = values.clone();
            Arrays.sort(sorted);

            assertThat(DualBound.largest(values, n, k)).isEqualTo(sorted[n - k]);
        }
    }

    @Test
    void boundsASmallLpFromAboveAndReachesItsOptimum() {
        // max 3a + 2b + c + 4d with a + b + c ≤ 1, a + c ≤ 1 and 2a + 3d ≤ 4: optimum 6.5 (a = b = ½, d = 1)
        var lp = new SparseLp(new double[]{3, 2, 1, 4}, List.of(
                new SparseLp.Row(new int[]{0, 1, 2}, new double[]{1, 1, 1}, 1),
                new SparseLp.Row(new int[]{0, 2}, new double[]{1, 1}, 1),
                new SparseLp.Row(new int[]{0, 3}, new double[]{2, 3}, 4)));
        double optimum = new OrToolsLinearSolver().maximise(lp, Duration.ofSeconds(10)).orElseThrow();

        double bound = DualBound.of(lp, Duration.ofSeconds(10));

        assertThat(bound).isGreaterThanOrEqualTo(optimum - 1e-9).isLessThan(optimum + 0.01);
    }

    @Test
    void staysAboveTheLpOptimumOfTheNominalInstanceAndWithinHalfAPercentOfIt() {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        SyntheticNormandy data = SyntheticNormandy.named("nominal", now);
        AllocationInstance instance = data.allocationInstance(now);
        List<SparseLp> blocks = LinearRelaxation.blocks(instance);
        double optimum = new OrToolsLinearSolver().maximise(blocks, Duration.ofMinutes(2)).orElseThrow();

        double bound = DualBound.of(blocks, Duration.ofSeconds(30));

        assertThat(bound).isGreaterThanOrEqualTo(optimum - 1e-6).isLessThan(optimum * 1.005);
    }
}
