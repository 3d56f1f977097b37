package fr.renfortrh.matching.domain;

import java.util.List;

/** A ranked candidate for a need, with why they qualify ({@code met}) and why they rank there ({@code why}). */
public record ShortlistEntry(Candidate candidate, double distanceKm, Score score, List<String> met, List<String> why) {
}
