package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.ShiftSnapshot;
import fr.renfortrh.contracts.reference.ContractType;
import fr.renfortrh.contracts.reference.Profession;
import fr.renfortrh.contracts.reference.UnitType;
import fr.renfortrh.contracts.reference.Urgency;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static fr.renfortrh.matching.domain.Fixtures.MONDAY;
import static fr.renfortrh.matching.domain.Fixtures.NOW;
import static fr.renfortrh.matching.domain.Fixtures.night;
import static fr.renfortrh.matching.domain.Fixtures.nightNeed;
import static fr.renfortrh.matching.domain.Fixtures.nurse;
import static fr.renfortrh.matching.domain.Fixtures.shift;
import static org.assertj.core.api.Assertions.assertThat;

class MissionCalendarTest {

    private static MissionCalendar.Mission confirmed(OpenNeed need) {
        var proposal = Proposal.propose(need, nurse("v1"), NOW).aggregate().requestContact(NOW, Duration.ofHours(24)).aggregate()
                .accept(NOW.plusSeconds(60)).aggregate().confirm().aggregate();
        return new MissionCalendar.Mission(proposal, need, null);
    }

    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void eachShiftIsAnEventInUtcWithAnIdThatStaysTheSameFromOneDownloadToTheNext() {
        var winter = confirmed(nightNeed(night(MONDAY), night(MONDAY.plusDays(1))));
        var summer = confirmed(nightNeed(shift(LocalDateTime.of(2027, 7, 5, 7, 0), 12)));

        String ics = MissionCalendar.of(List.of(winter, summer), NOW);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(unfolded(ics)).filteredOn(line -> line.startsWith("DTSTART:"))
                .containsExactly("DTSTART:20261207T200000Z", "DTSTART:20261208T200000Z", "DTSTART:20270705T050000Z");
        assertThat(unfolded(ics)).contains("DTEND:20261208T060000Z", "DTEND:20270705T170000Z",
                "UID:" + winter.proposal().id() + "-1@renfort-rh", "UID:" + winter.proposal().id() + "-2@renfort-rh",
                "SUMMARY:Mission Renfort RH — Infirmier diplômé d'État (IDE) — EHPAD Les Tilleuls", "GEO:49.286710;1.007980");
        assertThat(MissionCalendar.of(List.of(winter, summer), NOW)).isEqualTo(ics);
    }

    @Test
    void textIsEscapedAndLongLinesFoldedWithinSeventyFiveOctetsNeverInsideACharacter() {
        var need = new OpenNeed("need-2", "est-2", "Centre hospitalier de Saint-Lô, site Mémorial; pavillon Émeraude",
                Profession.AIDE_SOIGNANT, null, UnitType.MEDECINE, "50", 49.1166, -1.0903, ContractType.MISE_A_DISPOSITION,
                Urgency.CRITICAL, 1, List.of(new ShiftSnapshot(MONDAY.atTime(7, 0), MONDAY.atTime(19, 0))), true, null, false, null);

        String ics = MissionCalendar.of(List.of(confirmed(need)), NOW);

        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).doesNotContain("\uFFFD").doesNotContain("\n\n");
        assertThat(unfolded(ics)).contains("LOCATION:Centre hospitalier de Saint-Lô\\, site Mémorial\\; pavillon Émeraude")
                .anySatisfy(line -> assertThat(line).startsWith("DESCRIPTION:Contrat : Mise à disposition. Créneau 1 sur 1."));
    }
}
