package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.CalendarFeed;

import java.util.Optional;

/** Volunteers' calendar subscriptions, at most one each. */
public interface CalendarFeeds {

    /** Stores the feed, replacing the volunteer's previous one. */
    void save(CalendarFeed feed);

    Optional<CalendarFeed> ofVolunteer(String volunteerId);

    Optional<CalendarFeed> byDigest(String digest);

    void erase(String volunteerId);
}
