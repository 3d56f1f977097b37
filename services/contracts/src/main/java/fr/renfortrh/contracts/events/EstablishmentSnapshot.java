package fr.renfortrh.contracts.events;

import java.util.List;

/**
 * An establishment as other services see it. {@code staffAccountIds} are the Keycloak account ids of its
 * members, so other services can check that a caller acts for this establishment.
 */
public record EstablishmentSnapshot(
        String establishmentId,
        String finess,
        String name,
        String category,
        String department,
        String communeInsee,
        double latitude,
        double longitude,
        boolean verified,
        List<String> staffAccountIds) {
}
