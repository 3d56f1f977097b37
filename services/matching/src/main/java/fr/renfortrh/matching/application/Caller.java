package fr.renfortrh.matching.application;

/** Who calls: their account id and whether they act as the ARS. */
public record Caller(String accountId, boolean arsOperator) {
}
