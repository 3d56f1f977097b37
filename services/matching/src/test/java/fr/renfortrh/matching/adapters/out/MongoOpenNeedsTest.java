package fr.renfortrh.matching.adapters.out;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.renfortrh.contracts.events.Availability;
import fr.renfortrh.contracts.events.NeedSnapshot;
import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot;
import fr.renfortrh.contracts.events.VolunteerSnapshot.ContactConsent;
import fr.renfortrh.contracts.events.VolunteerSnapshot.VolunteerStatus;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.matching.domain.Candidate;
import fr.renfortrh.matching.domain.OpenNeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MongoOpenNeedsTest {

    private static final double ROUEN_LAT = 49.4431;
    private static final double ROUEN_LON = 1.0993;
    private static final double CHERBOURG_LAT = 49.63984;
    private static final double CHERBOURG_LON = -1.61631;

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    private final MongoOpenNeeds needs = new MongoOpenNeeds(new MongoTemplate(client, "matching"));

    @AfterEach
    void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aVolunteerReadsOnlyTheOpenNeedsOfTheirProfessionsContractTypesAndDepartmentsWithinReach() {
        store(need("proposable", Profession.INFIRMIER, ContractType.CDD_COURT, "76", ROUEN_LAT, ROUEN_LON));
        store(need("another-contract", Profession.INFIRMIER, ContractType.VACATION, "76", ROUEN_LAT, ROUEN_LON));
        store(need("another-profession", Profession.MEDECIN, ContractType.CDD_COURT, "76", ROUEN_LAT, ROUEN_LON));
        store(need("another-department", Profession.INFIRMIER, ContractType.CDD_COURT, "14", ROUEN_LAT, ROUEN_LON));
        store(need("too-far", Profession.INFIRMIER, ContractType.CDD_COURT, "50", CHERBOURG_LAT, CHERBOURG_LON));
        OpenNeed closing = need("closed", Profession.INFIRMIER, ContractType.CDD_COURT, "76", ROUEN_LAT, ROUEN_LON);
        store(closing);
        needs.upsertIfNewer(closing.closed(), 2);

        List<OpenNeed> plausible = needs.plausibleFor(nurseOfRouen(List.of(ContractType.CDD_COURT)));

        assertThat(plausible).extracting(OpenNeed::needId).containsExactly("proposable");
    }

    @Test
    void aVolunteerAcceptingSeveralContractTypesReadsTheNeedsOfEach() {
        store(need("cdd", Profession.INFIRMIER, ContractType.CDD_COURT, "76", ROUEN_LAT, ROUEN_LON));
        store(need("vacation", Profession.INFIRMIER, ContractType.VACATION, "76", ROUEN_LAT, ROUEN_LON));

        List<OpenNeed> plausible = needs.plausibleFor(nurseOfRouen(List.of(ContractType.CDD_COURT, ContractType.VACATION)));

        assertThat(plausible).extracting(OpenNeed::needId).containsExactlyInAnyOrder("cdd", "vacation");
    }

    @Test
    void aNeedReopenedByANewerVersionIsReadAgain() {
        OpenNeed need = need("reopened", Profession.INFIRMIER, ContractType.CDD_COURT, "76", ROUEN_LAT, ROUEN_LON);
        store(need);
        needs.upsertIfNewer(need.closed(), 2);
        needs.upsertIfNewer(need, 3);

        assertThat(needs.plausibleFor(nurseOfRouen(List.of(ContractType.CDD_COURT)))).extracting(OpenNeed::needId)
                .containsExactly("reopened");
    }

    private void store(OpenNeed need) {
        needs.upsertIfNewer(need, 1);
    }

    private static OpenNeed need(String id, Profession profession, ContractType contract, String department,
                                 double latitude, double longitude) {
        LocalDateTime start = LocalDateTime.now().plusDays(3).withHour(7).withMinute(0).withSecond(0).withNano(0);
        return OpenNeed.of(new NeedSnapshot(id, "etab-1", "CHU de Rouen", profession, null, UnitType.URGENCES, department,
                "76540", latitude, longitude, contract, Urgency.HIGH, 1, List.of(new ShiftSnapshot(start, start.plusHours(12))),
                false, null));
    }

    /** A nurse of Rouen who travels up to 40 km, in Seine-Maritime and the Eure. */
    private static Candidate nurseOfRouen(List<ContractType> contracts) {
        return Candidate.of(new VolunteerSnapshot("vol-1", "M.L.", List.of(Profession.INFIRMIER), null, VolunteerStatus.VERIFIED,
                "76", "76000", ROUEN_LAT, ROUEN_LON, 40, List.of("76", "27"), contracts, List.of(), 48, null,
                new Availability((1 << 21) - 1, List.of(), List.of(), null), Instant.now(), 6, List.of(UnitType.URGENCES),
                3, ContactConsent.ESTABLISHMENTS_AND_ARS));
    }
}
