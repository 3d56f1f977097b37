package fr.renfortrh.matching.adapters.out;

import fr.renfortrh.matching.application.CalendarFeeds;
import fr.renfortrh.matching.domain.CalendarFeed;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class MongoCalendarFeeds implements CalendarFeeds {

    private static final String COLLECTION = "calendar_feeds";
    private static final String VOLUNTEER_ID = "volunteerId";
    private static final String DIGEST = "digest";

    private final MongoTemplate mongo;

    MongoCalendarFeeds(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index(VOLUNTEER_ID, Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index(DIGEST, Sort.Direction.ASC).unique());
    }

    @Override
    public void save(CalendarFeed feed) {
        mongo.findAndReplace(ofVolunteerQuery(feed.volunteerId()), feed, FindAndReplaceOptions.options().upsert(), COLLECTION);
    }

    @Override
    public Optional<CalendarFeed> ofVolunteer(String volunteerId) {
        return Optional.ofNullable(mongo.findOne(ofVolunteerQuery(volunteerId), CalendarFeed.class, COLLECTION));
    }

    @Override
    public Optional<CalendarFeed> byDigest(String digest) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(DIGEST).is(digest)), CalendarFeed.class, COLLECTION));
    }

    @Override
    public void erase(String volunteerId) {
        mongo.remove(ofVolunteerQuery(volunteerId), COLLECTION);
    }

    private static Query ofVolunteerQuery(String volunteerId) {
        return Query.query(Criteria.where(VOLUNTEER_ID).is(volunteerId));
    }
}
