package fr.renfortrh.needs.domain;

import java.time.Instant;
import java.util.List;

/**
 * An ARS operator ({@code by}, by name) corrected an establishment's details at {@code at}: the operators answer for
 * what they changed of what the ARS verified, as for their decisions. {@code fields} are those of {@link Details}.
 */
public record Correction(String by, Instant at, List<String> fields) {

    public Correction {
        fields = List.copyOf(fields);
    }
}
