package fr.renfortrh.matching.domain;

/** PROPOSED → CONTACT_REQUESTED → ACCEPTED / DECLINED / EXPIRED (or WITHDRAWN) → CONFIRMED → CANCELLED. */
public enum ProposalStatus {
    PROPOSED, CONTACT_REQUESTED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN, CONFIRMED, CANCELLED;

    public boolean isPending() {
        return this == CONTACT_REQUESTED || this == ACCEPTED;
    }
}
