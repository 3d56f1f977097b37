package fr.renfortrh.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static fr.renfortrh.e2e.Http.get;
import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Http.putJson;
import static fr.renfortrh.e2e.Http.send;
import static fr.renfortrh.e2e.Scenario.EVENTUALLY;
import static fr.renfortrh.e2e.Scenario.call;
import static fr.renfortrh.e2e.Scenario.ok;
import static fr.renfortrh.e2e.Scenario.verifiedEstablishment;
import static fr.renfortrh.e2e.Scenario.verifiedMidwife;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One test per category of the OWASP API Security Top 10 (2023), against the launched stack, through the gateway. */
class OwaspApiTop10IT {

    private static String ars;
    private static String staffX;
    private static String staffY;
    private static String establishmentX;
    private static String establishmentY;
    private static Keycloak.User volunteer;
    private static String volunteerToken;

    @BeforeAll
    static void scene() {
        ars = Keycloak.accessToken(Keycloak.newUser("ars-operator"));
        staffX = Keycloak.accessToken(Keycloak.newUser("establishment"));
        staffY = Keycloak.accessToken(Keycloak.newUser("establishment"));
        establishmentX = verifiedEstablishment(staffX, ars);
        establishmentY = verifiedEstablishment(staffY, ars);
        volunteer = Keycloak.newUser("volunteer");
        volunteerToken = Keycloak.accessToken(volunteer);
        verifiedMidwife(volunteer, volunteerToken, ars);
    }

    private static String need(int inDays) {
        return ok(call(staffX, postJson(Stack.GATEWAY + "/api/needs", Map.of("establishmentId", establishmentX,
                "profession", "SAGE_FEMME", "contractType", "VACATION", "urgency", "HIGH", "positions", 1,
                "shifts", List.of(Map.of("date", LocalDate.now().plusDays(inDays).toString(), "start", "08:00", "end", "20:00"))))), 201)
                .get("id").asString();
    }

