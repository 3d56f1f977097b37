package fr.renfortrh.platform;

import fr.renfortrh.contracts.Topics;
import fr.renfortrh.platform.events.EventOutbox;
import fr.renfortrh.platform.events.EventReader;
import fr.renfortrh.platform.events.Inbox;
import fr.renfortrh.platform.events.OutboxRelay;
import fr.renfortrh.platform.events.PoisonEvent;
import fr.renfortrh.platform.events.Retries;
import fr.renfortrh.platform.health.MongoPing;
import fr.renfortrh.platform.security.ResourceServerSecurity;
import fr.renfortrh.platform.web.BodySizeLimit;
import fr.renfortrh.platform.web.ConcurrencyLimit;
import fr.renfortrh.platform.web.CorrelationId;
import fr.renfortrh.platform.web.ProblemHandler;
import fr.renfortrh.platform.web.TomcatRefusals;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** What every Renfort RH service does the same way; a service adds only its own rooms. */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
@EnableScheduling
// only runs started by the scheduler take the lease: a job's method called directly (tests, endpoints) runs as is
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT10M")
@Import({ResourceServerSecurity.class, ProblemHandler.class})
// defaults a service's own configuration may override
@PropertySource("classpath:renfort-platform.properties")
public class PlatformAutoConfiguration {

    /**
     * With several instances of a service, each scheduled job ({@code @SchedulerLock}) runs on one of them at a
     * time: a lease document per job in the service's database, taken by an atomic find-and-modify.
     */
    @Bean
    @ConditionalOnMissingBean
    LockProvider lockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getDb());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Paris"));
    }

    /** Unknown fields are refused (no silently ignored typo or forbidden field); a missing number or flag is 0/false. */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    @Bean
    FilterRegistrationBean<CorrelationId> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationId());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    TomcatRefusals tomcatRefusals() {
        return new TomcatRefusals();
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimitFilter(JsonMapper json,
            @Value("${renfort.web.max-body-size:256KB}") DataSize limit) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimit(limit, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ConcurrencyLimit> concurrencyLimitFilter(JsonMapper json,
            @Value("${renfort.web.max-concurrent-requests:32}") int maxConcurrent,
            @Value("${renfort.web.max-queue-wait:3s}") Duration maxWait) {
        var registration = new FilterRegistrationBean<>(new ConcurrencyLimit(maxConcurrent, maxWait, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Documents the service under its name, reached through the gateway (relative server), not on its own port. */
    @Bean
    OpenApiCustomizer throughTheGateway(@Value("${spring.application.name}") String application) {
        return api -> api.info(new Info().title("Renfort RH — " + application).version("v1"))
                .servers(List.of(new Server().url("/").description("Passerelle Renfort RH")));
    }

    /** Named so that Boot's own MongoDB indicator, which the local server cannot answer, backs off. */
    @Bean(name = "mongoHealthContributor")
    MongoPing mongoHealthContributor(MongoTemplate mongo) {
        return new MongoPing(mongo);
    }

    @Bean
    EventOutbox eventOutbox(JsonMapper json, Clock clock) {
        return new EventOutbox(json, clock);
    }

    @Bean(destroyMethod = "close")
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka,
                            @Value("${renfort.outbox.collections:}") Set<String> collections,
                            @Value("${spring.application.name}") String application,
                            @Value("${renfort.outbox.idle-sweep-interval:30s}") Duration idleSweep) {
        return new OutboxRelay(mongo, kafka, collections, "/renfort/" + application, idleSweep);
    }

    @Bean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }

    @Bean
    Inbox inbox(EventReader reader, MongoTemplate mongo, Clock clock) {
        return new Inbox(reader, mongo, clock);
    }

    /** Each service reads every topic from the start under its own group, and gives up fast on a dead broker. */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer consumerDefaults(@Value("${spring.application.name}") String application) {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, application,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer producerDefaults() {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** Retries a failing record as {@link Retries} says, then parks it on the topic's dead-letter twin. */
    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        var handler = new DefaultErrorHandler(recoverer, Retries.briefly());
        handler.setBackOffFunction((record, e) -> Retries.forFailure(e));
        handler.addNotRetryableExceptions(PoisonEvent.class);
        return handler;
    }

    /**
     * Requests fail fast (503) when MongoDB cannot be reached, rather than after the driver's 30 s; a server that
     * stops answering on an open connection is given up after the read timeout.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer failFastWithoutMongo(
            @Value("${renfort.mongodb.server-selection-timeout:2s}") Duration selection,
            @Value("${renfort.mongodb.read-timeout:15s}") Duration read) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(selection.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS)
                        .readTimeout((int) read.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    KafkaAdmin.NewTopics renfortTopics(@Value("${renfort.kafka.partitions:3}") int partitions,
                                       @Value("${renfort.kafka.replicas:1}") short replicas) {
        List<NewTopic> topics = Stream.of(Topics.VOLUNTEERS, Topics.ESTABLISHMENTS, Topics.NEEDS, Topics.MATCHING, Topics.CONTACT_POINTS)
                .flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic)))
                .map(name -> TopicBuilder.name(name).partitions(partitions).replicas(replicas).build())
                .toList();
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
