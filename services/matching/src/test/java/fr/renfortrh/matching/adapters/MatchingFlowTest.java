package fr.renfortrh.matching.adapters;

import com.jayway.jsonpath.JsonPath;
import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.ContactAccepted;
import fr.renfortrh.contracts.events.ContactWithdrawn;
import fr.renfortrh.contracts.events.MatchProposed;
import fr.renfortrh.contracts.events.MissionCancelled;
import fr.renfortrh.contracts.events.MissionCompleted;
import fr.renfortrh.contracts.events.MissionConfirmed;
import fr.renfortrh.contracts.events.NeedCancelled;
import fr.renfortrh.contracts.events.VolunteerRegistered;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.events.VolunteerVerificationWithdrawn;
import fr.renfortrh.contracts.events.VolunteerWithdrawn;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.adapters.in.EventListeners;
import fr.renfortrh.matching.application.CompletingMissions;
import fr.renfortrh.matching.application.ProposingMatches;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.test.MovableClock;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TestEvents;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fr.renfortrh.matching.adapters.MatchingEvents.ROUEN_LAT;
import static fr.renfortrh.matching.adapters.MatchingEvents.ROUEN_LON;
import static fr.renfortrh.matching.adapters.MatchingEvents.day;
import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
@Import(MovableClock.InService.class)
class MatchingFlowTest {

    @Autowired MockMvc http;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventOutbox outbox;
    @Autowired EventReader reader;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired CompletingMissions completing;
    @Autowired MovableClock clock;
    @Autowired KafkaListenerEndpointRegistry listeners;
    @Autowired MongoTemplate mongo;

    private MatchingEvents world;
    private static final double DIEPPE_LAT = 49.92286;
    private static final double DIEPPE_LON = 1.07787;
    private static final double FECAMP_LAT = 49.75787;
    private static final double FECAMP_LON = 0.37472;

