package org.marrow.app.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.figure.OkabeIto;
import org.marrow.analysis.figure.SubjectTimeline;
import org.marrow.analysis.figure.ThresholdLine;
import org.marrow.app.assessment.SubjectAssessment;
import org.marrow.app.record.RecordKind;
import org.marrow.app.security.Caller;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.app.web.page.Vocabulary;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyEvent;
import org.marrow.study.SubjectRecords;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A subject's page, the page twin of {@code /api/subjects/{id}}: its timeline (with the plotted values as a
 * table), derived assessment, eligibility, calendar with each visit's state, dose advice, source records
 * (voided ones struck through, those with open queries flagged) and queries ({@link SubjectPanel}).
 */
@PageController
class SubjectPages {
    private final SubjectPanel panels;
    private final MessageSource messages;
    private final Vocabulary vocab;
    private final Clock clock = Clock.systemDefaultZone();

    SubjectPages(SubjectPanel panels, MessageSource messages, Vocabulary vocab) {
        this.panels = panels;
        this.messages = messages;
        this.vocab = vocab;
    }

    /**
     * One date of the timeline's table view: what the figure plots on that day.
     *
     * @param date the date
     * @param studyDay the study day, or null before treatment
     * @param hgb haemoglobin values with units
     * @param plat platelet values
     * @param neut neutrophil values
     * @param transfusions transfusions
     * @param doses doses
     * @param adverseEvents adverse events starting that day
     * @param events study events
     */
    record TimelineRow(
            LocalDate date,
            Long studyDay,
            List<String> hgb,
            List<String> plat,
            List<String> neut,
            List<String> transfusions,
            List<String> doses,
            List<String> adverseEvents,
            List<String> events) {}

