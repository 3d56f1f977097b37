package fr.renfortrh.needs.application;

import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.platform.domain.Versioned;

import java.util.List;

/** One page of the needs a filter finds, newest first; {@code tally} counts every need it finds. */
public record NeedPage(List<Versioned<Need>> needs, Tally tally) {

    public record Tally(long total, long open, long filled, long positions, long filledPositions) {
    }
}
