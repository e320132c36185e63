package org.marrow.app.subject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marrow.analysis.figure.Figure;
import org.marrow.analysis.figure.SubjectTimeline;
import org.marrow.app.assessment.SubjectAssessment;
import org.marrow.app.record.RecordKind;
import org.marrow.app.security.Caller;
import org.marrow.app.web.page.PageAccess;
import org.marrow.app.web.page.PageController;
import org.marrow.app.web.page.RecordForm;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A subject's page, the page twin of {@code /api/subjects/{id}}: its timeline, derived assessment,
 * eligibility, calendar, dose advice, source records and queries ({@link SubjectPanel}).
 */
@PageController
class SubjectPages {
    private final SubjectPanel panels;
    private final MessageSource messages;
    private final Clock clock = Clock.systemDefaultZone();

    SubjectPages(SubjectPanel panels, MessageSource messages) {
        this.panels = panels;
        this.messages = messages;
    }

    @GetMapping("/subjects/{id}")
    @PreAuthorize(PageAccess.READERS)
    String subject(@PathVariable long id, @RequestParam(required = false) String on, Model model, Locale locale) {
        LocalDate adviceOn = null;
        if (on != null && !on.isBlank()) {
            try {
                adviceOn = LocalDate.parse(on);
            } catch (DateTimeParseException e) {
                adviceOn = null;
            }
        }
        SubjectPanel.Panel p = panels.of(id, Caller.current(), adviceOn, LocalDate.now(clock));
        model.addAttribute("p", p);
        model.addAttribute("s", p.subject());
        model.addAttribute("study", p.study());
        model.addAttribute("status", SubjectStatus.of(p.subject()).messageKey());
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("calendarDays", SubjectPanel.CALENDAR_DAYS);
        Map<RecordKind, List<String>> columns = new EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            columns.put(k, RecordForm.columns(k));
        }
        model.addAttribute("columns", columns);
        List<SubjectAssessment.Visit> newestFirst =
                new ArrayList<>(p.assessment().visits());
        Collections.reverse(newestFirst);
        model.addAttribute("visits", newestFirst);
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
                                        text("timeline.studyDay", locale)))
                        .map(Figure::inlineSvg)
                        .orElse(null));
        return "subject";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
