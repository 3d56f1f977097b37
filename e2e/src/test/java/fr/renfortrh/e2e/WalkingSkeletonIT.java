package fr.renfortrh.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.renfortrh.e2e.Http.get;
import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Http.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The first real flow, through the gateway, with tokens Keycloak issued. */
class WalkingSkeletonIT {

    @Test
    void aVolunteerAndANeedMeetAndTheEstablishmentSeesTheProposal() {
        var volunteer = Keycloak.newUser("volunteer");
        String volunteerToken = Keycloak.accessToken(volunteer);
        var registered = send(postJson(Stack.GATEWAY + "/api/volunteers/me", Map.of(
                "firstName", volunteer.firstName(), "lastName", volunteer.lastName(),
                "professions", List.of("SAGE_FEMME"), "department", "50"))
                .header("Authorization", "Bearer " + volunteerToken));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String volunteerId = registered.json().get("id").asString();

        var staff = Keycloak.newUser("establishment");
        String staffToken = Keycloak.accessToken(staff);
        LocalDate start = LocalDate.now().plusDays(3);
        var posted = send(postJson(Stack.GATEWAY + "/api/needs", Map.of(
                "profession", "SAGE_FEMME", "department", "50", "contractType", "VACATION", "urgency", "CRITICAL",
                "positions", 1,
                "shifts", List.of(Map.of("date", start.toString(), "start", "08:00", "end", "20:00"))))
                .header("Authorization", "Bearer " + staffToken));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String needId = posted.json().get("id").asString();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            var proposals = send(get(Stack.GATEWAY + "/api/matching/needs/" + needId + "/proposals")
                    .header("Authorization", "Bearer " + staffToken));
            assertThat(proposals.status()).as(proposals.body()).isEqualTo(200);
            JsonNode mine = null;
            for (JsonNode proposal : proposals.json()) {
                if (proposal.get("id").asString().equals(needId + ":" + volunteerId)) {
                    mine = proposal;
                }
            }
            assertThat(mine).as("proposal of the new volunteer in " + proposals.body()).isNotNull();
            assertThat(mine.get("initials").asString()).isEqualTo("C.T.");
            assertThat(proposals.body()).doesNotContain(volunteer.lastName());
        });
    }

    @Test
    void anotherEstablishmentCannotReadTheNeedNorItsProposals() {
        String ownerToken = Keycloak.accessToken(Keycloak.newUser("establishment"));
        LocalDate start = LocalDate.now().plusDays(3);
        var posted = send(postJson(Stack.GATEWAY + "/api/needs", Map.of(
                "profession", "ASH", "department", "27", "contractType", "CDD_COURT", "urgency", "NORMAL",
                "positions", 2,
                "shifts", List.of(Map.of("date", start.toString(), "start", "21:00", "end", "07:00"))))
                .header("Authorization", "Bearer " + ownerToken));
        String needId = posted.json().get("id").asString();
        String intruderToken = Keycloak.accessToken(Keycloak.newUser("establishment"));

        assertThat(send(get(Stack.GATEWAY + "/api/needs/" + needId).header("Authorization", "Bearer " + intruderToken))
                .status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(send(
                get(Stack.GATEWAY + "/api/matching/needs/" + needId + "/proposals")
                        .header("Authorization", "Bearer " + ownerToken)).status()).isEqualTo(200));
        assertThat(send(get(Stack.GATEWAY + "/api/matching/needs/" + needId + "/proposals")
                .header("Authorization", "Bearer " + intruderToken)).status()).isEqualTo(404);
    }

    @Test
    void anApiCallWithoutCredentialsIsRefusedWithProblemJson() {
        var response = send(get(Stack.GATEWAY + "/api/volunteers/me").header("Accept", "application/json"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aWrongRoleIsRefusedWithProblemJson() {
        String volunteerToken = Keycloak.accessToken(Keycloak.newUser("volunteer"));

        var response = send(get(Stack.GATEWAY + "/api/needs").header("Authorization", "Bearer " + volunteerToken));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aServiceCalledDirectlyWithoutATokenRefusesToo() {
        var response = send(get("http://localhost:8081/api/volunteers/me"));

        assertThat(response.status()).isEqualTo(401);
    }
}
