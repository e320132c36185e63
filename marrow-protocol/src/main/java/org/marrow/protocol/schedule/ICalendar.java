package org.marrow.protocol.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marrow.clinical.message.MessageRenderer;

/**
 * A subject's schedule as an RFC 5545 iCalendar file a coordinator can import: one all-day VEVENT
 * per regimen and dosing day (the day's administrations and amounts in its summary) and one per visit
 * window. UIDs are stable (subject, protocol id and version, regimen or visit, study day), so
 * importing a regenerated file updates events instead of duplicating them. Lines end in CRLF, are
 * folded at 75 octets without splitting a UTF-8 character, and text values escape backslash,
 * semicolon, comma and line breaks (RFC 5545 sections 3.1 and 3.3.11).
 */
public final class ICalendar {
    private static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    /**
     * Writes a schedule as iCalendar text.
     *
     * @param schedule the subject's schedule
     * @param stamp the creation time written as every event's DTSTAMP
     * @return the calendar, CRLF line endings
     * @throws NullPointerException if an argument is null
     */
    public static String of(SubjectSchedule schedule, Instant stamp) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(stamp, "stamp");
        String dtstamp = STAMP.format(stamp);
        String prefix = schedule.subjectId() + "." + schedule.protocolId() + "-" + schedule.protocolVersion();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Marrow//marrow schedule//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:"
                + text(schedule.subjectId() + " " + schedule.protocolId() + " " + schedule.protocolVersion()));
        Map<String, List<ScheduledDose>> byDay = new LinkedHashMap<>();
        for (ScheduledDose dose : schedule.doses()) {
            byDay.computeIfAbsent(dose.regimen() + ".day" + dose.studyDay(), k -> new ArrayList<>())
                    .add(dose);
        }
        for (Map.Entry<String, List<ScheduledDose>> day : byDay.entrySet()) {
            ScheduledDose dose = day.getValue().get(0);
            int count = day.getValue().size();
            String summary = "Day " + dose.studyDay() + ": " + dose.drug().label() + " " + dose.amountText() + " mg "
                    + dose.route().code() + (count > 1 ? " x" + count : "");
            String description = "Subject " + schedule.subjectId() + ", protocol " + schedule.protocolId() + " "
                    + schedule.protocolVersion() + ", regimen " + dose.regimen() + ": "
                    + MessageRenderer.english().render(dose.note())
                    + (dose.doseRules().isEmpty() ? "" : "\nDose rules: " + String.join(", ", dose.doseRules()));
            event(
                    lines,
                    prefix + "." + day.getKey() + "@marrow",
                    dtstamp,
                    dose.date(),
                    dose.date(),
                    summary,
                    description,
                    "DOSE");
        }
        for (ScheduledVisit visit : schedule.visits()) {
            String summary = "Visit " + visit.name() + " window (target day " + visit.targetDay() + ", "
                    + visit.targetDate() + ")";
            String description = "Subject " + schedule.subjectId() + ", protocol " + schedule.protocolId() + " "
                    + schedule.protocolVersion() + ": visit " + visit.name() + ", study days " + visit.windowStart()
                    + " to " + visit.windowEnd() + ", target " + visit.targetDate() + "; assessments: "
                    + String.join(", ", visit.assessments());
            event(
                    lines,
                    prefix + ".visit." + visit.name() + "@marrow",
                    dtstamp,
                    visit.windowStartDate(),
                    visit.windowEndDate(),
                    summary,
                    description,
                    "VISIT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fold(line));
        }
        return out.toString();
    }

    private static void event(
            List<String> lines,
            String uid,
            String dtstamp,
            LocalDate first,
            LocalDate last,
            String summary,
            String description,
            String category) {
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(uid));
        lines.add("DTSTAMP:" + dtstamp);
        lines.add("DTSTART;VALUE=DATE:" + DATE.format(first));
        // DTEND of an all-day event is exclusive: the day after the last day.
        lines.add("DTEND;VALUE=DATE:" + DATE.format(last.plusDays(1)));
        lines.add("SUMMARY:" + text(summary));
        lines.add("DESCRIPTION:" + text(description));
        lines.add("CATEGORIES:" + category);
        lines.add("TRANSP:TRANSPARENT");
        lines.add("END:VEVENT");
    }

    /**
     * Escapes a TEXT value (RFC 5545 section 3.3.11).
     *
     * @param value the text
     * @return the text with backslash, semicolon and comma escaped and line breaks as {@code \n}
     */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /**
     * Folds a content line into lines of at most 75 octets, continuation lines starting with a space
     * (RFC 5545 section 3.1), never inside a UTF-8 character; each line ends in CRLF.
     *
     * @param line the unfolded content line
     * @return the folded line with CRLF endings
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.append("\r\n").toString();
    }
}
