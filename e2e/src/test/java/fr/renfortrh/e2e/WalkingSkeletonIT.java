package fr.renfortrh.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static fr.renfortrh.e2e.Scenario.EVENTUALLY;
import static fr.renfortrh.e2e.Scenario.call;
import static fr.renfortrh.e2e.Scenario.ok;
import static fr.renfortrh.e2e.Scenario.verifiedEstablishment;
import static fr.renfortrh.e2e.Http.delete;
import static fr.renfortrh.e2e.Http.get;
import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Http.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole staffing flow through the gateway, with tokens Keycloak issued to fresh users. */
class WalkingSkeletonIT {

    @Test
    void aNeedIsStaffedFromPublicationToConfirmation() {
        var cast = Scenario.cast();
        String staffToken = cast.staff();
        var volunteer = cast.volunteer();
        String volunteerToken = cast.volunteerToken();
        String establishment = cast.establishment();
        String volunteerId = volunteer.id();

        String day = LocalDate.now().plusDays(3).toString();
        String needId = ok(call(staffToken, postJson(Stack.GATEWAY + "/api/needs", Map.of(
                "establishmentId", establishment, "profession", "SAGE_FEMME", "unitType", "MATERNITE",
                "contractType", "VACATION", "urgency", "CRITICAL", "positions", 1,
                "shifts", List.of(Map.of("date", day, "start", "08:00", "end", "20:00"))))), 201).get("id").asString();

        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            var shortlist = call(staffToken, get(Stack.GATEWAY + "/api/matching/needs/" + needId + "/shortlist"));
            assertThat(shortlist.status()).as(shortlist.body()).isEqualTo(200);
            assertThat(shortlist.body()).contains(volunteerId).contains("\"initials\":\"C.L.\"").doesNotContain("Lemoine");
        });

        String proposal = ok(call(staffToken, postJson(Stack.GATEWAY + "/api/matching/needs/" + needId + "/contact-requests",
                Map.of("volunteerId", volunteerId))), 201).get("id").asString();
        String contactUrl = Stack.GATEWAY + "/api/volunteers/" + volunteerId + "/contact?proposalId="
                + URLEncoder.encode(proposal, StandardCharsets.UTF_8) + "&establishmentId=" + establishment;
        assertThat(call(staffToken, get(contactUrl)).status()).isEqualTo(404);
        // a critical need: the request is mailed at once, whatever the hour, and waits in the volunteer's inbox
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(send(get(Stack.MAIL_API + "/api/user/"
                + volunteer.email() + "/messages/INBOX")).body()).contains("Besoin urgent : EHPAD Les Tilleuls souhaite vous contacter"));
        assertThat(ok(call(volunteerToken, get(Stack.GATEWAY + "/api/notifications")), 200).get("notifications").get(0)
                .get("kind").asString()).isEqualTo("CONTACT_REQUESTED");
        ok(call(volunteerToken, postJson(Stack.GATEWAY + "/api/matching/me/requests/" + proposal + "/accept", Map.of())), 200);
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(ok(call(staffToken, get(Stack.GATEWAY + "/api/notifications")), 200)
                .get("notifications").get(0).get("kind").asString()).isEqualTo("CONTACT_ACCEPTED"));
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(ok(call(staffToken, get(contactUrl)), 200)
                .get("lastName").asString()).isEqualTo("Lemoine"));
        assertThat(ok(call(volunteerToken, get(Stack.GATEWAY + "/api/volunteers/me/disclosures")), 200)).hasSize(1);
        assertThat(ok(call(staffToken, postJson(Stack.GATEWAY + "/api/matching/proposals/" + proposal + "/confirm", Map.of())), 200)
                .get("status").asString()).isEqualTo("CONFIRMED");

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode need = ok(call(staffToken, get(Stack.GATEWAY + "/api/needs/" + needId)), 200);
            assertThat(need.get("status").asString()).isEqualTo("FILLED");
        });
    }

    @Test
    void movingANeedWithdrawsTheRequestOnItsOldShiftsAndANewRequestIsForTheNewOnes() {
        var cast = Scenario.cast();
        String staffToken = cast.staff();
        String volunteerId = cast.volunteer().id();
        Map<String, Object> need = new HashMap<>(Map.of("establishmentId", cast.establishment(), "profession", "SAGE_FEMME",
                "contractType", "VACATION", "urgency", "HIGH", "positions", 1,
                "shifts", List.of(Map.of("date", LocalDate.now().plusDays(3).toString(), "start", "08:00", "end", "20:00"))));
        JsonNode published = ok(call(staffToken, postJson(Stack.GATEWAY + "/api/needs", need)), 201);
        String needId = published.get("id").asString();
        String request = Scenario.requestContact(staffToken, needId, volunteerId);

        String movedTo = LocalDate.now().plusDays(4).toString();
        need.put("shifts", List.of(Map.of("date", movedTo, "start", "08:00", "end", "20:00")));
        need.put("version", published.get("version").asLong());
        ok(Scenario.put(staffToken, "/api/needs/" + needId, need), 200);

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode mine = ok(call(cast.volunteerToken(), get(Stack.GATEWAY + "/api/matching/me/requests")), 200);
            JsonNode withdrawn = StreamSupport.stream(mine.spliterator(), false)
                    .filter(r -> r.get("id").asString().equals(request)).findFirst().orElseThrow();
            assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
            assertThat(withdrawn.get("reason").asString()).startsWith("Les créneaux du besoin ont changé");
        });
        JsonNode again = ok(call(staffToken, postJson(Stack.GATEWAY + "/api/matching/needs/" + needId + "/contact-requests",
                Map.of("volunteerId", volunteerId))), 201);
        assertThat(again.get("shifts").get(0).get("start").asString()).startsWith(movedTo);
    }

    @Test
    void aDeletedAccountLeavesNoContactDetailsAnywhereWithinFiveSeconds() {
        var cast = Scenario.cast();
        String staffToken = cast.staff();
        var volunteer = cast.volunteer();
        String volunteerToken = cast.volunteerToken();
        String establishment = cast.establishment();
        String volunteerId = volunteer.id();
        String needId = ok(call(staffToken, postJson(Stack.GATEWAY + "/api/needs", Map.of(
                "establishmentId", establishment, "profession", "SAGE_FEMME", "contractType", "VACATION", "urgency", "HIGH",
                "positions", 1, "shifts", List.of(Map.of("date", LocalDate.now().plusDays(4).toString(), "start", "08:00", "end", "20:00"))))), 201)
                .get("id").asString();
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(call(staffToken, postJson(Stack.GATEWAY + "/api/matching/needs/"
                + needId + "/contact-requests", Map.of("volunteerId", volunteerId))).status()).isEqualTo(201));
        try (var data = new PersonalData(Stack.MONGODB)) {
            await().atMost(EVENTUALLY).until(() -> data.holding(volunteer.email()).size() > 1);
            // a search of every database takes seconds on a long-lived dev stack: the last one may end after 5 s
            long searchStarted = System.nanoTime();
            assertThat(data.holding(volunteer.email())).hasSizeGreaterThan(1);
            Duration search = Duration.ofNanos(System.nanoTime() - searchStarted);

            long deletedAt = System.nanoTime();
            assertThat(call(volunteerToken, delete(Stack.GATEWAY + "/api/volunteers/me")).status()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(5).plus(search)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    assertThat(data.holding(volunteer.email())).isEmpty());
            System.out.printf("Erasure reached every service in %d ms (a search of every database: %d ms)%n",
                    (System.nanoTime() - deletedAt) / 1_000_000, search.toMillis());
        }
    }

    @Test
    void anotherEstablishmentCannotReadTheNeedNorItsShortlist() {
        String arsToken = Keycloak.accessToken(Keycloak.newUser("ars-operator"));
        String ownerToken = Keycloak.accessToken(Keycloak.newUser("establishment"));
        String establishment = verifiedEstablishment(ownerToken, arsToken);
        String needId = ok(call(ownerToken, postJson(Stack.GATEWAY + "/api/needs", Map.of(
                "establishmentId", establishment, "profession", "ASH", "contractType", "CDD_COURT", "urgency", "NORMAL",
                "positions", 2, "shifts", List.of(Map.of("date", LocalDate.now().plusDays(3).toString(), "start", "21:00", "end", "07:00"))))), 201)
                .get("id").asString();
        String intruderToken = Keycloak.accessToken(Keycloak.newUser("establishment"));

        assertThat(call(intruderToken, get(Stack.GATEWAY + "/api/needs/" + needId)).status()).isEqualTo(404);
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(
                call(ownerToken, get(Stack.GATEWAY + "/api/matching/needs/" + needId + "/shortlist")).status()).isEqualTo(200));
        assertThat(call(intruderToken, get(Stack.GATEWAY + "/api/matching/needs/" + needId + "/shortlist")).status()).isEqualTo(404);
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

        var response = call(volunteerToken, get(Stack.GATEWAY + "/api/establishments/mine"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aServiceCalledDirectlyWithoutATokenRefusesToo() {
        assertThat(send(get("http://localhost:8081/api/volunteers/me")).status()).isEqualTo(401);
    }
}
