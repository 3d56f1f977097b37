package fr.renfortrh.volunteer.adapters;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.jayway.jsonpath.JsonPath;
import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.volunteer.application.PreCheckingVolunteers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The RPPS pre-check against the same WireMock stub of the Annuaire Santé that ./renfort up starts. */
@ServiceTest
@DirtiesContext
class DirectoryPreCheckTest {

    @RegisterExtension
    static final WireMockExtension directory = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().usingFilesUnderDirectory("../../infra/directory-stub/stub")).build();

    @DynamicPropertySource
    static void directoryUrl(DynamicPropertyRegistry properties) {
        properties.add("renfort.directory.base-url", () -> directory.baseUrl() + "/fhir/v2");
        properties.add("renfort.directory.timeout", () -> "PT1S");
    }

    @Autowired MockMvc http;
    @Autowired PreCheckingVolunteers preChecking;

    private final String account = UUID.randomUUID().toString();

    @AfterEach
    void directoryBackToNormal() {
        directory.resetToDefaultMappings();
    }

    @Test
    void theOperatorSeesThatTheDirectoryListsTheVolunteerUnderTheirName() throws Exception {
        submit("Lemoine", "10003456786");

        ars(account).andExpect(jsonPath("$.directoryCheck.outcome").value("CONFIRMED"))
                .andExpect(jsonPath("$.directoryCheck.detail").value("Inscrit et actif sous le nom Claire LEMOINE."));
    }

    @Test
    void anUnknownOrInactiveNumberIsFlaggedForTheOperator() throws Exception {
        submit("Durand", "10000000017");
        ars(account).andExpect(jsonPath("$.directoryCheck.outcome").value("INACTIVE"));

        String other = UUID.randomUUID().toString();
        submit(other, "Lefebvre", "10003456778");
        ars(other).andExpect(jsonPath("$.directoryCheck.outcome").value("NOT_FOUND"));
    }

    @Test
    void anUnreachableDirectoryDoesNotBlockSubmissionAndIsAskedAgainLater() throws Exception {
        directory.stubFor(get(urlPathEqualTo("/fhir/v2/Practitioner")).atPriority(0)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        submit("Lemoine", "10003456786");
        ars(account).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.directoryCheck.outcome").value("UNAVAILABLE"));

        directory.resetToDefaultMappings();
        preChecking.checkPending();
        ars(account).andExpect(jsonPath("$.directoryCheck.outcome").value("CONFIRMED"));
    }

    @Test
    void aGarbledDirectoryAnswerIsNotAVerdict() throws Exception {
        directory.stubFor(get(urlPathEqualTo("/fhir/v2/Practitioner")).atPriority(0)
                .willReturn(aResponse().withHeader("Content-Type", "application/fhir+json").withBody("{\"resourceType\": \"Bundle\", \"entry\": [")));

        submit("Lemoine", "10003456786");

        ars(account).andExpect(jsonPath("$.directoryCheck.outcome").value("UNAVAILABLE"));
    }

    private void submit(String lastName, String rpps) throws Exception {
        submit(account, lastName, rpps);
    }

    private void submit(String who, String lastName, String rpps) throws Exception {
        long version = versionOf(as(post("/api/volunteers/me").content(VolunteerJourneyTest.MINIMAL), who));
        version = versionOf(as(put("/api/volunteers/me").content(VolunteerJourneyTest.PROFILE.formatted(version, rpps)
                .replace("\"lastName\": \"Lefebvre\"", "\"lastName\": \"" + lastName + "\"")), who));
        version = versionOf(as(put("/api/volunteers/me/availability").content("""
                {"version": %d, "weeklySlots": 3, "available": [], "unavailable": [], "availableNowDays": 7}""".formatted(version)), who));
        version = versionOf(as(put("/api/volunteers/me/consent").content("""
                {"version": %d, "privacyNoticeVersion": "2026-11", "contactConsent": "ESTABLISHMENTS_AND_ARS"}""".formatted(version)), who));
        as(post("/api/volunteers/me/submit").content("{\"version\": " + version + "}"), who)
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    private ResultActions as(MockHttpServletRequestBuilder request, String who) throws Exception {
        return http.perform(request.contentType(MediaType.APPLICATION_JSON).header("Authorization", bearer(who, "volunteer")));
    }

    private ResultActions ars(String volunteerId) throws Exception {
        return http.perform(MockMvcRequestBuilders.get("/api/volunteers/" + volunteerId)
                .header("Authorization", bearer("ars", "ars-operator")));
    }

    private static long versionOf(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version")).longValue();
    }
}
