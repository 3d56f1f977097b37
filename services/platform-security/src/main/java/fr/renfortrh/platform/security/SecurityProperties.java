package fr.renfortrh.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens come from and for whom they are. The JWK set may be fetched at an internal address while
 * the issuer stays the public one the browser sees (as in docker-compose).
 */
@ConfigurationProperties("renfort.security")
public record SecurityProperties(String issuer, String jwkSetUri, String audience) {
}