    private final String staff = "staff-" + UUID.randomUUID();
    private TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(kafka, outbox);
        world = new MatchingEvents(events);
    }

    private List<String> shortlistIds(String needId) throws Exception {
        String body = http.perform(get("/api/matching/needs/" + needId + "/shortlist")
                        .header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[*].volunteerId");
    }

    private ResultActions requestContact(String needId, String volunteerId) throws Exception {
        return http.perform(post("/api/matching/needs/" + needId + "/contact-requests")
                .header("Authorization", bearer(staff, "establishment"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"volunteerId\": \"" + volunteerId + "\"}"));
    }

    /** The staff asked the volunteer, who accepted, and confirmed them. */
    private String confirmedMission(String needId, String volunteerId) throws Exception {
        String mission = proposalIdOf(requestContact(needId, volunteerId).andExpect(status().isCreated()));
        http.perform(post("/api/matching/me/requests/" + mission + "/accept").header("Authorization", bearer(volunteerId, "volunteer")))
                .andExpect(status().isOk());
        http.perform(post("/api/matching/proposals/" + mission + "/confirm").header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isOk());
        return mission;
    }

    private String proposalIdOf(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void theShortlistRanksEligibleVolunteersWithExplanationsAndLeavesOutThoseTooFar() throws Exception {
        String establishment = world.establishment(staff);
        // in Dieppe, out of reach of the other tests' nurses around Rouen, which would outrank this one
        String near = world.nurse(DIEPPE_LAT + 0.05, DIEPPE_LON);
        String cherbourg = world.nurse(49.63984, -1.61631);
        String needId = world.need(establishment, "76", DIEPPE_LAT, DIEPPE_LON, ContractType.CDD_COURT, Urgency.HIGH, day(3));

        await().untilAsserted(() -> assertThat(shortlistIds(needId)).contains(near));
        assertThat(shortlistIds(needId)).doesNotContain(cherbourg);
        http.perform(get("/api/matching/needs/" + needId + "/shortlist").header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$[?(@.volunteerId == '" + near + "')].distance").value("moins de 10 km"))
                .andExpect(jsonPath("$[?(@.volunteerId == '" + near + "')].initials").value("M.L."));

        try (var published = new PublishedEvents(broker, reader, Topics.MATCHING)) {
            published.await(e -> e.payload() instanceof MatchProposed m && m.needId().equals(needId) && m.volunteerId().equals(near));
        }
    }

    @Test
    void aVolunteerWhoseEventsAnotherInstanceHandlesIsShortlistedAndCanBeAskedHereToo() throws Exception {
        String establishment = world.establishment(staff);
        // in Fécamp, out of reach of the other tests' nurses
        String needId = world.need(establishment, "76", FECAMP_LAT, FECAMP_LON, ContractType.CDD_COURT, Urgency.HIGH, day(4));
        await().untilAsserted(() -> assertThat(shortlistIds(needId)).isEmpty());
        var listener = listeners.getListenerContainer(EventListeners.VOLUNTEERS_LISTENER);
        listener.stop(); // the volunteers' partitions are now another instance's
        try {
            String nurse = world.nurse(FECAMP_LAT + 0.02, FECAMP_LON);

            await().untilAsserted(() -> assertThat(shortlistIds(needId)).containsExactly(nurse));
            assertThat(mongo.findById(nurse, Document.class, "candidates")).as("stored by the instance that handles them").isNull();
            requestContact(needId, nurse).andExpect(status().isCreated());
        } finally {
            listener.start();
        }
    }

    @Test
    void aVolunteerVerifiedAfterTheNeedIsProposedForNeedsWithinTheirReachOnly() throws Exception {
        String establishment = world.establishment(staff);
        String needId = world.need(establishment, "76", DIEPPE_LAT, DIEPPE_LON, ContractType.CDD_COURT, Urgency.HIGH, day(3));
        await().untilAsserted(() -> http.perform(get("/api/matching/needs/" + needId + "/shortlist")
                .header("Authorization", bearer(staff, "establishment"))).andExpect(status().isOk()));

        try (var published = new PublishedEvents(broker, reader, Topics.MATCHING)) {
            // one partition in tests: Cherbourg's event is handled before the nearer nurse's
            String cherbourg = world.nurse(49.63984, -1.61631);
            String near = world.nurse(DIEPPE_LAT - 0.05, DIEPPE_LON);
            published.await(e -> e.payload() instanceof MatchProposed m && m.needId().equals(needId) && m.volunteerId().equals(near));
            String proposals = http.perform(get("/api/matching/needs/" + needId + "/proposals")
                            .header("Authorization", bearer(staff, "establishment")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<List<String>>read(proposals, "$[*].volunteerId")).contains(near).doesNotContain(cherbourg);
        }
    }

    @Test
    void requestAcceptConfirmAndTheVolunteersOtherOverlappingRequestIsWithdrawn() throws Exception {
        String establishment = world.establishment(staff);
        String volunteer = world.nurse(ROUEN_LAT, ROUEN_LON + 0.02);
        String first = world.need(establishment, Urgency.HIGH, day(4));
        String second = world.need(establishment, Urgency.NORMAL, day(4));
        await().untilAsserted(() -> assertThat(shortlistIds(first)).contains(volunteer));
        await().untilAsserted(() -> assertThat(shortlistIds(second)).contains(volunteer));

        String proposal = proposalIdOf(requestContact(first, volunteer).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CONTACT_REQUESTED")));
        String other = proposalIdOf(requestContact(second, volunteer).andExpect(status().isCreated()));
        http.perform(post("/api/matching/me/requests/" + other + "/accept").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(status().isOk());

        http.perform(get("/api/matching/me/requests").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.id == '" + proposal + "')].status").value("CONTACT_REQUESTED"))
                .andExpect(jsonPath("$[?(@.id == '" + proposal + "')].need.profession").value("Infirmier diplômé d'État (IDE)"))
                .andExpect(jsonPath("$[?(@.id == '" + proposal + "')].need.contract").value("CDD court"))
                .andExpect(jsonPath("$[?(@.id == '" + proposal + "')].need.unit").value("Urgences"));
        http.perform(post("/api/matching/me/requests/" + proposal + "/accept").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        http.perform(post("/api/matching/proposals/" + proposal + "/confirm").header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));

        http.perform(post("/api/matching/proposals/" + other + "/confirm").header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isConflict());
        try (var published = new PublishedEvents(broker, reader, Topics.MATCHING)) {
            published.await(e -> e.payload() instanceof ContactAccepted a && a.proposalId().equals(proposal));
            published.await(e -> e.payload() instanceof MissionConfirmed m && m.proposalId().equals(proposal));
            published.await(e -> e.payload() instanceof ContactWithdrawn w && w.proposalId().equals(other));
        }
    }

    @Test
    void aCalendarAppReadsTheVolunteersMissionsAtASecretAddressWhichStopsWorkingOnceRenewedOrEnded() throws Exception {
        String establishment = world.establishment(staff);
        String volunteer = world.nurse(ROUEN_LAT, ROUEN_LON + 0.02);
        String need = world.need(establishment, Urgency.HIGH, day(3));
        await().untilAsserted(() -> assertThat(shortlistIds(need)).contains(volunteer));
        String mission = confirmedMission(need, volunteer);
        http.perform(get("/api/matching/me/calendar-feed").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(jsonPath("$.active").value(false));

        String address = subscribeToCalendar(volunteer);
        String calendar = http.perform(get(address)) // no sign-in: the address is the credential
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(calendar).contains("UID:" + mission + "-1@renfort-rh", "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        http.perform(get("/api/matching/me/calendar-feed").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.lastReadAt").isNotEmpty())
                .andExpect(jsonPath("$.address").isEmpty());
        String export = http.perform(get("/api/matching/me/export").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(jsonPath("$.calendar_feeds[0].createdAt").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(export).doesNotContain(secretOf(address));

        http.perform(post("/api/matching/me/requests/" + mission + "/cancel").header("Authorization", bearer(volunteer, "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Empêchement familial\"}"))
                .andExpect(status().isOk());
        assertThat(http.perform(get(address)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("BEGIN:VCALENDAR").doesNotContain(mission);

        String renewed = subscribeToCalendar(volunteer);
        http.perform(get(address))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        http.perform(get(renewed)).andExpect(status().isOk());
        http.perform(delete("/api/matching/me/calendar-feed").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(status().isNoContent());
        http.perform(get(renewed)).andExpect(status().isNotFound());
    }

    @Test
    void onceTheArsWithdrawsAVerificationTheVolunteersRequestsAreWithdrawnTheirMissionsCancelledAndTheyAreNoLongerShortlisted()
            throws Exception {
        String establishment = world.establishment(staff);
        String volunteer = world.nurse(ROUEN_LAT, ROUEN_LON + 0.01);
        String staffed = world.need(establishment, Urgency.HIGH, day(2));
        String asked = world.need(establishment, Urgency.HIGH, day(4));
        await().untilAsserted(() -> assertThat(shortlistIds(asked)).contains(volunteer));
        await().untilAsserted(() -> assertThat(shortlistIds(staffed)).contains(volunteer));
        String mission = confirmedMission(staffed, volunteer);
        String request = proposalIdOf(requestContact(asked, volunteer).andExpect(status().isCreated()));

        try (var published = new PublishedEvents(broker, reader, Topics.MATCHING)) {
            events.publish(Topics.VOLUNTEERS, 1, new VolunteerVerificationWithdrawn(
                    MatchingEvents.snapshot(volunteer, VolunteerStatus.REJECTED, "76", List.of("76"), ROUEN_LAT, ROUEN_LON + 0.01)));
            published.await(e -> e.payload() instanceof MissionCancelled c && c.proposalId().equals(mission) && c.cancelledBy().equals(MissionCancelled.BY_ARS));
            published.await(e -> e.payload() instanceof ContactWithdrawn w && w.proposalId().equals(request));
        }
        http.perform(get("/api/matching/me/requests").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(jsonPath("$[?(@.id == '" + mission + "')].status").value("CANCELLED"))
                .andExpect(jsonPath("$[?(@.id == '" + request + "')].status").value("WITHDRAWN"));
        await().untilAsserted(() -> assertThat(shortlistIds(asked)).doesNotContain(volunteer));
    }

    private String subscribeToCalendar(String volunteer) throws Exception {
        String body = http.perform(post("/api/matching/me/calendar-feed").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.address").value(startsWith("/api/matching/public/calendars/")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.address");
    }

    private static String secretOf(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }

    @Test
    void aMissionEndsByItselfThenEachSideTellsTheArsPrivatelyAndANoShowLowersTheRank() throws Exception {
        String establishment = world.establishment(staff);
        String volunteer = world.nurse(ROUEN_LAT, ROUEN_LON + 0.03);
        String yesterday = world.need(establishment, Urgency.HIGH, day(-1));
        await().untilAsserted(() -> assertThat(shortlistIds(yesterday)).contains(volunteer));
        String mission = confirmedMission(yesterday, volunteer);

        byte[] sheet = http.perform(get("/api/matching/proposals/" + mission + "/mission-sheet").header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new PdfTextExtractor(new PdfReader(sheet)).getTextFromPage(1);
        assertThat(text).contains("Fiche de mission", "CHU de Rouen", "M.L.");
        http.perform(get("/api/matching/me/requests/" + mission + "/mission-sheet").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(status().isOk());
        http.perform(get("/api/matching/me/requests/" + mission + "/mission-sheet").header("Authorization", bearer("someone-else", "volunteer")))
                .andExpect(status().isNotFound());
        String calendar = http.perform(get("/api/matching/me/missions.ics").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replace("\r\n ", ""); // unfolded
        assertThat(calendar).contains("UID:" + mission + "-1@renfort-rh", "LOCATION:CHU de Rouen\\, Rouen (76)");
        assertThat(http.perform(get("/api/matching/me/missions.ics").header("Authorization", bearer("someone-else", "volunteer")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replace("\r\n ", "")).doesNotContain(mission);

        completing.completeEnded();

        http.perform(get("/api/matching/me/requests").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(jsonPath("$[?(@.id == '" + mission + "')].status").value("COMPLETED"))
                .andExpect(jsonPath("$[?(@.id == '" + mission + "')].need.place").value("Rouen (76)"))
                .andExpect(jsonPath("$[?(@.id == '" + mission + "')].need.distanceKm").value(2));
        try (var published = new PublishedEvents(broker, reader, Topics.MATCHING)) {
            published.await(e -> e.payload() instanceof MissionCompleted m && m.proposalId().equals(mission));
        }
        var absent = "{\"noShow\": true, \"wouldWorkAgain\": false, \"comment\": \"Absent sans prévenir\"}";
        http.perform(post("/api/matching/proposals/" + mission + "/feedback").header("Authorization", bearer(staff, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content(absent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.establishmentFeedbackGiven").value(true))
                .andExpect(jsonPath("$.volunteerFeedbackGiven").value(false));
        http.perform(post("/api/matching/proposals/" + mission + "/feedback").header("Authorization", bearer(staff, "establishment"))
                        .contentType(MediaType.APPLICATION_JSON).content(absent))
                .andExpect(status().isConflict());
        http.perform(post("/api/matching/me/requests/" + mission + "/feedback").header("Authorization", bearer("someone-else", "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON).content(absent))
                .andExpect(status().isNotFound());
        http.perform(post("/api/matching/me/requests/" + mission + "/feedback").header("Authorization", bearer(volunteer, "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'noShow')]").isNotEmpty());
        http.perform(post("/api/matching/me/requests/" + mission + "/feedback").header("Authorization", bearer(volunteer, "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"noShow\": false, \"wouldWorkAgain\": true}"))
                .andExpect(status().isOk());

        http.perform(get("/api/matching/feedback").header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isForbidden());
        http.perform(get("/api/matching/feedback").header("Authorization", bearer("ars", "ars-operator")))
                .andExpect(jsonPath("$[?(@.proposalId == '" + mission + "')].from").value(org.hamcrest.Matchers.containsInAnyOrder("ESTABLISHMENT", "VOLUNTEER")))
                .andExpect(jsonPath("$[?(@.proposalId == '" + mission + "' && @.from == 'ESTABLISHMENT')].comment").value("Absent sans prévenir"))
                .andExpect(jsonPath("$[?(@.proposalId == '" + mission + "' && @.from == 'ESTABLISHMENT')].volunteerNoShowsThisYear").value(1));
        http.perform(get("/api/matching/feedback").param("volunteerId", volunteer).header("Authorization", bearer("ars", "ars-operator")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].volunteerId").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(volunteer))));

        String next = world.need(establishment, Urgency.HIGH, day(5));
        await().untilAsserted(() -> assertThat(shortlistIds(next)).contains(volunteer));
        http.perform(get("/api/matching/needs/" + next + "/shortlist").header("Authorization", bearer(staff, "establishment")))
                .andExpect(jsonPath("$[?(@.volunteerId == '" + volunteer + "')].score.reliability").value(-10.0));
    }

    @Test
    void cancellingTheNeedWithdrawsItsPendingRequestsAndRefusesNewOnes() throws Exception {
        String establishment = world.establishment(staff);
        String volunteer = world.nurse(ROUEN_LAT, ROUEN_LON);
        String needId = world.need(establishment, Urgency.HIGH, day(8));
        await().untilAsserted(() -> assertThat(shortlistIds(needId)).contains(volunteer));
        String proposal = proposalIdOf(requestContact(needId, volunteer).andExpect(status().isCreated()));

        events.publish(Topics.NEEDS, 1, new NeedCancelled(needId, "Renfort interne trouvé", MissionCancelled.BY_ESTABLISHMENT));

        await().untilAsserted(() -> http.perform(get("/api/matching/me/requests").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(jsonPath("$[?(@.id == '" + proposal + "')].status").value("WITHDRAWN"))
                .andExpect(jsonPath("$[?(@.id == '" + proposal + "')].reason").value("Besoin annulé : Renfort interne trouvé")));
        requestContact(needId, world.nurse(ROUEN_LAT, ROUEN_LON)).andExpect(status().isConflict());
    }

    @Test
    void cancellingTheNeedCancelsItsConfirmedMissionsOnBehalfOfWhoeverCancelledItAndFreesTheVolunteerForThoseDates() throws Exception {
        String establishment = world.establishment(staff);
        String volunteer = world.nurse(ROUEN_LAT, ROUEN_LON + 0.02);
        String cancelledNeed = world.need(establishment, Urgency.HIGH, day(6));
        String otherNeed = world.need(establishment, Urgency.HIGH, day(6));
        await().untilAsserted(() -> assertThat(shortlistIds(cancelledNeed)).contains(volunteer));
        String mission = confirmedMission(cancelledNeed, volunteer);

        try (var published = new PublishedEvents(broker, reader, Topics.MATCHING)) {
            events.publish(Topics.NEEDS, 1, new NeedCancelled(cancelledNeed, "Établissement suspendu", MissionCancelled.BY_ARS));
            published.await(e -> e.payload() instanceof MissionCancelled c && c.proposalId().equals(mission)
                    && c.cancelledBy().equals(MissionCancelled.BY_ARS) && c.reason().equals("Besoin annulé : Établissement suspendu"));
        }
        http.perform(get("/api/matching/me/requests").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(jsonPath("$[?(@.id == '" + mission + "')].status").value("CANCELLED"));
        await().untilAsserted(() -> assertThat(shortlistIds(otherNeed)).contains(volunteer));
        confirmedMission(otherNeed, volunteer);
    }

    @Test
    void movingTheNeedToOtherShiftsWithdrawsItsPendingRequestsAndALaterRequestAsksForTheNewShifts() throws Exception {
        String establishment = world.establishment(staff);
        String asked = world.nurse(ROUEN_LAT, ROUEN_LON);
        String proposedOnly = world.nurse(ROUEN_LAT, ROUEN_LON);
        String needId = world.need(establishment, Urgency.HIGH, day(8));
        await().untilAsserted(() -> assertThat(shortlistIds(needId)).contains(asked, proposedOnly));
        String request = proposalIdOf(requestContact(needId, asked).andExpect(status().isCreated()));

        world.needRescheduled(needId, establishment, Urgency.HIGH, 1, day(9));

        await().untilAsserted(() -> http.perform(get("/api/matching/me/requests").header("Authorization", bearer(asked, "volunteer")))
                .andExpect(jsonPath("$[?(@.id == '" + request + "')].status").value("WITHDRAWN"))
                .andExpect(jsonPath("$[?(@.id == '" + request + "')].reason").value(ProposingMatches.NEED_RESCHEDULED)));
        requestContact(needId, proposedOnly).andExpect(status().isCreated())
                .andExpect(jsonPath("$.shifts[0].start").value(startsWith(day(9).start().toLocalDate().toString())));
        requestContact(needId, asked).andExpect(status().isCreated())
                .andExpect(jsonPath("$.shifts[0].start").value(startsWith(day(9).start().toLocalDate().toString())));
    }

    @Test
    void aVolunteerReceivesAtMostTheirWeeklyBudgetOfRequests() throws Exception {
        String establishment = world.establishment(staff);
        String volunteer = world.nurse(ROUEN_LAT, ROUEN_LON);
        List<String> needs = List.of(world.need(establishment, Urgency.NORMAL, day(10)),
                world.need(establishment, Urgency.NORMAL, day(12)), world.need(establishment, Urgency.NORMAL, day(14)),
                world.need(establishment, Urgency.NORMAL, day(16)));
        for (String need : needs) {
            await().untilAsserted(() -> assertThat(shortlistIds(need)).contains(volunteer));
        }

        for (int i = 0; i < 3; i++) {
            requestContact(needs.get(i), volunteer).andExpect(status().isCreated());
        }
        requestContact(needs.get(3), volunteer).andExpect(status().isConflict());
    }

    @Test
    void onlyTheOwnersStaffSeesAndActsOnANeed() throws Exception {
        String establishment = world.establishment(staff);
        String volunteer = world.nurse(ROUEN_LAT, ROUEN_LON);
        String needId = world.need(establishment, Urgency.HIGH, day(5));
        await().untilAsserted(() -> assertThat(shortlistIds(needId)).contains(volunteer));
        String proposal = proposalIdOf(requestContact(needId, volunteer));

        http.perform(get("/api/matching/needs/" + needId + "/shortlist").header("Authorization", bearer("intruder", "establishment")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/matching/needs/" + needId + "/shortlist").header("Authorization", bearer("ars-agent", "ars-operator")))
                .andExpect(status().isOk());
        http.perform(post("/api/matching/me/requests/" + proposal + "/accept").header("Authorization", bearer("someone-else", "volunteer")))
                .andExpect(status().isNotFound());
        http.perform(post("/api/matching/proposals/" + proposal + "/confirm").header("Authorization", bearer(volunteer, "volunteer")))
                .andExpect(status().isForbidden());
        http.perform(post("/api/matching/proposals/" + proposal + "/confirm").header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isConflict());
    }

    @Test
    void anEstablishmentNoLongerVerifiedAsksNobodyNorConfirmsAnyoneForItsNeedsStillOpen() throws Exception {
        String establishment = world.establishment(staff);
        String asked = world.nurse(ROUEN_LAT, ROUEN_LON - 0.02);
        String other = world.nurse(ROUEN_LAT, ROUEN_LON - 0.02);
        String needId = world.need(establishment, Urgency.HIGH, day(3));
        await().untilAsserted(() -> assertThat(shortlistIds(needId)).contains(asked, other));
        String proposal = proposalIdOf(requestContact(needId, asked).andExpect(status().isCreated()));
        http.perform(post("/api/matching/me/requests/" + proposal + "/accept").header("Authorization", bearer(asked, "volunteer")))
                .andExpect(status().isOk());

        world.establishmentNoLongerVerified(establishment, staff);

        await().untilAsserted(() -> requestContact(needId, other).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("L'établissement de ce besoin n'est plus vérifié par l'ARS.")));
        http.perform(post("/api/matching/proposals/" + proposal + "/confirm").header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isConflict());
    }

    @Test
    void theArsAloneSeesTheIndicatorsPerDepartmentRefreshedInTheBackgroundOnceTheyAreOlderThanTheirMaxAge() throws Exception {
        String establishment = world.establishment(staff);
        String first = world.need(establishment, Urgency.HIGH, day(9));
        await().untilAsserted(() -> assertThat(shortlistIds(first)).isNotNull());
        clock.moveBy(Duration.ofMinutes(1)); // past any indicators computed earlier

        http.perform(get("/api/matching/monitoring").header("Authorization", bearer("ars-agent", "ars-operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5));
        int openInSeineMaritime = openNeedsInSeineMaritime();
        assertThat(openInSeineMaritime).isPositive();

        String second = world.need(establishment, Urgency.HIGH, day(10));
        await().untilAsserted(() -> assertThat(shortlistIds(second)).isNotNull());
        assertThat(openNeedsInSeineMaritime()).isEqualTo(openInSeineMaritime);
        clock.moveBy(Duration.ofSeconds(15));
        assertThat(openNeedsInSeineMaritime()).isEqualTo(openInSeineMaritime); // served while they are computed again
        await().untilAsserted(() -> assertThat(openNeedsInSeineMaritime()).isGreaterThan(openInSeineMaritime));

        http.perform(get("/api/matching/monitoring").header("Authorization", bearer(staff, "establishment")))
                .andExpect(status().isForbidden());
    }

    private int openNeedsInSeineMaritime() throws Exception {
        String body = http.perform(get("/api/matching/monitoring").header("Authorization", bearer("ars-agent", "ars-operator")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> open = JsonPath.read(body, "$[?(@.department == '76')].openNeeds");
        return open.getFirst();
    }

    @Test
    void replayedEventsDoNotDuplicateProposalsAndAWithdrawnVolunteerStaysGoneWithTheirCalendar() throws Exception {
        String establishment = world.establishment(staff);
        String volunteer = world.nurse(ROUEN_LAT, ROUEN_LON);
        String needId = world.need(establishment, Urgency.HIGH, day(6));
        events.publish(Topics.VOLUNTEERS, 0, new VolunteerRegistered(MatchingEvents.snapshot(volunteer, ROUEN_LAT, ROUEN_LON)));
        await().untilAsserted(() -> assertThat(shortlistIds(needId)).containsOnlyOnce(volunteer));
        String calendar = subscribeToCalendar(volunteer);

        events.publish(Topics.VOLUNTEERS, 1, new VolunteerWithdrawn(volunteer));
        events.publish(Topics.VOLUNTEERS, 0, new VolunteerRegistered(MatchingEvents.snapshot(volunteer, ROUEN_LAT, ROUEN_LON)));
        String marker = world.nurse(ROUEN_LAT, ROUEN_LON);

        // shortlists read every instance's memory, which may learn of the marker before this instance's listener has
        // handled the withdrawal on another partition: both are awaited
        await().untilAsserted(() -> assertThat(shortlistIds(needId)).contains(marker).doesNotContain(volunteer));
        await().untilAsserted(() -> http.perform(get(calendar)).andExpect(status().isNotFound()));
    }
}
