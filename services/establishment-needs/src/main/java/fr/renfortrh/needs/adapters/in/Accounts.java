package fr.renfortrh.needs.adapters.in;

import fr.renfortrh.needs.application.Account;
import fr.renfortrh.platform.security.KeycloakRoles;
import fr.renfortrh.platform.security.Roles;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller as the use cases know them; the email counts only if Keycloak verified it. */
final class Accounts {

    private Accounts() {
    }

    static Account of(Jwt jwt) {
        String email = Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")) ? jwt.getClaimAsString("email") : null;
        return new Account(jwt.getSubject(), email, KeycloakRoles.nameOf(jwt),
                KeycloakRoles.rolesOf(jwt).contains(Roles.ARS_OPERATOR));
    }
}
