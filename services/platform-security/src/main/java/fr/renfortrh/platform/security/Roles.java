package fr.renfortrh.platform.security;

/** The realm roles of Keycloak's `renfort` realm, as Spring authorities (ROLE_ + role). */
public final class Roles {

    public static final String VOLUNTEER = "volunteer";
    public static final String ESTABLISHMENT = "establishment";
    public static final String ARS_OPERATOR = "ars-operator";

    private Roles() {
    }
}
