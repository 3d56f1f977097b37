package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.events.VolunteerVerified;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** What ./renfort up loads: on an empty database of its own, once. */
@ServiceTest
@TestPropertySource(properties = {"renfort.demo-data.enabled=true", "spring.mongodb.database=renfort-volunteers-demo"})
class DemoDataTest {

    @Autowired Volunteers volunteers;
    @Autowired LoadingDemoData demo;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired EventReader reader;

    @Test
    void theDemoVolunteersHaveCompleteProfilesMostVerifiedAndAnnouncedToMatchingAFewAwaitingTheArsAndAreLoadedOnce() {
        assertThat(volunteers.all()).hasSize(42).allSatisfy(volunteer -> {
            assertThat(volunteer.aggregate().missingForSubmission()).isEmpty();
            assertThat(volunteer.aggregate().identity().email()).matches("[a-z]+(\\.[a-z]+)?@demo\\.renfort-rh\\.fr");
        });
        var loaded = volunteers.find(new VolunteerFilter(VolunteerStatus.VERIFIED, null, null, null));
        assertThat(loaded).hasSize(39);
        assertThat(volunteers.find(VolunteerFilter.waiting(null, null))).hasSize(3);
        try (var published = new PublishedEvents(broker, reader, Topics.VOLUNTEERS)) {
            String last = loaded.getLast().aggregate().id();
            published.await(e -> e.payload() instanceof VolunteerVerified v && v.volunteer().volunteerId().equals(last));
        }

        demo.loadOnEmptyDatabase();

        assertThat(volunteers.all()).hasSize(42);
    }

    @Test
    void theDemoLoginVolontaireSignsInToAVerifiedProfileAvailableNow() {
        var volontaire = volunteers.byId(LoadingDemoData.SIGNING_IN_ACCOUNT).orElseThrow().aggregate();

        assertThat(volontaire.accountId()).isEqualTo(LoadingDemoData.SIGNING_IN_ACCOUNT);
        assertThat(volontaire.identity().email()).isEqualTo("volontaire@demo.renfort-rh.fr");
        assertThat(volontaire.status()).isEqualTo(VolunteerStatus.VERIFIED);
        assertThat(volontaire.availability().availableNowUntil()).isNotNull();
    }
}
