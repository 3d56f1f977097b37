package fr.renfortrh.volunteer.adapters;

import fr.renfortrh.platform.test.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import static fr.renfortrh.platform.test.TestTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The same registration on a real MongoDB replica set and a real Kafka broker, where Docker is available. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {"renfort.security.issuer=http://localhost:8180/realms/renfort", "renfort.security.audience=renfort-api"})
@AutoConfigureMockMvc
@Import(TestSecurity.class)
class MongoVolunteersIT {

    @Container
    @ServiceConnection
    static MongoDBContainer mongo = new MongoDBContainer("mongo:8");

    @Container
    @ServiceConnection
    static KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @Autowired MockMvc http;

    @Test
    void aProfileIsStoredAndReadBackOnRealMongoDb() throws Exception {
        http.perform(post("/api/volunteers/me").header("Authorization", bearer("it-account", "volunteer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName": "Marie", "lastName": "Lefebvre", "professions": ["INFIRMIER"], "department": "76"}"""))
                .andExpect(status().isCreated());
        http.perform(get("/api/volunteers/me").header("Authorization", bearer("it-account", "volunteer")))
                .andExpect(jsonPath("$.lastName").value("Lefebvre"));
    }
}
