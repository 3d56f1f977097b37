package fr.renfortrh.needs.application;

import fr.renfortrh.needs.domain.Establishment;
import fr.renfortrh.needs.domain.EstablishmentStatus;
import fr.renfortrh.platform.domain.Change;
import fr.renfortrh.platform.domain.Versioned;

import java.util.List;
import java.util.Optional;

/** Where establishments are kept (port). */
public interface Establishments {

    Optional<Versioned<Establishment>> byId(String establishmentId);

    List<Versioned<Establishment>> withMember(String accountId);

    List<Versioned<Establishment>> inviting(String email);

    Optional<Versioned<Establishment>> byFiness(String finess);

    List<Versioned<Establishment>> withJoinRequestFrom(String accountId);

    List<Versioned<Establishment>> withStatus(EstablishmentStatus status);

    boolean isEmpty();

    Versioned<Establishment> add(Change<Establishment> registration);

    Versioned<Establishment> update(String establishmentId, long expectedVersion, Change<Establishment> change);
}
