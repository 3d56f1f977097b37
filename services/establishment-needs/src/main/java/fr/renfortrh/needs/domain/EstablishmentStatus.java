package fr.renfortrh.needs.domain;

/** An establishment may publish needs only once the ARS has verified it. */
public enum EstablishmentStatus { PENDING_VERIFICATION, VERIFIED, REJECTED }
