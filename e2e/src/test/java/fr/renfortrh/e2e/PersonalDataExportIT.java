package fr.renfortrh.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static fr.renfortrh.e2e.Http.get;
import static fr.renfortrh.e2e.Http.postJson;
import static fr.renfortrh.e2e.Scenario.EVENTUALLY;
import static fr.renfortrh.e2e.Scenario.call;
import static fr.renfortrh.e2e.Scenario.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Right of access: whatever store holds something about a person, their export has it. */
class PersonalDataExportIT {

    /** Which service owns each database, and where it exports what it holds about the caller. */
    private static final Map<String, String> EXPORT_OF_DATABASE = Map.of(
            "renfort-volunteers", "/api/volunteers/me/export",
            "renfort-matching", "/api/matching/me/export",
            "renfort-notifications", "/api/notifications/me/export");

    @Test
    void everyCollectionHoldingSomethingAboutAVolunteerIsInTheirExport() {
        var cast = Scenario.cast();
        String staff = cast.staff();
        var volunteer = cast.volunteer();
        String token = cast.volunteerToken();
        String establishment = cast.establishment();
        String need = ok(call(staff, postJson(Stack.GATEWAY + "/api/needs", Map.of("establishmentId", establishment,
                "profession", "SAGE_FEMME", "contractType", "VACATION", "urgency", "CRITICAL", "positions", 1,
                "shifts", List.of(Map.of("date", LocalDate.now().plusDays(2).toString(), "start", "08:00", "end", "20:00"))))), 201)
                .get("id").asString();
        String proposal = Scenario.requestContact(staff, need, volunteer.id());
        ok(call(token, postJson(Stack.GATEWAY + "/api/matching/me/requests/" + proposal + "/accept", Map.of())), 200);
        String contact = Stack.GATEWAY + "/api/volunteers/" + volunteer.id() + "/contact?proposalId=" + proposal
                + "&establishmentId=" + establishment;
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(call(staff, get(contact)).status()).isEqualTo(200));
        ok(call(staff, postJson(Stack.GATEWAY + "/api/matching/proposals/" + proposal + "/confirm", Map.of())), 200);
        ok(call(token, postJson(Stack.GATEWAY + "/api/matching/me/calendar-feed", Map.of())), 201);
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(ok(call(token, get(Stack.GATEWAY + "/api/notifications")), 200)
                .get("notifications").size()).isGreaterThanOrEqualTo(2));

        Set<String> places = new TreeSet<>();
        try (var data = new PersonalData(Stack.MONGODB)) {
            places.addAll(data.holding(volunteer.id()));
            places.addAll(data.holding(volunteer.email()));
        }
        assertThat(places).as("the scene spread the person's data across services")
                .anyMatch(p -> p.startsWith("renfort-matching.")).anyMatch(p -> p.startsWith("renfort-notifications."));

        for (String place : places) {
            String database = place.substring(0, place.indexOf('.'));
            String collection = place.substring(place.indexOf('.') + 1);
            assertThat(EXPORT_OF_DATABASE).as(database + " holds data about the volunteer but exports nothing").containsKey(database);
            JsonNode export = ok(call(token, get(Stack.GATEWAY + EXPORT_OF_DATABASE.get(database))), 200);
            assertThat(export.path(collection).isArray() && !export.path(collection).isEmpty())
                    .as(place + " holds data about the volunteer: it must be in their export").isTrue();
        }
        System.out.println("Stores holding the volunteer's data, all exported: " + places);
    }
}
