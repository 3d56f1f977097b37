package fr.renfortrh.matching.domain;

import fr.renfortrh.contracts.events.ShiftSnapshot;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A volunteer's missions as an iCalendar file (RFC 5545) for their own calendar: one event per shift, each with a
 * stable id, so that importing the file again updates the events rather than doubling them. Shifts are in French
 * local time; they are written in UTC, which every calendar reads without a time zone definition.
 */
public final class MissionCalendar {

    /** A mission, its need and where it is ({@link Place}; both null when matching no longer knows the need). */
    public record Mission(Proposal proposal, OpenNeed need, String place) {
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private MissionCalendar() {
    }

    public static String of(List<Mission> missions, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//ARS Normandie//Renfort RH//FR");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:Missions Renfort RH");
        // how often a subscribed calendar should read it again (RFC 7986, and the older name some apps still read)
        line(ics, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(ics, "X-PUBLISHED-TTL:PT1H");
        for (Mission mission : missions) {
            List<ShiftSnapshot> shifts = mission.proposal().shifts();
            for (int i = 0; i < shifts.size(); i++) {
                event(ics, mission, i, now);
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void event(StringBuilder ics, Mission mission, int shift, Instant now) {
        Proposal proposal = mission.proposal();
        OpenNeed need = mission.need();
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + text(proposal.id() + "-" + (shift + 1) + "@renfort-rh"));
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "DTSTART:" + utc(proposal.shifts().get(shift).start()));
        line(ics, "DTEND:" + utc(proposal.shifts().get(shift).end()));
        line(ics, "SUMMARY:" + text("Mission Renfort RH" + (need == null ? "" : " — " + need.profession().label())
                + " — " + proposal.establishmentName()));
        line(ics, "LOCATION:" + text(proposal.establishmentName() + (mission.place() == null ? "" : ", " + mission.place())));
        if (need != null) {
            line(ics, String.format(Locale.ROOT, "GEO:%.6f;%.6f", need.latitude(), need.longitude()));
        }
        line(ics, "DESCRIPTION:" + text((need == null ? "" : "Contrat : " + need.contractType().label() + ". ")
                + "Créneau " + (shift + 1) + " sur " + proposal.shifts().size()
                + ". Fiche de mission dans votre espace Renfort RH, rubrique Demandes et missions."));
        line(ics, "STATUS:CONFIRMED");
        line(ics, "END:VEVENT");
    }

    private static String utc(LocalDateTime parisTime) {
        return UTC.format(parisTime.atZone(PARIS));
    }

    /** A TEXT value: backslashes, semicolons, commas and line breaks escaped. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets, never within a character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4; // its UTF-8 octets
            if (octets + size > LINE_OCTETS) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
