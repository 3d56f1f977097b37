package fr.renfortrh.volunteer.application;

/** The signed-in Keycloak account acting. */
public record Account(String id, String email) {
}
