package fr.renfortrh.notification.application;

import fr.renfortrh.notification.domain.MissionReminder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where mission reminders wait until due (port). */
public interface Reminders {

    /** Keeps the reminder; one already there for the mission stays as it is. */
    void schedule(MissionReminder reminder);

    /** The mission's reminder goes: the mission was cancelled, or its reminder is in the volunteer's inbox. */
    void remove(String proposalId);

    /** Takes one reminder due at {@code now}; once taken, no other instance takes it until it looks abandoned. */
    Optional<MissionReminder> claimDue(Instant now);

    /** The volunteer's reminders waiting, for their right of access. */
    List<MissionReminder> of(String volunteerId);

    /** The volunteer's account is gone: so are their reminders. */
    void forget(String volunteerId);
}
