package fr.renfortrh.needs.application;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.contracts.events.NeedPublished;
import fr.renfortrh.needs.domain.EstablishmentStatus;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.test.PublishedEvents;
import fr.renfortrh.platform.test.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** What ./renfort up loads: on an empty database of its own, once. */
@ServiceTest
@TestPropertySource(properties = {"renfort.demo-data.enabled=true", "spring.mongodb.database=renfort-needs-demo"})
class DemoDataTest {

    @Autowired Establishments establishments;
    @Autowired Needs needs;
    @Autowired LoadingDemoData demo;
    @Autowired EmbeddedKafkaBroker broker;
    @Autowired EventReader reader;

    @Test
    void theDemoEstablishmentsAreVerifiedTheirStaffInvitedAndTheirNeedsPublishedAheadOnce() {
        var verified = establishments.withStatus(EstablishmentStatus.VERIFIED);
        assertThat(verified).hasSize(12);
        assertThat(establishments.inviting(LoadingDemoData.CLAIRE)).hasSize(2);
        assertThat(establishments.inviting(LoadingDemoData.JULIEN)).hasSize(2);
        var open = needs.open();
        assertThat(open).hasSize(12).allSatisfy(need -> {
            assertThat(need.aggregate().shifts()).allSatisfy(shift -> assertThat(shift.startsAt()).isAfter(LocalDateTime.now()));
            assertThat(verified).anySatisfy(e -> assertThat(e.aggregate().id()).isEqualTo(need.aggregate().establishmentId()));
        });
        try (var published = new PublishedEvents(broker, reader, Topics.NEEDS)) {
            String first = open.getFirst().aggregate().id();
            published.await(e -> e.payload() instanceof NeedPublished p && p.need().needId().equals(first));
        }

        demo.loadOnEmptyDatabase();

        assertThat(establishments.withStatus(null)).hasSize(12);
        assertThat(needs.open()).hasSize(12);
    }
}
