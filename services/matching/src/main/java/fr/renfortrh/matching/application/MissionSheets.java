package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.MissionSheet;

/** Renders mission sheets as PDF documents (port). */
public interface MissionSheets {

    byte[] pdf(MissionSheet sheet);
}
