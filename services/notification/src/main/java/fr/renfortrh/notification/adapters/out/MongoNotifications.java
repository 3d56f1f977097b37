package fr.renfortrh.notification.adapters.out;

import fr.renfortrh.contracts.events.ContactPointChanged.Channel;
import fr.renfortrh.notification.application.Notifications;
import fr.renfortrh.notification.domain.Notification;
import fr.renfortrh.notification.domain.Notification.DeliveryStatus;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Repository
class MongoNotifications implements Notifications {

    private static final String COLLECTION = "notifications";
    private static final String RECIPIENT = "recipientId";
    private static final String READ_AT = "readAt";
    private static final String STATUS = "delivery.status";
    private static final String DUE_AT = "delivery.dueAt";
    private static final String CLAIMED_AT = "delivery.claimedAt";
    private static final String ATTEMPTS = "delivery.attempts";
    private static final String SENT_AT = "delivery.sentAt";

    private final MongoTemplate mongo;

    MongoNotifications(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index(RECIPIENT, Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        indexes.createIndex(new Index(STATUS, Sort.Direction.ASC).on(DUE_AT, Sort.Direction.ASC));
        // the delivery report's: those that failed, those sent lately, among all the others
        indexes.createIndex(new Index(STATUS, Sort.Direction.ASC).on(ATTEMPTS, Sort.Direction.ASC));
        indexes.createIndex(new Index(STATUS, Sort.Direction.ASC).on(SENT_AT, Sort.Direction.ASC));
    }

    @Override
    public boolean add(Notification notification) {
        try {
            mongo.insert(notification, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyNotified) {
            return false;
        }
    }

    @Override
    public List<Notification> of(String recipientId, int page, int size) {
        return mongo.find(Query.query(Criteria.where(RECIPIENT).is(recipientId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).skip((long) page * size).limit(size), Notification.class, COLLECTION);
    }

    @Override
    public List<Notification> allOf(String recipientId) {
        return mongo.find(Query.query(Criteria.where(RECIPIENT).is(recipientId)).with(Sort.by("createdAt")),
                Notification.class, COLLECTION);
    }

    @Override
    public long unreadCount(String recipientId) {
        return mongo.count(Query.query(Criteria.where(RECIPIENT).is(recipientId).and(READ_AT).is(null)), COLLECTION);
    }

    @Override
    public boolean markRead(String notificationId, String recipientId, Instant now) {
        Criteria mine = Criteria.where("_id").is(notificationId).and(RECIPIENT).is(recipientId);
        mongo.updateFirst(Query.query(new Criteria().andOperator(mine, Criteria.where(READ_AT).is(null))),
                Update.update(READ_AT, now), COLLECTION);
        // not exists(): it counts, an aggregation that the local MongoDB-wire server runs over the whole collection
        return mongo.findOne(Query.query(mine), Document.class, COLLECTION) != null;
    }

    @Override
    public void markAllRead(String recipientId, Instant now) {
        mongo.updateMulti(Query.query(Criteria.where(RECIPIENT).is(recipientId).and(READ_AT).is(null)),
                Update.update(READ_AT, now), COLLECTION);
    }

    @Override
    public void forget(String recipientId) {
        mongo.remove(Query.query(Criteria.where(RECIPIENT).is(recipientId)), COLLECTION);
    }

    @Override
    public List<Notification> claimDue(Instant now, Instant abandonedBefore, int limit) {
        return claim(new Criteria().orOperator(
                        Criteria.where(STATUS).is(DeliveryStatus.PENDING.name()).and(DUE_AT).lte(now),
                        Criteria.where(STATUS).is(DeliveryStatus.SENDING.name()).and(CLAIMED_AT).lt(abandonedBefore)),
                Sort.by(DUE_AT), now, limit);
    }

    @Override
    public List<Notification> claimPendingOf(String recipientId, Instant dueBefore, Instant now) {
        return claim(Criteria.where(RECIPIENT).is(recipientId).and(STATUS).is(DeliveryStatus.PENDING.name())
                .and(DUE_AT).lte(dueBefore), Sort.unsorted(), now, Integer.MAX_VALUE);
    }

    /**
     * Claims up to {@code limit} of the notifications that meet the condition, first in {@code order}. They are read
     * once, then each is taken by an atomic find-and-modify on its id that checks the condition again: two instances
     * never take the same one, and the server does not look for the next one again for each.
     */
    private List<Notification> claim(Criteria condition, Sort order, Instant now, int limit) {
        Query firstOnes = Query.query(condition).with(order).limit(limit);
        firstOnes.fields().include("_id");
        Update claim = new Update().set(STATUS, DeliveryStatus.SENDING.name()).set(CLAIMED_AT, now);
        List<Notification> claimed = new ArrayList<>();
        for (Document first : mongo.find(firstOnes, Document.class, COLLECTION)) {
            Notification taken = mongo.findAndModify(Query.query(Criteria.where("_id").is(first.get("_id")).andOperator(condition)),
                    claim, FindAndModifyOptions.options().returnNew(true), Notification.class, COLLECTION);
            if (taken != null) {
                claimed.add(taken);
            }
        }
        return claimed;
    }

    @Override
    public void markSent(List<String> notificationIds, Channel channel, Instant now) {
        mongo.updateMulti(Query.query(Criteria.where("_id").in(notificationIds)), new Update()
                .set(STATUS, DeliveryStatus.SENT.name()).set(SENT_AT, now).set("delivery.channel", channel.name())
                .unset(CLAIMED_AT), COLLECTION);
    }

    @Override
    public void postpone(String notificationId, Instant retryAt, String why, boolean failed) {
        Update update = new Update().set(STATUS, DeliveryStatus.PENDING.name()).set(DUE_AT, retryAt)
                .set("delivery.lastError", why).unset(CLAIMED_AT);
        if (failed) {
            update.inc(ATTEMPTS, 1);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(notificationId)), update, COLLECTION);
    }

    @Override
    public void markNotSent(List<String> notificationIds, String why) {
        mongo.updateMulti(Query.query(Criteria.where("_id").in(notificationIds)), new Update()
                .set(STATUS, DeliveryStatus.NOT_SENT.name()).set("delivery.lastError", why).unset(CLAIMED_AT), COLLECTION);
    }

    @Override
    public void dueAgain(String recipientId, String why, Instant now, Instant othersDueAt) {
        mongo.updateMulti(postponedFor(recipientId, why, true), Update.update(DUE_AT, now), COLLECTION);
        mongo.updateMulti(postponedFor(recipientId, why, false), Update.update(DUE_AT, othersDueAt), COLLECTION);
    }

    private static Query postponedFor(String recipientId, String why, boolean critical) {
        return Query.query(Criteria.where(RECIPIENT).is(recipientId).and(STATUS).is(DeliveryStatus.PENDING.name())
                .and("delivery.lastError").is(why).and("critical").is(critical));
    }

    @Override
    public DeliveryReport deliveryReport(Instant now) {
        Criteria failing = Criteria.where(STATUS).in(DeliveryStatus.PENDING.name(), DeliveryStatus.SENDING.name()).and(ATTEMPTS).gt(0);
        Notification oldest = mongo.findOne(Query.query(failing).with(Sort.by("createdAt")), Notification.class, COLLECTION);
        return new DeliveryReport(
                mongo.count(Query.query(Criteria.where(STATUS).in(DeliveryStatus.PENDING.name(), DeliveryStatus.SENDING.name())), COLLECTION),
                mongo.count(Query.query(failing), COLLECTION),
                oldest == null ? null : oldest.createdAt(),
                mongo.count(Query.query(Criteria.where(STATUS).is(DeliveryStatus.SENT.name())
                        .and(SENT_AT).gte(now.minus(Duration.ofHours(24)))), COLLECTION));
    }
}
