package fr.renfortrh.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Maps Keycloak's `realm_access.roles` claim to ROLE_ authorities; nothing else grants a role. */
public class KeycloakRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var authorities = rolesOf(jwt).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    /** The caller's name as people read it: the token's name, or their login when the account has none. */
    public static String nameOf(Jwt jwt) {
        String name = jwt.getClaimAsString("name");
        return name != null ? name : jwt.getClaimAsString("preferred_username");
    }

    public static List<String> rolesOf(Jwt jwt) {
        return rolesOf(jwt.getClaims());
    }

    /** Roles from the claims of an access token or of an ID token (the realm adds them to both). */
    public static List<String> rolesOf(Map<String, Object> claims) {
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess && realmAccess.get("roles") instanceof Collection<?> roles) {
            return roles.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
