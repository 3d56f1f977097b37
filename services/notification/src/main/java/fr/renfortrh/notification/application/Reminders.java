package fr.renfortrh.notification.application;

import fr.renfortrh.notification.domain.MissionReminder;

import java.time.Instant;
import java.util.List;

/** Where mission reminders wait until due (port). */
public interface Reminders {

    /** Keeps the reminder; one already there for the mission stays as it is. */
    void schedule(MissionReminder reminder);

    /** The mission's reminder goes: the mission was cancelled, or its reminder is in the volunteer's inbox. */
    void remove(String proposalId);

    /** The reminders due at {@code now}, earliest first. */
    List<MissionReminder> due(Instant now);

    /** The volunteer's reminders waiting, for their right of access. */
    List<MissionReminder> of(String volunteerId);

    /** The volunteer's account is gone: so are their reminders. */
    void forget(String volunteerId);
}
