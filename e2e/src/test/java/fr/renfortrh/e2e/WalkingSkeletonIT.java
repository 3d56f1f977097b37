package fr.renfortrh.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static fr.renfortrh.e2e.Http.delete;
import static fr.renfortrh.e2e.Http.get;
import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Http.putJson;
import static fr.renfortrh.e2e.Http.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole staffing flow through the gateway, with tokens Keycloak issued to fresh users. */
class WalkingSkeletonIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(20);

    private static Http.Response call(String token, HttpRequest.Builder request) {
        return send(request.header("Authorization", "Bearer " + token));
    }

    private static Http.Response put(String token, String path, Object body) {
        return call(token, putJson(Stack.GATEWAY + path, body));
    }

    private static JsonNode ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : response.json();
    }

    /** A FINESS number in Seine-Maritime with a valid Luhn key. */
    private static String newFiness() {
        String first = "76" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int digit = first.charAt(7 - i) - '0';
            if (i % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return first + (10 - sum % 10) % 10;
    }

    private static String verifiedEstablishment(String staffToken, String arsToken) {
        JsonNode establishment = ok(call(staffToken, postJson(Stack.GATEWAY + "/api/establishments", Map.of(
                "finess", newFiness(), "details", Map.of("name", "EHPAD Les Tilleuls", "legalStatus", "PUBLIC",
                        "category", "EHPAD", "communeInsee", "76540", "phone", "02 35 00 00 00")))), 201);
        String id = establishment.get("id").asString();
        ok(call(arsToken, postJson(Stack.GATEWAY + "/api/establishments/" + id + "/verify", Map.of())), 200);
        return id;
    }

    private static String verifiedMidwife(Keycloak.User volunteer, String token, String arsToken) {
        long version = ok(call(token, postJson(Stack.GATEWAY + "/api/volunteers/me", Map.of(
                "firstName", volunteer.firstName(), "lastName", volunteer.lastName(),
                "professions", List.of("SAGE_FEMME"), "department", "76"))), 201).get("version").asLong();
        // Lemoine is how the local Annuaire Santé stub lists RPPS 10003456786
        version = ok(put(token, "/api/volunteers/me", Map.of("version", version, "firstName", volunteer.firstName(),
                "lastName", "Lemoine", "profile", Map.of(
                        "phone", "06 12 34 56 78", "preferredChannel", "EMAIL",
                        "situation", Map.of("status", "LIBERAL"),
                        "professions", List.of("SAGE_FEMME"), "professionalId", "10003456786", "diplomas", List.of(),
                        "experience", Map.of("years", 8, "units", List.of("MATERNITE"), "languages", List.of()),
                        "mobility", Map.of("communeInsee", "76540", "maxTravelKm", 40, "hasCar", true,
                                "departmentsAccepted", List.of("76")),
                        "preferences", Map.of("contractTypes", List.of("VACATION"), "shiftTypes", List.of(),
                                "maxHoursPerWeek", 40, "wantsHousing", false, "weeklyContactBudget", 3)))), 200)
                .get("version").asLong();
        version = ok(put(token, "/api/volunteers/me/availability", Map.of("version", version, "weeklySlots", 0,
                "available", List.of(), "unavailable", List.of(), "availableNowDays", 30)), 200).get("version").asLong();
        version = ok(put(token, "/api/volunteers/me/consent", Map.of("version", version, "privacyNoticeVersion", "2026-11",
                "contactConsent", "ESTABLISHMENTS_AND_ARS")), 200).get("version").asLong();
        JsonNode submitted = ok(call(token, postJson(Stack.GATEWAY + "/api/volunteers/me/submit", Map.of("version", version))), 200);
        assertThat(submitted.get("directoryCheck").get("outcome").asString()).isEqualTo("CONFIRMED");
        version = submitted.get("version").asLong();
        JsonNode verified = ok(call(arsToken, postJson(Stack.GATEWAY + "/api/volunteers/" + volunteer.id() + "/verify",
                Map.of("version", version))), 200);
        return verified.get("id").asString();
    }

    @Test
    void aNeedIsStaffedFromPublicationToConfirmation() {
        String arsToken = Keycloak.accessToken(Keycloak.newUser("ars-operator"));
        String staffToken = Keycloak.accessToken(Keycloak.newUser("establishment"));
        var volunteer = Keycloak.newUser("volunteer");
        String volunteerToken = Keycloak.accessToken(volunteer);
        String establishment = verifiedEstablishment(staffToken, arsToken);
        String volunteerId = verifiedMidwife(volunteer, volunteerToken, arsToken);

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
    void aDeletedAccountLeavesNoContactDetailsAnywhereWithinFiveSeconds() {
        String arsToken = Keycloak.accessToken(Keycloak.newUser("ars-operator"));
        String staffToken = Keycloak.accessToken(Keycloak.newUser("establishment"));
        var volunteer = Keycloak.newUser("volunteer");
        String volunteerToken = Keycloak.accessToken(volunteer);
        String establishment = verifiedEstablishment(staffToken, arsToken);
        String volunteerId = verifiedMidwife(volunteer, volunteerToken, arsToken);
        String needId = ok(call(staffToken, postJson(Stack.GATEWAY + "/api/needs", Map.of(
                "establishmentId", establishment, "profession", "SAGE_FEMME", "contractType", "VACATION", "urgency", "HIGH",
                "positions", 1, "shifts", List.of(Map.of("date", LocalDate.now().plusDays(4).toString(), "start", "08:00", "end", "20:00"))))), 201)
                .get("id").asString();
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(call(staffToken, postJson(Stack.GATEWAY + "/api/matching/needs/"
                + needId + "/contact-requests", Map.of("volunteerId", volunteerId))).status()).isEqualTo(201));
        try (var data = new PersonalData(Stack.MONGODB)) {
            await().atMost(EVENTUALLY).until(() -> data.holding(volunteer.email()).size() > 1);

            long deletedAt = System.nanoTime();
            assertThat(call(volunteerToken, delete(Stack.GATEWAY + "/api/volunteers/me")).status()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    assertThat(data.holding(volunteer.email())).isEmpty());
            System.out.printf("Erasure reached every service in %d ms%n", (System.nanoTime() - deletedAt) / 1_000_000);
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
