package fr.renfortrh.needs.application;

/** The signed-in Keycloak account acting, and whether it is an ARS operator. */
public record Account(String id, String email, String name, boolean arsOperator) {
}
