package fr.renfortrh.volunteer.adapters;

import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class TokenValidationTest {

    @Autowired MockMvc http;

    @Test
    void anExpiredTokenIsRejected() throws Exception {
        String token = TestTokens.token("v", Instant.now().minusSeconds(120), TestTokens.ISSUER, TestTokens.AUDIENCE, "volunteer");
        http.perform(get("/api/volunteers/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() throws Exception {
        String token = TestTokens.token("v", Instant.now().plusSeconds(300), "http://evil/realms/renfort", TestTokens.AUDIENCE, "volunteer");
        http.perform(get("/api/volunteers/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenMeantForAnotherAudienceIsRejected() throws Exception {
        String token = TestTokens.token("v", Instant.now().plusSeconds(300), TestTokens.ISSUER, "other-api", "volunteer");
        http.perform(get("/api/volunteers/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnsignedTokenIsRejected() throws Exception {
        String signed = TestTokens.token("v", Instant.now().plusSeconds(300), TestTokens.ISSUER, TestTokens.AUDIENCE, "volunteer");
        String[] parts = signed.split("\\.");
        String unsigned = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + parts[1] + ".";
        http.perform(get("/api/volunteers/me").header("Authorization", "Bearer " + unsigned))
                .andExpect(status().isUnauthorized());
    }
}
