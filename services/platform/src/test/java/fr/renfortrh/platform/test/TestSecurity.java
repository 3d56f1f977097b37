package fr.renfortrh.platform.test;

import fr.renfortrh.platform.security.JwtValidation;
import fr.renfortrh.platform.security.SecurityProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The production validators, with the test key in place of Keycloak's JWK set. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSecurity {

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
        decoder.setJwtValidator(JwtValidation.validator(properties));
        return decoder;
    }
}
