package fr.renfortrh.matching.adapters;

import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import static fr.renfortrh.matching.adapters.MatchingEvents.ROUEN_LAT;
import static fr.renfortrh.matching.adapters.MatchingEvents.ROUEN_LON;
import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceTest
class CandidateSearchTest {

    @Autowired MockMvc http;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventOutbox outbox;

    private MatchingEvents world;
    private final String staff = "staff-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        world = new MatchingEvents(new TestEvents(kafka, outbox));
    }

    private ResultActions search(String who, String role, String establishment, String... more) throws Exception {
        var request = get("/api/matching/candidates").param("establishmentId", establishment).param("profession", "INFIRMIER")
                .param("contractType", "CDD_COURT").header("Authorization", bearer(who, role));
        for (int i = 0; i < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return http.perform(request);
    }

    @Test
    void staffSearchTheBaseAroundTheirEstablishmentPseudonymisedRankedAndExplainedWithoutANeed() throws Exception {
        String establishment = world.establishment(staff);
        String near = world.nurse(ROUEN_LAT + 0.05, ROUEN_LON);
        String cherbourg = world.nurse(49.63984, -1.61631);

        await().untilAsserted(() -> search(staff, "establishment", establishment)
                .andExpect(jsonPath("$[?(@.volunteerId == '" + near + "')].distance").value("moins de 10 km")));
        search(staff, "establishment", establishment, "date", LocalDate.now().plusDays(3).toString(), "start", "07:00", "end", "19:00")
                .andExpect(jsonPath("$[?(@.volunteerId == '" + near + "')].criteriaMet[*]").value(hasItem("Disponible sur tous les créneaux")))
                .andExpect(jsonPath("$[?(@.volunteerId == '" + cherbourg + "')]").isEmpty())
                .andExpect(jsonPath("$[0].initials").value("M.L."))
                .andExpect(jsonPath("$[0].ranking").isNotEmpty());
        search(staff, "establishment", establishment, "minExperienceYears", "10")
                .andExpect(jsonPath("$[?(@.volunteerId == '" + near + "')]").isEmpty());
    }

    @Test
    void staffAskForMoreCandidatesThanAShortlistsUpToAHundred() throws Exception {
        String establishment = world.establishment(staff);
        for (int i = 0; i < 3; i++) {
            // further than the other suites' nurses near Rouen, so as not to outrank them in their shortlists
            world.nurse(ROUEN_LAT + 0.15 + 0.01 * i, ROUEN_LON);
        }

        await().untilAsserted(() -> search(staff, "establishment", establishment, "limit", "3")
                .andExpect(jsonPath("$.length()").value(3)));
        search(staff, "establishment", establishment, "limit", "2").andExpect(jsonPath("$.length()").value(2));
        search(staff, "establishment", establishment, "limit", "101").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void staffKeepTheSearchWithinADistanceOfTheirEstablishment() throws Exception {
        String establishment = world.establishment(staff);
        String within = world.nurse(ROUEN_LAT + 0.15, ROUEN_LON); // about 17 km
        String beyond = world.nurse(ROUEN_LAT + 0.30, ROUEN_LON); // about 33 km, within the nurse's own 40 km

        await().untilAsserted(() -> search(staff, "establishment", establishment, "limit", "100")
                .andExpect(jsonPath("$[?(@.volunteerId == '" + beyond + "')]").isNotEmpty()));
        search(staff, "establishment", establishment, "limit", "100", "maxDistanceKm", "25")
                .andExpect(jsonPath("$[?(@.volunteerId == '" + within + "')]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.volunteerId == '" + beyond + "')]").isEmpty())
                .andExpect(jsonPath("$[*].distance").value(everyItem(oneOf("moins de 10 km", "10 à 25 km"))));
        search(staff, "establishment", establishment, "maxDistanceKm", "0").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maxDistanceKm"));
    }

    @Test
    void staffSearchOverAPeriodFindThoseWhoCanComeOnOneDayAtLeastAndWhichDays() throws Exception {
        String establishment = world.establishment(staff);
        LocalDate first = LocalDate.now().plusDays(3);
        LocalDate last = first.plusDays(4);
        String everyDay = world.nurse(ROUEN_LAT + 0.16, ROUEN_LON);
        String lastTwoDays = world.nurse(MatchingEvents.away("vol-" + UUID.randomUUID(), ROUEN_LAT + 0.17, ROUEN_LON, first, first.plusDays(2)));
        String awayAllAlong = world.nurse(MatchingEvents.away("vol-" + UUID.randomUUID(), ROUEN_LAT + 0.18, ROUEN_LON, first, last));
        await().untilAsserted(() -> search(staff, "establishment", establishment, "limit", "100")
                .andExpect(jsonPath("$[?(@.volunteerId == '" + awayAllAlong + "')]").isNotEmpty()));

        var onDays = DateTimeFormatter.ofPattern("EEE d MMM", Locale.FRENCH);
        search(staff, "establishment", establishment, "limit", "100", "date", first.toString(), "toDate", last.toString(),
                "start", "07:00", "end", "19:00")
                .andExpect(jsonPath("$[?(@.volunteerId == '" + everyDay + "')].ranking[0]").value("Disponible chaque jour de la période (5)"))
                .andExpect(jsonPath("$[?(@.volunteerId == '" + lastTwoDays + "')].ranking[0]").value("Disponible 2 jour(s) sur 5 : "
                        + onDays.format(first.plusDays(3)) + ", " + onDays.format(last)))
                .andExpect(jsonPath("$[?(@.volunteerId == '" + awayAllAlong + "')]").isEmpty());

        search(staff, "establishment", establishment, "date", first.toString(), "toDate", first.minusDays(1).toString())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("toDate"));
        search(staff, "establishment", establishment, "date", first.toString(), "toDate", first.plusDays(31).toString())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("toDate"));
        search(staff, "establishment", establishment, "toDate", last.toString())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void anotherEstablishmentsStaffCannotSearchFromItAndBadCriteriaAreSaidSo() throws Exception {
        String establishment = world.establishment(staff);
        await().untilAsserted(() -> search(staff, "establishment", establishment).andExpect(status().isOk()));

        search("intruder", "establishment", establishment).andExpect(status().isNotFound());
        search("volunteer", "volunteer", establishment).andExpect(status().isForbidden());
        search(staff, "establishment", establishment, "date", "2020-01-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        search(staff, "establishment", establishment, "minExperienceYears", "-3").andExpect(status().isBadRequest());
    }
}
