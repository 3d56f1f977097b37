package fr.renfortrh.matching.domain;

/** How well a candidate fits, out of 100, and what each criterion contributed. */
public record Score(double total, double proximity, double experience, double freshness, double fairness) {
}
