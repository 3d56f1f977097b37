package fr.renfortrh.needs.domain;

import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;
import fr.renfortrh.platform.domain.Decision;

import java.time.Instant;

final class Fixtures {

    static final Member CLAIRE = new Member("claire", "claire@ehpad.fr", "Claire Martin", false);
    static final Decision ARS = new Decision("Anne Roux", Instant.parse("2026-12-01T09:00:00Z"), null, null);
    static final Details EHPAD_ROUEN = new Details("EHPAD Les Tilleuls", LegalStatus.PUBLIC, EstablishmentCategory.EHPAD,
            "12 rue des Tilleuls", "76540", null, "02 35 00 00 00");

    private Fixtures() {
    }

    static Establishment verifiedEhpad() {
        return Establishment.request("e1", "760780007", EHPAD_ROUEN, CLAIRE).aggregate().verify(ARS).aggregate();
    }

    static NeedDetails nurses(int positions) {
        return new NeedDetails(Profession.INFIRMIER, null, UnitType.EHPAD, null, positions, ContractType.CDD_COURT,
                "Grille FPH", false, Urgency.HIGH, "Renfort de nuit", "Cadre de santé");
    }
}
