package fr.renfortrh.needs.application;

import fr.renfortrh.needs.domain.Need;
import fr.renfortrh.platform.domain.NotFound;
import fr.renfortrh.platform.domain.Versioned;
import org.springframework.stereotype.Service;

import java.util.List;

/** Establishment staff see their own needs, never another establishment's. */
@Service
public class ViewingNeeds {

    private final Needs needs;

    public ViewingNeeds(Needs needs) {
        this.needs = needs;
    }

    public List<Versioned<Need>> ofEstablishment(String establishmentId) {
        return needs.ofEstablishment(establishmentId);
    }

    /** Another establishment's need answers 404, so its existence is not disclosed. */
    public Versioned<Need> one(String establishmentId, String needId) {
        return needs.byId(needId)
                .filter(n -> n.aggregate().establishmentId().equals(establishmentId))
                .orElseThrow(() -> new NotFound("Aucun besoin " + needId + " pour votre établissement."));
    }
}
