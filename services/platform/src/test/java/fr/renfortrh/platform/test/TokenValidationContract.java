package fr.renfortrh.platform.test;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every service refuses when called directly, gateway or not: each service's {@code TokenValidationTest}
 * extends this with one of its protected endpoints and a role allowed on it.
 */
public abstract class TokenValidationContract {

    @Autowired protected MockMvc http;

    /** A GET endpoint of the service that the given role may call with a good token. */
    protected abstract String protectedPath();

    protected abstract String allowedRole();

    private ResultActions callWith(String authorization) throws Exception {
        var request = get(protectedPath()).accept(MediaType.APPLICATION_JSON);
        return http.perform(authorization == null ? request : request.header("Authorization", authorization));
    }

    private void refused(String authorization) throws Exception {
        callWith(authorization).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aGoodTokenIsNotRefused() throws Exception {
        int code = callWith(TestTokens.bearer("someone", allowedRole())).andReturn().getResponse().getStatus();
        assertThat(code).isNotIn(401, 403);
    }

    @Test
    void noTokenIsRefused() throws Exception {
        refused(null);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        refused("Bearer " + TestTokens.token("v", Instant.now().minusSeconds(120), TestTokens.ISSUER, TestTokens.AUDIENCE, allowedRole()));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        refused("Bearer " + TestTokens.token("v", Instant.now().plusSeconds(300), "http://evil.example/realms/renfort",
                TestTokens.AUDIENCE, allowedRole()));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        refused("Bearer " + TestTokens.token("v", Instant.now().plusSeconds(300), TestTokens.ISSUER, "another-api", allowedRole()));
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        refused("Bearer " + TestTokens.unsigned("v", allowedRole()));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        refused("Bearer " + TestTokens.forged("v", allowedRole()));
    }

    @Test
    void garbageIsRefused() throws Exception {
        refused("Bearer not.a.jwt");
    }

    @Test
    void identityHeadersWithoutATokenAreIgnored() throws Exception {
        http.perform(get(protectedPath()).header("X-User-Id", "admin").header("X-Forwarded-User", "admin")
                        .header("X-Roles", "ars-operator"))
                .andExpect(status().isUnauthorized());
    }
}
