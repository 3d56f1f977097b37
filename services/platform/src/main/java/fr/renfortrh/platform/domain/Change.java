package fr.renfortrh.platform.domain;

import fr.renfortrh.contracts.events.DomainEvent;

import java.util.List;

/** The new state of an aggregate and the events that tell others about it. */
public record Change<A>(A aggregate, List<DomainEvent> events) {

    public Change {
        events = List.copyOf(events);
    }

    public static <A> Change<A> of(A aggregate, DomainEvent... events) {
        return new Change<>(aggregate, List.of(events));
    }
}