    @Test
    void api1BrokenObjectLevelAuthorisationAnotherEstablishmentNeitherReadsNorChangesANeed() {
        String needId = need(5);
        assertThat(call(staffY, get(Stack.GATEWAY + "/api/needs/" + needId)).status()).isEqualTo(404);
        assertThat(call(staffY, postJson(Stack.GATEWAY + "/api/needs/" + needId + "/cancel", Map.of("version", 0, "reason", "x"))).status())
                .isEqualTo(404);
        assertThat(ok(call(staffX, get(Stack.GATEWAY + "/api/needs/" + needId)), 200).get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void api2BrokenAuthenticationAForgedOrAlteredTokenIsRefused() {
        String[] parts = volunteerToken.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        assertThat(call(tampered, get(Stack.GATEWAY + "/api/volunteers/me")).status()).isEqualTo(401);
        assertThat(call(parts[0] + "." + parts[1] + ".", get(Stack.GATEWAY + "/api/volunteers/me")).status()).isEqualTo(401);
    }

    @Test
    void api3BrokenObjectPropertyLevelAuthorisationAVolunteerCannotSetTheirOwnStatus() {
        JsonNode mine = ok(call(volunteerToken, get(Stack.GATEWAY + "/api/volunteers/me")), 200);
        var response = call(volunteerToken, postJson(Stack.GATEWAY + "/api/volunteers/me/pause",
                Map.of("version", mine.get("version").asLong(), "status", "VERIFIED")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("status", "Champ inconnu");
        assertThat(ok(call(volunteerToken, get(Stack.GATEWAY + "/api/volunteers/me")), 200).get("status").asString()).isEqualTo("VERIFIED");

        String needId = need(7);
        long needVersion = ok(call(staffX, get(Stack.GATEWAY + "/api/needs/" + needId)), 200).get("version").asLong();
        call(staffX, putJson(Stack.GATEWAY + "/api/needs/" + needId, Map.of("version", needVersion, "establishmentId", establishmentY,
                "profession", "SAGE_FEMME", "contractType", "VACATION", "urgency", "HIGH", "positions", 1,
                "shifts", List.of(Map.of("date", LocalDate.now().plusDays(7).toString(), "start", "08:00", "end", "20:00")))));
        assertThat(ok(call(staffX, get(Stack.GATEWAY + "/api/needs/" + needId)), 200).get("establishmentId").asString())
                .as("a need never moves to another establishment").isEqualTo(establishmentX);
        assertThat(call(staffY, get(Stack.GATEWAY + "/api/needs/" + needId)).status()).isEqualTo(404);
    }

    @Test
    void api4UnrestrictedResourceConsumptionBodiesAndPagesAreBounded() {
        var huge = call(volunteerToken, putJson(Stack.GATEWAY + "/api/volunteers/me", Map.of("firstName", "x".repeat(2_000_000))));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        assertThat(call(volunteerToken, get(Stack.GATEWAY + "/api/notifications?size=100000")).status()).isEqualTo(400);
    }

    @Test
    void api5BrokenFunctionLevelAuthorisationAVolunteerCannotVerifyNorExport() {
        assertThat(call(volunteerToken, postJson(Stack.GATEWAY + "/api/volunteers/" + volunteer.id() + "/verify", Map.of("version", 0))).status())
                .isEqualTo(403);
        assertThat(call(volunteerToken, get(Stack.GATEWAY + "/api/volunteers/export.csv").header("Accept", "text/csv")).status()).isEqualTo(403);
        assertThat(call(staffX, get(Stack.GATEWAY + "/api/matching/monitoring")).status()).isEqualTo(403);
    }

    @Test
    void api6SensitiveBusinessFlowsAVolunteerCannotBeFloodedWithContactRequests() {
        for (int i = 0; i < 3; i++) {
            Scenario.requestContact(staffX, need(6 + i), volunteer.id());
        }
        String fourth = need(9);
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(call(staffX, get(Stack.GATEWAY + "/api/matching/needs/"
                + fourth + "/shortlist")).status()).isEqualTo(200));
        var refused = call(staffX, postJson(Stack.GATEWAY + "/api/matching/needs/" + fourth + "/contact-requests",
                Map.of("volunteerId", volunteer.id())));

        assertThat(refused.status()).as("the volunteer's weekly budget is 3 requests").isEqualTo(409);
        assertThat(refused.body()).contains("déjà reçu 3");
    }

    @Test
    void api7ServerSideRequestForgeryNoEndpointTakesAnAddressToFetch() {
        Pattern addressLike = Pattern.compile("(?i)url|uri|href|callback|webhook|redirect.*");
        for (String service : Stack.SERVICES) {
            JsonNode document = send(get(service + "/v3/api-docs")).json();
            List<String> inputs = new ArrayList<>();
            document.get("paths").forEach(path -> path.forEach(operation ->
                    operation.path("parameters").forEach(parameter -> inputs.add(parameter.get("name").asString()))));
            document.path("components").path("schemas").forEach(schema -> inputs.addAll(schema.path("properties").propertyNames()));
            assertThat(inputs).as(service + " takes no address as input").noneMatch(name -> addressLike.matcher(name).matches());
            assertThat(document.path("components").toString()).doesNotContain("\"format\":\"uri\"");
        }
    }

    @Test
    void api8SecurityMisconfigurationHeadersAreSetAndErrorsTellNoInternals() {
        var page = send(get(Stack.GATEWAY + "/"));
        assertThat(page.raw().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(page.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.raw().headers().firstValue("X-Frame-Options")).hasValue("DENY");
        var error = call(volunteerToken, postJson(Stack.GATEWAY + "/api/volunteers/me/pause", Map.of("version", "not-a-number")));
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.body()).doesNotContain("Exception", "at fr.", "at org.", "tools.jackson");
        for (String internal : List.of("/actuator/env", "/actuator/configprops", "/actuator/heapdump")) {
            assertThat(call(ars, get(Stack.GATEWAY + internal)).status()).as(internal).isEqualTo(404);
        }
    }

    @Test
    void api9ImproperInventoryManagementNothingAnswersOutsideTheDocumentedApi() {
        for (String path : List.of("/api/admin", "/api/v1/volunteers", "/api/debug", "/api/volunteers/internal", "/actuator/heapdump")) {
            assertThat(call(volunteerToken, get(Stack.GATEWAY + path)).status()).as(path).isIn(401, 403, 404, 405);
        }
    }

    @Test
    void api10UnsafeConsumptionOfApisAnUnknownNumberInTheDirectoryIsReportedNotTrusted() {
        var stranger = Keycloak.newUser("volunteer");
        String token = Keycloak.accessToken(stranger);
        long version = ok(call(token, postJson(Stack.GATEWAY + "/api/volunteers/me", Map.of("firstName", "Louis", "lastName", "Martin",
                "professions", List.of("INFIRMIER"), "department", "14"))), 201).get("version").asLong();
        version = ok(call(token, putJson(Stack.GATEWAY + "/api/volunteers/me", Map.of("version", version, "firstName", "Louis",
                "lastName", "Martin", "profile", Map.of("phone", "06 12 34 56 78", "preferredChannel", "EMAIL",
                        "situation", Map.of("status", "LIBERAL"), "professions", List.of("INFIRMIER"), "professionalId", "10003456778",
                        "diplomas", List.of(), "experience", Map.of("years", 3, "units", List.of(), "languages", List.of()),
                        "mobility", Map.of("communeInsee", "14118", "maxTravelKm", 20, "hasCar", true, "departmentsAccepted", List.of("14")),
                        "preferences", Map.of("contractTypes", List.of("CDD_COURT"), "shiftTypes", List.of(), "maxHoursPerWeek", 20,
                                "wantsHousing", false, "weeklyContactBudget", 2))))), 200).get("version").asLong();
        version = ok(call(token, putJson(Stack.GATEWAY + "/api/volunteers/me/availability", Map.of("version", version, "weeklySlots", 3,
                "available", List.of(), "unavailable", List.of(), "availableNowDays", 0))), 200).get("version").asLong();
        version = ok(call(token, putJson(Stack.GATEWAY + "/api/volunteers/me/consent", Map.of("version", version,
                "privacyNoticeVersion", "2026-11", "contactConsent", "ARS_ONLY"))), 200).get("version").asLong();
        ok(call(token, postJson(Stack.GATEWAY + "/api/volunteers/me/submit", Map.of("version", version))), 200);

        JsonNode seen = ok(call(ars, get(Stack.GATEWAY + "/api/volunteers/" + stranger.id())), 200);
        assertThat(seen.get("status").asString()).as("the directory never verifies by itself").isEqualTo("SUBMITTED");
        assertThat(seen.get("directoryCheck").get("outcome").asString()).isEqualTo("NOT_FOUND");
    }
}
