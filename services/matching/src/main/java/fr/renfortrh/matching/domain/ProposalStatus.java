package fr.renfortrh.matching.domain;

/** PROPOSED → CONTACT_REQUESTED → ACCEPTED / DECLINED / EXPIRED (or WITHDRAWN) → CONFIRMED → COMPLETED or CANCELLED. */
public enum ProposalStatus {
    PROPOSED, CONTACT_REQUESTED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN, CONFIRMED, CANCELLED, COMPLETED;

    public boolean isPending() {
        return this == CONTACT_REQUESTED || this == ACCEPTED;
    }

    /** A confirmed mission holds a position, before and after it takes place. */
    public boolean fillsAPosition() {
        return this == CONFIRMED || this == COMPLETED;
    }
}
