package fr.renfortrh.matching.domain;

public enum ProposalStatus { PROPOSED }
