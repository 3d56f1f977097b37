package fr.renfortrh.needs.domain;

public enum NeedStatus { DRAFT, PUBLISHED, PARTIALLY_FILLED, FILLED, CANCELLED, EXPIRED }
