package org.marrow.cli.protocol;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marrow.cli.Json;
import org.marrow.cli.Marrow;
import org.marrow.cli.TextTable;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.dataset.DatasetReading;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.dose.AdvisedAmount;
import org.marrow.protocol.dose.DoseAdvice;
import org.marrow.protocol.dose.DoseAdvisor;
import org.marrow.protocol.schedule.SubjectSchedule;
import org.marrow.protocol.view.DoseAdviceView;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marrow advise --protocol ID --subject S DATASET_DIR --on DATE [--json]}: the next dose of
 * every drug the protocol's dose rules govern for the subject, with the rule and its evidence
 * ({@link DoseAdvisor} has the rules and their documents). Missing or stale data give the
 * action {@code measure} with what is needed.
 */
@Command(
        name = "advise",
        mixinStandardHelpOptions = true,
        description = {
            "Advise the next dose by the protocol's dose rules (romiplostim escalation, sirolimus/CsA trough"
                    + " titration, G-CSF and posaconazole triggers, hetrombopag taper and re-start), with the rule"
                    + " and the evidence.",
            "Missing or stale levels and counts give the action 'measure' with what is needed."
        })
public final class AdviseCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProtocolOptions options = new ProtocolOptions();

    @Option(names = "--subject", required = true, paramLabel = "S", description = "The subject.")
    String subjectId;

    @Option(
            names = "--on",
            required = true,
            paramLabel = "DATE",
            description = "The date of the decision (YYYY-MM-DD); later data are ignored.")
    String on;

    @Override
    public Integer call() {
        try {
            return advise();
        } catch (StudyInputs.Refused refused) {
            return Marrow.EXIT_USAGE;
        }
    }

    private int advise() {
        LocalDate date = StudyInputs.date(spec, "--on", on);
        Protocol protocol = StudyInputs.protocol(spec, options.protocolReference);
        DatasetReading reading = StudyInputs.dataset(spec, options.dir);
        StudyDataset dataset = reading.dataset().orElseThrow();
        Subject subject = StudyInputs.subject(spec, dataset, subjectId);
        if (subject.firstDoseOn().isPresent()
                && date.isBefore(subject.firstDoseOn().get())) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--on: " + date + " is before the first dose of " + subjectId + " ("
                            + subject.firstDoseOn().get() + "); expected a date on or after it");
        }
        List<DoseAdvice> advice = DoseAdvisor.of(protocol).advise(dataset.recordsOf(subjectId), date);
        PrintWriter out = spec.commandLine().getOut();
        MessageRenderer english = MessageRenderer.english();
        List<DoseAdviceView> views =
                advice.stream().map(a -> DoseAdviceView.of(a, english)).toList();
        if (options.json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("subject_id", subjectId);
            document.put("protocol", StudyInputs.protocolId(protocol));
            document.put("on", date.toString());
            document.put(
                    "study_day", SubjectSchedule.studyDay(subject.firstDoseOn().orElseThrow(), date));
            document.put("advice", views);
            document.put("warnings", StudyInputs.warnings(reading));
            Json.write(out, document);
        } else {
            TextTable table = new TextTable("drug", "action", "amount", "rule", "reason");
            for (int i = 0; i < advice.size(); i++) {
                DoseAdviceView a = views.get(i);
                table.row(
                        a.drug(),
                        a.action(),
                        advice.get(i).amount().map(AdvisedAmount::toString).orElse("-"),
                        a.rule(),
                        a.reason() + (a.missing().isEmpty() ? "" : "; needed: " + String.join("; ", a.missing())));
            }
            table.print(out);
            if (advice.isEmpty()) {
                out.println("no dose rule of " + protocol.id() + " applies to " + subjectId + " on " + date);
            }
            out.flush();
        }
        return 0;
    }
}
