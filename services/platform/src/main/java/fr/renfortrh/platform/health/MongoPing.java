package fr.renfortrh.platform.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by `ping`, which every MongoDB-wire server answers (the local one has no `hello`, which
 * Boot's own indicator sends).
 */
public class MongoPing extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public MongoPing(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
    }
}
