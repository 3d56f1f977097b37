package fr.renfortrh.matching.domain.allocation;

import java.util.List;

/** A linear program to maximise: {@code objective·x} with {@code 0 ≤ x ≤ 1} and each row {@code Σ coefficient·x ≤ limit}. */
public record SparseLp(double[] objective, List<Row> rows) {

    public record Row(int[] variables, double[] coefficients, double limit) {
    }
}
