package fr.renfortrh.platform.domain;

/** An aggregate as stored, with the version an update must name to win (optimistic locking). */
public record Versioned<A>(A aggregate, long version) {
}
