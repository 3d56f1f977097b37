package fr.renfortrh.platform.test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole service on an embedded KRaft broker and an in-process MongoDB-wire server, called through MockMvc
 * with signed test tokens ({@link TestTokens}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "renfort.security.issuer=" + TestTokens.ISSUER,
        "renfort.security.audience=" + TestTokens.AUDIENCE,
        "renfort.outbox.sweep-interval=200ms",
        "renfort.outbox.idle-sweep-interval=1s"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = InProcessMongo.class)
@Import(TestSecurity.class)
public @interface ServiceTest {
}