    @GetMapping("/subjects/{id}")
    @PreAuthorize(PageAccess.READERS)
    String subject(
            @PathVariable long id,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String query,
            Model model,
            Locale locale) {
        LocalDate adviceOn = null;
        if (on != null && !on.isBlank()) {
            try {
                adviceOn = LocalDate.parse(on);
            } catch (DateTimeParseException e) {
                adviceOn = null;
            }
        }
        LocalDate today = LocalDate.now(clock);
        SubjectPanel.Panel p = panels.of(id, Caller.current(), adviceOn, today);
        model.addAttribute("p", p);
        model.addAttribute("s", p.subject());
        model.addAttribute("study", p.study());
        model.addAttribute("age", Period.between(p.subject().birthDate(), today).getYears());
        model.addAttribute("status", SubjectStatus.of(p.subject()).messageKey());
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("calendarDays", SubjectPanel.CALENDAR_DAYS);
        Map<RecordKind, List<String>> headers = new java.util.EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            headers.put(k, SubjectPanel.headers(k));
        }
        model.addAttribute("headers", headers);
        List<SubjectAssessment.Visit> newestFirst =
                new ArrayList<>(p.assessment().visits());
        Collections.reverse(newestFirst);
        model.addAttribute("visits", newestFirst);
        model.addAttribute("queryAbout", queryTarget(p, query));
        model.addAttribute("timelineRows", timelineRows(p.records()));
        model.addAttribute(
                "timeline",
                SubjectTimeline.of(
                                "timeline",
                                p.records(),
                                p.thresholds(),
                                new SubjectTimeline.Labels(
                                        text(
                                                "timeline.title",
                                                locale,
                                                p.subject().subjectCode()),
                                        text("timeline.hgb", locale),
                                        text("timeline.plat", locale),
                                        text("timeline.neut", locale),
                                        text("timeline.transfusions", locale),
                                        text("timeline.ae", locale),
                                        text("timeline.studyDay", locale)),
                                names(locale))
                        .map(Figure::inlineSvg)
                        .orElse(null));
        model.addAttribute("legend", LEGEND);
        return "subject";
    }

    /**
     * An entry of the timeline's legend: a swatch drawn as the figure draws it, in the figure's colour.
     *
     * @param shape {@code point}, {@code dashed}, {@code triangle} or {@code bar}
     * @param colour the colour, e.g. {@code #0072B2}
     * @param labelKey the page message key of what it shows
     */
    record LegendItem(String shape, String colour, String labelKey) {}

    /** The legend of the timeline: the colours the figure draws with, taken from the same constants. */
    static final List<LegendItem> LEGEND = List.of(
            new LegendItem("point", OkabeIto.BLUE.hex(), "timeline.legend.values"),
            new LegendItem(
                    "dashed", ThresholdLine.Kind.COMPLETE_RESPONSE.colour().hex(), "timeline.legend.complete"),
            new LegendItem("dashed", ThresholdLine.Kind.RESPONSE.colour().hex(), "timeline.legend.response"),
            new LegendItem("dashed", ThresholdLine.Kind.SEVERITY.colour().hex(), "timeline.legend.severity"),
            new LegendItem("triangle", OkabeIto.VERMILLION.hex(), "timeline.legend.rbc"),
            new LegendItem("triangle", OkabeIto.ORANGE.hex(), "timeline.legend.plt"),
            new LegendItem("bar", OkabeIto.BLUE.hex(), "timeline.legend.doses"),
            new LegendItem("bar", OkabeIto.ORANGE.hex(), "timeline.legend.ae"),
            new LegendItem("bar", OkabeIto.VERMILLION.hex(), "timeline.legend.aeSevere"),
            new LegendItem("dashed", OkabeIto.REDDISH_PURPLE.hex(), "timeline.legend.events"),
            new LegendItem("dashed", OkabeIto.BLACK.hex(), "timeline.legend.day1"));

    /** How the timeline names drugs, products, events and its tooltips in the page's language. */
    private SubjectTimeline.Names names(Locale locale) {
        return new SubjectTimeline.Names(
                d -> vocab.drugShort(d.id()),
                p -> p.name(),
                e -> vocab.event(e.name()),
                t -> t.date() + ": " + vocab.product(t.product().name()) + " × " + t.units(),
                d -> d.date() + ": " + vocab.drug(d.drug().id()) + " "
                        + d.amount().toPlainString() + " " + vocab.unit(d.unit().symbol()),
                a -> a.startDate() + ": "
                        + messages.getMessage(
                                "timeline.aeCell",
                                new Object[] {
                                    vocab.term(a.term()),
                                    Integer.toString(a.grade()),
                                    a.endDate().map(LocalDate::toString).orElse("…")
                                },
                                locale));
    }

    /** The record a monitor is about to raise a query on ({@code ?query=labs:6123}), named by its values. */
    private static RecordRow queryTarget(SubjectPanel.Panel p, String query) {
        if (query == null || !query.contains(":")) {
            return null;
        }
        String path = query.substring(0, query.indexOf(':'));
        String id = query.substring(query.indexOf(':') + 1);
        for (RecordKind k : RecordKind.values()) {
            if (k.path().equals(path)) {
                for (RecordRow row : p.rows().get(k)) {
                    if (Long.toString(row.id()).equals(id)) {
                        return row;
                    }
                }
            }
        }
        return null;
    }

    /** The values the timeline plots, by date, in the page's language. */
    private List<TimelineRow> timelineRows(SubjectRecords r) {
        TreeMap<LocalDate, TimelineRow> rows = new TreeMap<>();
        LocalDate day1 = r.subject().firstDoseOn().orElse(null);
        java.util.function.Function<LocalDate, TimelineRow> row = d -> rows.computeIfAbsent(
                d,
                k -> new TimelineRow(
                        k,
                        day1 == null ? null : SubjectSchedule.studyDay(day1, k),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        new ArrayList<>()));
        for (LabRecord l : r.labs()) {
            String value = l.value().amount().toPlainString() + " " + vocab.unit(l.unitText());
            if (l.test() == LabTest.HGB) {
                row.apply(l.date()).hgb().add(value);
            } else if (l.test() == LabTest.PLAT) {
                row.apply(l.date()).plat().add(value);
            } else if (l.test() == LabTest.NEUT) {
                row.apply(l.date()).neut().add(value);
            }
        }
        for (Transfusion t : r.transfusions()) {
            row.apply(t.date()).transfusions().add(vocab.product(t.product().name()) + " × " + t.units());
        }
        for (Dose d : r.doses()) {
            row.apply(d.date())
                    .doses()
                    .add(vocab.drug(d.drug().id()) + " " + d.amount().toPlainString() + " "
                            + vocab.unit(d.unit().symbol()));
        }
        for (AdverseEvent a : r.adverseEvents()) {
            row.apply(a.startDate())
                    .adverseEvents()
                    .add(messages.getMessage(
                            "timeline.aeCell",
                            new Object[] {
                                vocab.term(a.term()),
                                Integer.toString(a.grade()),
                                a.endDate().map(LocalDate::toString).orElse("…")
                            },
                            localeOf()));
        }
        for (StudyEvent e : r.events()) {
            row.apply(e.date()).events().add(vocab.event(e.type().name()));
        }
        return List.copyOf(rows.values());
    }

    private static Locale localeOf() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
