package fr.renfortrh.gateway;

import fr.renfortrh.platform.security.KeycloakRoles;
import fr.renfortrh.platform.security.Roles;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A self-registered account says whether it is a volunteer or establishment staff; the gateway gives it that
 * role through Keycloak's admin API. Only an account without any Renfort RH role may choose, and never the
 * ARS role. The browser then signs in again to get a token carrying the role.
 */
@RestController
class AccountRoles {

    /** The service-account client allowed to map realm roles, and where Keycloak's admin API is. */
    @ConfigurationProperties("renfort.accounts")
    record AccountsClient(String clientId, String clientSecret, String keycloakUrl) {
    }

    record RoleChoice(String role) {
    }

    private static final Set<String> SELF_SERVICE = Set.of(Roles.VOLUNTEER, Roles.ESTABLISHMENT);
    private static final Set<String> APP_ROLES = Set.of(Roles.VOLUNTEER, Roles.ESTABLISHMENT, Roles.ARS_OPERATOR);

    private final AccountsClient client;
    private final WebClient http = WebClient.create();

    AccountRoles(AccountsClient client) {
        this.client = client;
    }

    @PostMapping(value = "/api/account/role", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Map<String, String>> choose(Authentication authentication, @RequestBody RoleChoice choice) {
        if (choice == null || !SELF_SERVICE.contains(choice.role())) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choisissez volontaire ou établissement."));
        }
        Map<String, Object> claims = authentication instanceof JwtAuthenticationToken jwt
                ? jwt.getToken().getClaims() : ((OidcUser) authentication.getPrincipal()).getClaims();
        if (KeycloakRoles.rolesOf(claims).stream().anyMatch(APP_ROLES::contains)) {
            return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT, "Votre compte a déjà un rôle."));
        }
        String userId = String.valueOf(claims.get("sub"));
        String admin = client.keycloakUrl() + "/admin/realms/renfort";
        return serviceToken()
                .flatMap(token -> http.get().uri(admin + "/roles/{role}", choice.role()).headers(h -> h.setBearerAuth(token))
                        .retrieve().bodyToMono(Map.class)
                        .flatMap(role -> http.post().uri(admin + "/users/{id}/role-mappings/realm", userId)
                                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(List.of(role)).retrieve().toBodilessEntity()))
                .thenReturn(Map.of("role", choice.role()));
    }

    private Mono<String> serviceToken() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", client.clientId());
        form.add("client_secret", client.clientSecret());
        return http.post().uri(client.keycloakUrl() + "/realms/renfort/protocol/openid-connect/token")
                .body(BodyInserters.fromFormData(form)).retrieve().bodyToMono(Map.class)
                .map(token -> String.valueOf(token.get("access_token")));
    }
}
