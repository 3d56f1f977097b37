package fr.renfortrh.matching.domain.allocation;

import fr.renfortrh.contracts.reference.Urgency;

/**
 * What a covered position is worth by urgency, and what each kilometre of travel costs, in the same unit.
 * With the defaults a critical position outweighs two high ones, and 100 km of travel costs half a normal one.
 */
public record Weights(double critical, double high, double normal, double travelPerKm) {

    public static final Weights DEFAULT = new Weights(4, 2, 1, 0.005);

    public Weights {
        if (critical < 0 || high < 0 || normal < 0 || travelPerKm < 0) {
            throw new IllegalArgumentException("weights must not be negative");
        }
    }

    public double of(Urgency urgency) {
        return switch (urgency) {
            case CRITICAL -> critical;
            case HIGH -> high;
            case NORMAL -> normal;
        };
    }

    /** What assigning a volunteer living {@code distanceKm} away to one position of the need adds to the plan. */
    public double value(Urgency urgency, double distanceKm) {
        return of(urgency) - travelPerKm * Math.max(distanceKm, 0);
    }
}
