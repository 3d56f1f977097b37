package fr.renfortrh.volunteer.domain;

import fr.renfortrh.contracts.reference.Accents;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What the national directory (Annuaire Santé) says of the volunteer's RPPS number: a pre-check shown to the
 * ARS operator, who still decides.
 */
public record DirectoryCheck(Outcome outcome, String detail, Instant checkedAt) {

    public enum Outcome { CONFIRMED, NAME_MISMATCH, INACTIVE, NOT_FOUND, NOT_APPLICABLE, UNAVAILABLE }

    /** A practitioner as the directory lists them. */
    public record Listing(String familyName, String givenName, boolean active) {
    }

    /** Only an unreachable directory calls for another try. */
    public boolean conclusive() {
        return outcome != Outcome.UNAVAILABLE;
    }

    public static DirectoryCheck notApplicable(Instant now) {
        return new DirectoryCheck(Outcome.NOT_APPLICABLE, "Pas de numéro RPPS : vérification manuelle (ADELI ou diplôme).", now);
    }

    public static DirectoryCheck unavailable(String why, Instant now) {
        return new DirectoryCheck(Outcome.UNAVAILABLE, "Annuaire indisponible (" + why + ") : nouvel essai automatique.", now);
    }

    /** Compares the listing with the name the volunteer gave, ignoring case, accents, hyphens and spaces. */
    public static DirectoryCheck compare(Optional<Listing> listing, Identity identity, Instant now) {
        if (listing.isEmpty()) {
            return new DirectoryCheck(Outcome.NOT_FOUND, "Aucun professionnel avec ce numéro RPPS dans l'Annuaire Santé.", now);
        }
        Listing found = listing.get();
        String listed = (found.givenName() == null ? "" : found.givenName() + " ") + found.familyName();
        if (!found.active()) {
            return new DirectoryCheck(Outcome.INACTIVE, "Inscrit sous le nom " + listed + " mais inactif.", now);
        }
        if (!comparable(found.familyName()).equals(comparable(identity.lastName()))) {
            return new DirectoryCheck(Outcome.NAME_MISMATCH, "L'annuaire indique " + listed + ".", now);
        }
        return new DirectoryCheck(Outcome.CONFIRMED, "Inscrit et actif sous le nom " + listed + ".", now);
    }

    private static String comparable(String name) {
        if (name == null) {
            return "";
        }
        return Accents.strip(name).replaceAll("[\\s'’-]", "").toLowerCase(Locale.ROOT);
    }
}
