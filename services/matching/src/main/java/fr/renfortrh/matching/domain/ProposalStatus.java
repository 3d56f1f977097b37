package fr.renfortrh.matching.domain;

/** PROPOSED → CONTACT_REQUESTED → ACCEPTED / DECLINED / EXPIRED → CONFIRMED → COMPLETED or CANCELLED. */
public enum ProposalStatus {
    PROPOSED, CONTACT_REQUESTED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN, CONFIRMED, COMPLETED, CANCELLED;

    public boolean isPending() {
        return this == CONTACT_REQUESTED || this == ACCEPTED;
    }
}
