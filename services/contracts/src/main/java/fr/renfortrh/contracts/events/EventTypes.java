package fr.renfortrh.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of published events: CloudEvents type name ⇄ payload record. A payload change that is not
 * backward compatible gets a new record and a new version here; consumers keep reading the old one meanwhile.
 */
public final class EventTypes {

    private record Entry(Class<? extends DomainEvent> payload, int version) {
        String name() {
            return "fr.renfortrh." + payload.getSimpleName() + ".v" + version;
        }
    }

    private static final List<Entry> ALL = List.of(
            // volunteer-profile
            new Entry(VolunteerRegistered.class, 1),
            new Entry(VolunteerProfileChanged.class, 1),
            new Entry(VolunteerAvailabilityChanged.class, 1),
            new Entry(VolunteerSubmitted.class, 1),
            new Entry(VolunteerVerified.class, 1),
            new Entry(VolunteerRejected.class, 1),
            new Entry(VolunteerVerificationWithdrawn.class, 1),
            new Entry(VolunteerPaused.class, 1),
            new Entry(VolunteerResumed.class, 1),
            new Entry(VolunteerAvailabilityStale.class, 1),
            new Entry(VolunteerWithdrawn.class, 1),
            new Entry(VolunteerDormancyWarned.class, 1),
            // volunteer-profile and establishment-needs
            new Entry(ContactPointChanged.class, 1),
            // establishment-needs
            new Entry(EstablishmentVerified.class, 1),
            new Entry(EstablishmentRejected.class, 1),
            new Entry(EstablishmentVerificationWithdrawn.class, 1),
            new Entry(EstablishmentCorrected.class, 1),
            new Entry(EstablishmentChanged.class, 1),
            new Entry(NeedPublished.class, 1),
            new Entry(NeedChanged.class, 1),
            new Entry(NeedCancelled.class, 1),
            new Entry(NeedExpired.class, 1),
            new Entry(NeedFilled.class, 1),
            // matching
            new Entry(MatchProposed.class, 1),
            new Entry(ContactRequested.class, 1),
            new Entry(ContactAccepted.class, 1),
            new Entry(ContactDeclined.class, 1),
            new Entry(ContactExpired.class, 1),
            new Entry(ContactWithdrawn.class, 1),
            new Entry(MissionConfirmed.class, 1),
            new Entry(MissionCancelled.class, 1),
            new Entry(MissionCompleted.class, 1));

    private static final Map<String, Entry> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Entry::name, Function.identity()));
    private static final Map<Class<?>, Entry> BY_CLASS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Entry::payload, Function.identity()));

    private EventTypes() {
    }

    public static String typeOf(DomainEvent event) {
        Entry entry = BY_CLASS.get(event.getClass());
        if (entry == null) {
            throw new IllegalArgumentException("Not a published event: " + event.getClass().getName());
        }
        return entry.name();
    }

    public static Optional<Class<? extends DomainEvent>> classOf(String type) {
        return Optional.ofNullable(BY_NAME.get(type)).map(Entry::payload);
    }
}
