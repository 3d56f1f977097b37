package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.Waves;

import java.util.List;
import java.util.Optional;

/** Needs whose requests go out in waves (port). */
public interface WavesOfRequests {

    void save(Waves waves);

    Optional<Waves> ofNeed(String needId);

    List<Waves> all();

    void remove(String needId);
}
