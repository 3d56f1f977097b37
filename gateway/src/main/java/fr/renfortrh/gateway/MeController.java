package fr.renfortrh.gateway;

import fr.renfortrh.platform.security.KeycloakRoles;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who is signed in, for the web UI: any authenticated caller, about themselves only. */
@RestController
class MeController {

    /** Who is signed in; first and family names prefill the forms that ask for them. */
    record Me(String subject, String username, String name, String firstName, String lastName, String email,
              List<String> roles) {
    }

    @GetMapping("/api/me")
    Me me(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            var jwt = token.getToken();
            return new Me(jwt.getSubject(), jwt.getClaimAsString("preferred_username"), jwt.getClaimAsString("name"),
                    jwt.getClaimAsString("given_name"), jwt.getClaimAsString("family_name"), jwt.getClaimAsString("email"),
                    rolesOf(authentication));
        }
        OidcUser user = (OidcUser) authentication.getPrincipal();
        return new Me(user.getSubject(), user.getPreferredUsername(), user.getFullName(), user.getGivenName(),
                user.getFamilyName(), user.getEmail(), rolesOf(authentication));
    }

    /** Realm roles of a bearer caller (access token) or of a signed-in browser (ID token claims). */
    static List<String> rolesOf(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token) {
            return KeycloakRoles.rolesOf(token.getToken());
        }
        return authentication.getPrincipal() instanceof OidcUser user ? KeycloakRoles.rolesOf(user.getClaims()) : List.of();
    }
}
