package org.marrow.cli.protocol;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marrow.cli.Json;
import org.marrow.cli.Marrow;
import org.marrow.cli.TextTable;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.dataset.DatasetReading;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.schedule.ICalendar;
import org.marrow.protocol.schedule.ScheduledDose;
import org.marrow.protocol.schedule.ScheduledVisit;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.protocol.schedule.TreatmentSchedule;
import org.marrow.protocol.view.DoseView;
import org.marrow.protocol.view.MessageView;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marrow schedule --protocol ID --subject S DATASET_DIR [--json|--ics]}: a subject's treatment
 * calendar: every administration by date and study day with its amount in mg from
 * the baseline {@code weight_kg}, and the visits with their windows; {@code --ics} writes an RFC 5545
 * iCalendar file on standard output. Open-ended regimens stop at the last protocol visit. See
 * {@link TreatmentSchedule} for the rules.
 */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        description = {
            "A subject's treatment calendar: every dose by date and study day with the amount in mg computed from"
                    + " the baseline weight_kg, and the assessment visits with their windows.",
            "Open-ended regimens are listed up to the last protocol visit. A dose range (CsA 3-5 mg/kg/day) or a"
                    + " dose set by a dose rule has no single amount (amount null; amount_min, amount_max)."
        })
public final class ScheduleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProtocolOptions options = new ProtocolOptions();

    @Option(names = "--subject", required = true, paramLabel = "S", description = "The subject.")
    String subjectId;

    @Option(names = "--ics", description = "Write an iCalendar (RFC 5545) file on standard output.")
    boolean ics;

    @Override
    public Integer call() {
        if (options.json && ics) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--json and --ics were both given; expected at most one output format");
        }
        try {
            return schedule();
        } catch (StudyInputs.Refused refused) {
            return Marrow.EXIT_USAGE;
        }
    }

    private int schedule() {
        Protocol protocol = StudyInputs.protocol(spec, options.protocolReference);
        DatasetReading reading = StudyInputs.dataset(spec, options.dir);
        StudyDataset dataset = reading.dataset().orElseThrow();
        Subject subject = StudyInputs.subject(spec, dataset, subjectId);
        SubjectSchedule schedule = TreatmentSchedule.of(protocol).forSubject(subject);
        PrintWriter out = spec.commandLine().getOut();
        MessageRenderer english = MessageRenderer.english();
        if (ics) {
            out.print(ICalendar.of(schedule, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            out.flush();
        } else if (options.json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("subject_id", schedule.subjectId());
            document.put("protocol", StudyInputs.protocolId(protocol));
            document.put("arm", schedule.arm());
            document.put("first_dose", schedule.firstDose().toString());
            document.put("weight_kg", schedule.weightKg());
            document.put("last_day", schedule.lastDay());
            document.put(
                    "doses",
                    schedule.doses().stream().map(d -> DoseView.of(d, english)).toList());
            document.put("visits", schedule.visits());
            document.put("notes", schedule.notes().stream().map(english::render).toList());
            document.put("notes_messages", MessageView.of(schedule.notes()));
            document.put("warnings", StudyInputs.warnings(reading));
            Json.write(out, document);
        } else {
            TextTable doses = new TextTable("date", "day", "drug", "mg", "route", "regimen", "note");
            for (ScheduledDose d : schedule.doses()) {
                doses.row(
                        d.date(),
                        d.studyDay(),
                        d.drug().id()
                                + (d.administrationsPerDay() > 1
                                        ? " (" + d.administration() + "/" + d.administrationsPerDay() + ")"
                                        : ""),
                        d.amountText(),
                        d.route().code(),
                        d.regimen(),
                        english.render(d.note()));
            }
            doses.print(out);
            out.println();
            TextTable visits = new TextTable("visit", "target_day", "target_date", "window_days", "window_dates");
            for (ScheduledVisit v : schedule.visits()) {
                visits.row(
                        v.name(),
                        v.targetDay(),
                        v.targetDate(),
                        v.windowStart() + " to " + v.windowEnd(),
                        v.windowStartDate() + " to " + v.windowEndDate());
            }
            visits.print(out);
            schedule.notes().forEach(n -> out.println("note: " + english.render(n)));
            out.flush();
        }
        return 0;
    }
}
