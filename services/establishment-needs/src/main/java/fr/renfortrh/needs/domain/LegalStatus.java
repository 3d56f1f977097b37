package fr.renfortrh.needs.domain;

public enum LegalStatus { PUBLIC, PRIVATE_NON_PROFIT, PRIVATE_FOR_PROFIT }
