package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.EstablishmentSnapshot;
import fr.renfortrh.contracts.reference.Communes;

import java.util.Optional;

/** Where a need is, as people say it: its establishment's commune and department, or the department alone. */
public final class Place {

    private Place() {
    }

    public static String of(OpenNeed need, Optional<EstablishmentSnapshot> establishment) {
        return establishment.flatMap(e -> Communes.normandy().byInseeCode(e.communeInsee()))
                .map(c -> c.name() + " (" + c.department() + ")").orElse("département " + need.department());
    }
}
