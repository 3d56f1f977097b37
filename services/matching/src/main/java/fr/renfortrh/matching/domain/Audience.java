package fr.renfortrh.matching.domain;

/** Who is looking at candidates: it decides whether "contact by the ARS only" volunteers appear. */
public enum Audience { ESTABLISHMENT, ARS }
