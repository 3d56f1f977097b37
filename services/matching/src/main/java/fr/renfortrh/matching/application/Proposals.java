package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.platform.domain.Change;

import java.util.List;

/** Where proposals are kept (port). */
public interface Proposals {

    /** Stores the proposal unless one exists for the same need and volunteer (events may be replayed). */
    void addIfAbsent(Change<Proposal> proposal);

    List<Proposal> ofNeed(String needId);

    void withdrawAllOf(String volunteerId);
}
