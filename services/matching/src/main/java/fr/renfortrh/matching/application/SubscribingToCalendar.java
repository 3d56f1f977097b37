package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.CalendarFeed;
import fr.renfortrh.platform.domain.NotFound;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/** A volunteer's missions at a secret address their calendar app subscribes to. */
@Service
public class SubscribingToCalendar {

    private final CalendarFeeds feeds;
    private final AnsweringRequests answering;
    private final Clock clock;

    public SubscribingToCalendar(CalendarFeeds feeds, AnsweringRequests answering, Clock clock) {
        this.feeds = feeds;
        this.answering = answering;
        this.clock = clock;
    }

    /** A new secret address; the previous one, if any, stops working. */
    public CalendarFeed.Issued subscribe(Caller volunteer) {
        CalendarFeed.Issued issued = CalendarFeed.issue(volunteer.accountId(), clock.instant());
        feeds.save(issued.feed());
        return issued;
    }

    public Optional<CalendarFeed> of(Caller volunteer) {
        return feeds.ofVolunteer(volunteer.accountId());
    }

    public void unsubscribe(Caller volunteer) {
        feeds.erase(volunteer.accountId());
    }

    /** The calendar behind a secret address, for whoever holds it: the address is the credential. */
    public String calendar(String secret) {
        CalendarFeed feed = feeds.byDigest(CalendarFeed.digestOf(secret))
                .orElseThrow(() -> new NotFound("Aucun agenda à cette adresse : elle a été renouvelée, ou l'abonnement arrêté."));
        var now = clock.instant();
        if (feed.readWorthRecording(now)) {
            feeds.save(feed.readAt(now));
        }
        return answering.calendar(new Caller(feed.volunteerId(), false));
    }
}
