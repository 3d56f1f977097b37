package fr.renfortrh.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's own Keycloak client. {@code internalIssuer} is where the gateway reaches Keycloak for tokens
 * and keys; the issuer the browser sees is {@code renfort.security.issuer}.
 */
@ConfigurationProperties("renfort.keycloak")
public record KeycloakClient(String clientId, String clientSecret, String internalIssuer) {
}
