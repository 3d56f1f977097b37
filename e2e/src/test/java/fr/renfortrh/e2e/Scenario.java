package fr.renfortrh.e2e;

import fr.renfortrh.contracts.reference.FinessKey;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Http.putJson;
import static fr.renfortrh.e2e.Http.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Steps the end-to-end tests take through the gateway to set the scene: establishments, volunteers. */
final class Scenario {

    static final Duration EVENTUALLY = Duration.ofSeconds(20);

    static Http.Response call(String token, HttpRequest.Builder request) {
        return send(request.header("Authorization", "Bearer " + token));
    }

    static Http.Response put(String token, String path, Object body) {
        return call(token, putJson(Stack.GATEWAY + path, body));
    }

    static JsonNode ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : response.json();
    }

    /** A FINESS number in Seine-Maritime with a valid Luhn key. */
    static String newFiness() {
        return FinessKey.complete("76" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
    }

    static String verifiedEstablishment(String staffToken, String arsToken) {
        JsonNode establishment = ok(call(staffToken, postJson(Stack.GATEWAY + "/api/establishments", Map.of(
                "finess", newFiness(), "details", Map.of("name", "EHPAD Les Tilleuls", "legalStatus", "PUBLIC",
                        "category", "EHPAD", "communeInsee", "76540", "phone", "02 35 00 00 00")))), 201);
        String id = establishment.get("id").asString();
        ok(call(arsToken, postJson(Stack.GATEWAY + "/api/establishments/" + id + "/verify", Map.of())), 200);
        return id;
    }

    static String verifiedMidwife(Keycloak.User volunteer, String token, String arsToken) {
        return verifiedMidwife(volunteer, token, arsToken, 3);
    }

    static String verifiedMidwife(Keycloak.User volunteer, String token, String arsToken, int weeklyContactBudget) {
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
                                "maxHoursPerWeek", 40, "wantsHousing", false, "weeklyContactBudget", weeklyContactBudget)))), 200)
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

    /** An ARS operator, staff of a verified establishment, and a verified midwife who accepts establishments' requests. */
    record Cast(String ars, String staff, String establishment, Keycloak.User volunteer, String volunteerToken) {
    }

    static Cast cast() {
        String ars = Keycloak.accessToken(Keycloak.newUser("ars-operator"));
        String staff = Keycloak.accessToken(Keycloak.newUser("establishment"));
        var volunteer = Keycloak.newUser("volunteer");
        String volunteerToken = Keycloak.accessToken(volunteer);
        String establishment = verifiedEstablishment(staff, ars);
        verifiedMidwife(volunteer, volunteerToken, ars);
        return new Cast(ars, staff, establishment, volunteer, volunteerToken);
    }

    /**
     * Asks the volunteer for the need as soon as matching knows both (events take a moment), whatever their rank:
     * earlier runs may have filled the top of the shortlist.
     */
    static String requestContact(String staffToken, String needId, String volunteerId) {
        String[] proposal = new String[1];
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            var response = call(staffToken, postJson(Stack.GATEWAY + "/api/matching/needs/" + needId + "/contact-requests",
                    Map.of("volunteerId", volunteerId)));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            proposal[0] = response.json().get("id").asString();
        });
        return proposal[0];
    }

    private Scenario() {
    }
}
