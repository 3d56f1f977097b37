package fr.renfortrh.volunteer.adapters;

import com.jayway.jsonpath.JsonPath;
import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.VolunteerRegistered;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.events.VolunteerVerificationWithdrawn;
import fr.renfortrh.contracts.events.VolunteerVerified;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class VolunteerJourneyTest {

    static final String MINIMAL = """
            {"firstName": "Marie", "lastName": "Lefebvre", "professions": ["INFIRMIER"], "department": "76"}""";
    static final String PROFILE = """
            {"version": %d, "firstName": "Marie", "lastName": "Lefebvre", "profile": {
              "phone": "06 12 34 56 78", "preferredChannel": "SMS",
              "situation": {"status": "RETIRED", "retirementYear": 2022},
              "professions": ["INFIRMIER"], "professionalId": "%s",
              "diplomas": [{"title": "DEI", "year": 1990, "institution": "IFSI Rouen"}],
              "experience": {"years": 30, "units": ["URGENCES"], "languages": ["anglais"]},
              "mobility": {"communeInsee": "76540", "maxTravelKm": 30, "hasCar": true, "departmentsAccepted": ["76", "27"]},
              "preferences": {"contractTypes": ["CDD_COURT", "VACATION"], "shiftTypes": ["NUIT"], "maxHoursPerWeek": 35,
                              "wantsHousing": false, "weeklyContactBudget": 3}}}""";

    @Autowired MockMvc http;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired EventReader reader;

    private final String account = UUID.randomUUID().toString();

    private ResultActions as(MockHttpServletRequestBuilder request, String who, String role) throws Exception {
        return http.perform(request.header("Authorization", bearer(who, role)));
    }

    private ResultActions mine(MockHttpServletRequestBuilder request) throws Exception {
        return as(request.contentType(MediaType.APPLICATION_JSON), account, "volunteer");
    }

    private long versionOf(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version")).longValue();
    }

    @Test
    void aVolunteerCompletesSubmitsIsVerifiedThenLosesTheVerificationAndSubmitsAgainMatchingToldAtEachStepTheArsWhy() throws Exception {
        long version = versionOf(mine(post("/api/volunteers/me").content(MINIMAL)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT")));
        version = versionOf(mine(put("/api/volunteers/me").content(PROFILE.formatted(version, "10003456786")))
                .andExpect(status().isOk()));
        version = versionOf(mine(put("/api/volunteers/me/availability").content("""
                {"version": %d, "weeklySlots": 3, "available": [], "unavailable": [], "availableNowDays": 7}""".formatted(version)))
                .andExpect(jsonPath("$.stale").value(false)));
        version = versionOf(mine(put("/api/volunteers/me/consent").content("""
                {"version": %d, "privacyNoticeVersion": "2026-11", "contactConsent": "ESTABLISHMENTS_AND_ARS"}""".formatted(version))));
        version = versionOf(mine(post("/api/volunteers/me/submit").content("{\"version\": " + version + "}"))
                .andExpect(jsonPath("$.status").value("SUBMITTED")));

        as(get("/api/volunteers/verification-queue").param("department", "76"), "ars", "ars-operator")
                .andExpect(jsonPath("$.volunteers[?(@.id == '" + account + "')].firstName").value("Marie"))
                .andExpect(jsonPath("$.total").value(1));
        as(post("/api/volunteers/" + account + "/verify").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + "}"), "ars", "ars-operator")
                .andExpect(jsonPath("$.status").value("VERIFIED"));

        try (var published = new PublishedEvents(broker, reader, Topics.VOLUNTEERS)) {
            published.await(e -> e.payload() instanceof VolunteerRegistered r && r.volunteer().volunteerId().equals(account));
            var verified = published.await(e -> e.payload() instanceof VolunteerVerified v && v.volunteer().volunteerId().equals(account));
            var snapshot = ((VolunteerVerified) verified.payload()).volunteer();
            assertThat(snapshot.status()).isEqualTo(VolunteerStatus.VERIFIED);
            assertThat(snapshot.communeInsee()).isEqualTo("76540");
            assertThat(snapshot.availability().availableNowUntil()).isAfter(LocalDate.now().atStartOfDay());
            assertThat(verified.aggregateVersion()).isEqualTo(version + 1);
        }

        as(post("/api/volunteers/" + account + "/withdraw-verification").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + (version + 1) + ", \"reason\": \"\"}"), "ars", "ars-operator")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mine(post("/api/volunteers/" + account + "/withdraw-verification")
                .content("{\"version\": " + (version + 1) + ", \"reason\": \"Moi-même\"}"))
                .andExpect(status().isForbidden());
        as(post("/api/volunteers/" + account + "/withdraw-verification").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + (version + 1) + ", \"reason\": \"Radiée du tableau de l'Ordre\"}"), "ars", "ars-operator")
                .andExpect(jsonPath("$.status").value("REJECTED"));
        mine(get("/api/volunteers/me")).andExpect(jsonPath("$.rejectionReason").value("Radiée du tableau de l'Ordre"))
                .andExpect(jsonPath("$.decision.by").value("Prénom Nom-ars"))
                .andExpect(jsonPath("$.decision.outcome").value("VERIFICATION_WITHDRAWN"))
                .andExpect(jsonPath("$.decision.reason").value("Radiée du tableau de l'Ordre"))
                .andExpect(jsonPath("$.earlierDecisions[0].outcome").value("VERIFIED"));
        try (var published = new PublishedEvents(broker, reader, Topics.VOLUNTEERS)) {
            published.await(e -> e.payload() instanceof VolunteerVerificationWithdrawn w && w.volunteer().volunteerId().equals(account)
                    && w.volunteer().status() == VolunteerStatus.REJECTED);
        }

        mine(post("/api/volunteers/me/submit").content("{\"version\": " + (version + 2) + "}"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        as(get("/api/volunteers/verification-queue").param("department", "76"), "ars", "ars-operator")
                .andExpect(jsonPath("$.volunteers[?(@.id == '" + account + "')].rejectionReason").value("Radiée du tableau de l'Ordre"));
        // the directory's answer to the new submission may land first and change the version
        await().untilAsserted(() -> mine(post("/api/volunteers/me/pause")
                        .content("{\"version\": " + versionOf(mine(get("/api/volunteers/me"))) + "}"))
                .andExpect(jsonPath("$.status").value("PAUSED"))
                .andExpect(jsonPath("$.statusBeforePause").value("SUBMITTED")));
    }

    @Test
    void theArsSearchesTheBaseAPageAtATimeEachVolunteerOnceAndTheErasedNotAtAll() throws Exception {
        long before = totalOf(as(get("/api/volunteers").param("size", "1"), "ars", "ars-operator"));
        List<String> registered = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        for (String volunteer : registered) {
            as(post("/api/volunteers/me").contentType(MediaType.APPLICATION_JSON).content(MINIMAL), volunteer, "volunteer")
                    .andExpect(status().isCreated());
        }
        as(delete("/api/volunteers/me"), registered.get(1), "volunteer").andExpect(status().isNoContent());

        List<String> seen = new ArrayList<>();
        for (int page = 0; page * 2 < before + 2; page++) {
            var body = as(get("/api/volunteers").param("page", String.valueOf(page)).param("size", "2"), "ars", "ars-operator")
                    .andExpect(jsonPath("$.total").value(before + 2))
                    .andReturn().getResponse().getContentAsString();
            seen.addAll(JsonPath.read(body, "$.volunteers[*].id"));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) before + 2)
                .contains(registered.get(0), registered.get(2)).doesNotContain(registered.get(1));
        as(get("/api/volunteers").param("size", "501"), "ars", "ars-operator")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void theArsFindsAVolunteerByPartsOfTheirNamesWhateverTheCaseAndAccentsAndControlCharactersAreRefused() throws Exception {
        String family = "Quintal" + UUID.randomUUID().toString().substring(0, 8);
        mine(post("/api/volunteers/me").content(MINIMAL.replace("Lefebvre", family).replace("Marie", "Hélène")))
                .andExpect(status().isCreated());

        for (String typed : List.of("helene " + family.toLowerCase(), "HÉLÈNE " + family, " " + family.substring(3) + "  hél ")) {
            as(get("/api/volunteers").param("name", typed), "ars", "ars-operator")
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.volunteers[0].firstName").value("Hélène"));
        }
        as(get("/api/volunteers").param("name", "Marie " + family), "ars", "ars-operator")
                .andExpect(jsonPath("$.total").value(0));

        as(get("/api/volunteers").param("name", family.toUpperCase().substring(2)), "ars", "ars-operator")
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.volunteers[0].id").value(account))
                .andExpect(jsonPath("$.volunteers[0].lastName").value(family));
        as(get("/api/volunteers").param("name", family + ".*("), "ars", "ars-operator")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        as(get("/api/volunteers").param("name", "Marie\u0000"), "ars", "ars-operator")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    private long totalOf(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.total")).longValue();
    }

    @Test
    void badInputIsAnsweredWithFieldErrorsAndAStaleVersionWithAConflict() throws Exception {
        long version = versionOf(mine(post("/api/volunteers/me").content(MINIMAL)));

        mine(put("/api/volunteers/me").content(PROFILE.formatted(version, "10003456787")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("professionalId"));
        mine(put("/api/volunteers/me/availability").content("""
                {"version": %d, "weeklySlots": 0, "available": [{"from": "%s", "to": "%s"}, {"from": "%s", "to": "%s"}]}"""
                .formatted(version, LocalDate.now().plusDays(1), LocalDate.now().plusDays(5), LocalDate.now().plusDays(3), LocalDate.now().plusDays(9))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("available"));
        mine(post("/api/volunteers/me/submit").content("{\"version\": " + version + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'consent')]").exists());

        mine(put("/api/volunteers/me").content(PROFILE.formatted(version, "10003456786"))).andExpect(status().isOk());
        mine(put("/api/volunteers/me").content(PROFILE.formatted(version, "10003456786"))).andExpect(status().isConflict());
    }

    @Test
    void deletingTheAccountErasesTheProfileAndTellsEveryServiceAndAReturnCarriesOnItsVersions() throws Exception {
        mine(post("/api/volunteers/me").content(MINIMAL)).andExpect(status().isCreated());

        mine(delete("/api/volunteers/me")).andExpect(status().isNoContent());

        mine(get("/api/volunteers/me")).andExpect(status().isNotFound());
        try (var published = new PublishedEvents(broker, reader, Topics.VOLUNTEERS)) {
            var withdrawn = published.await(e -> e.payload() instanceof VolunteerWithdrawn w && w.volunteerId().equals(account));
            mine(post("/api/volunteers/me").content(MINIMAL)).andExpect(status().isCreated());
            var back = published.await(e -> e.payload() instanceof VolunteerRegistered r && r.volunteer().volunteerId().equals(account)
                    && e.aggregateVersion() > 0);
            assertThat(back.aggregateVersion()).isGreaterThan(withdrawn.aggregateVersion());
        }
    }

    @Test
    void aVolunteerSeesOnlyTheirOwnProfileAndOnlyTheArsVerifies() throws Exception {
        mine(post("/api/volunteers/me").content(MINIMAL));

        as(get("/api/volunteers/" + account), "someone-else", "volunteer").andExpect(status().isForbidden());
        as(post("/api/volunteers/" + account + "/verify").contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"),
                account, "volunteer").andExpect(status().isForbidden());
        as(get("/api/volunteers/me"), "staff", "establishment").andExpect(status().isForbidden());
        http.perform(get("/api/volunteers/me")).andExpect(status().isUnauthorized());
        mine(get("/api/volunteers/communes").param("q", "14000")).andExpect(jsonPath("$[0].name").value("Caen"));
    }
}
