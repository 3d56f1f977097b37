package fr.renfortrh.matching.application;

import fr.renfortrh.matching.domain.MissionSheet;
import fr.renfortrh.matching.domain.OpenNeed;
import fr.renfortrh.matching.domain.Proposal;
import fr.renfortrh.platform.domain.NotFound;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** The mission sheet of a confirmed mission, for the establishment's staff, the ARS and the volunteer. */
@Service
public class IssuingMissionSheets {

    private final NeedAccess access;
    private final OpenNeeds needs;
    private final Establishments establishments;
    private final MissionSheets sheets;
    private final Clock clock;

    public IssuingMissionSheets(NeedAccess access, OpenNeeds needs, Establishments establishments, MissionSheets sheets,
                                Clock clock) {
        this.access = access;
        this.needs = needs;
        this.establishments = establishments;
        this.sheets = sheets;
        this.clock = clock;
    }

    public byte[] forEstablishment(Caller caller, String proposalId) {
        return sheetOf(access.proposalOfEstablishment(caller, proposalId).aggregate());
    }

    public byte[] forVolunteer(Caller caller, String proposalId) {
        return sheetOf(access.proposalOfVolunteer(caller, proposalId).aggregate());
    }

    private byte[] sheetOf(Proposal mission) {
        OpenNeed need = needs.byId(mission.needId()).orElseThrow(() -> new NotFound("Besoin inconnu : " + mission.needId()));
        return sheets.pdf(MissionSheet.of(mission, need, establishments.byId(mission.establishmentId()), clock.instant()));
    }
}
