package fr.renfortrh.matching.domain;

/**
 * How well a candidate fits, out of 100, and what each criterion contributed; {@code reliability} is 0 or a
 * penalty for no-shows reported in the past year.
 */
public record Score(double total, double proximity, double experience, double freshness, double fairness,
                    double reliability) {
}
