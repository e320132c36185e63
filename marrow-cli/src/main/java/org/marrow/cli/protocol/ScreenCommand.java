package org.marrow.cli.protocol;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marrow.cli.Json;
import org.marrow.cli.Marrow;
import org.marrow.cli.TextTable;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.dataset.DatasetReading;
import org.marrow.dataset.DatasetWriter;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.screening.Screening;
import org.marrow.protocol.screening.ScreeningResult;
import org.marrow.protocol.view.CriterionView;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marrow screen --protocol ID DATASET_DIR [--subject S] [--on DATE] [--json]}: each subject's
 * eligibility (ELIGIBLE, NOT_ELIGIBLE or INCOMPLETE) with every criterion's finding (MET, NOT_MET,
 * UNKNOWN) and evidence. Missing data is UNKNOWN, never a pass.
 *
 * <p>The screening date: {@code --on} if given; otherwise each subject's {@code enrolled_on} (the
 * date eligibility was confirmed), or today for a candidate not yet enrolled. The output says which.
 */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Screen subjects against a protocol's eligibility criteria: ELIGIBLE, NOT_ELIGIBLE or INCOMPLETE,"
                    + " with each criterion's finding and evidence.",
            "Without --on, an enrolled subject is screened on enrolled_on and a candidate on today's date."
        })
public final class ScreenCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProtocolOptions options = new ProtocolOptions();

    @Option(names = "--subject", paramLabel = "S", description = "Screen only this subject.")
    String subjectId;

    @Option(
            names = "--on",
            paramLabel = "DATE",
            description = "Screening date (YYYY-MM-DD). Default: enrolled_on, or today for candidates.")
    String on;

    /** One subject's screening as written in JSON. */
    record SubjectView(String subjectId, String status, LocalDate on, String onBasis, List<CriterionView> criteria) {}

    @Override
    public Integer call() {
        try {
            return screen();
        } catch (StudyInputs.Refused refused) {
            return Marrow.EXIT_USAGE;
        }
    }

    private int screen() {
        LocalDate fixed = on == null ? null : StudyInputs.date(spec, "--on", on);
        Protocol protocol = StudyInputs.protocol(spec, options.protocolReference);
        DatasetReading reading = StudyInputs.dataset(spec, options.dir);
        StudyDataset dataset = reading.dataset().orElseThrow();
        List<Subject> subjects =
                subjectId == null ? dataset.subjects() : List.of(StudyInputs.subject(spec, dataset, subjectId));
        Screening screening = Screening.of(protocol);
        LocalDate today = LocalDate.now();
        List<SubjectView> views = new ArrayList<>();
        for (Subject subject : subjects) {
            LocalDate date;
            String basis;
            if (fixed != null) {
                date = fixed;
                basis = "--on";
            } else if (subject.enrolledOn().isPresent()) {
                date = subject.enrolledOn().get();
                basis = "enrolled_on";
            } else {
                date = today;
                basis = "today";
            }
            ScreeningResult result = screening.screen(dataset.recordsOf(subject.subjectId()), date);
            views.add(view(result, basis));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("protocol", StudyInputs.protocolId(protocol));
            document.put("dataset_sha256", DatasetWriter.contentHash(dataset));
            document.put("subjects", views);
            document.put("warnings", StudyInputs.warnings(reading));
            Json.write(out, document);
        } else {
            TextTable table = new TextTable("subject_id", "on", "status", "criterion", "kind", "finding", "reason");
            for (SubjectView s : views) {
                for (CriterionView c : s.criteria()) {
                    table.row(
                            s.subjectId(),
                            s.on() + " (" + s.onBasis() + ")",
                            s.status(),
                            c.id(),
                            c.kind(),
                            c.finding(),
                            c.reason());
                }
            }
            table.print(out);
        }
        return 0;
    }

    private static SubjectView view(ScreeningResult result, String basis) {
        return new SubjectView(
                result.subjectId(),
                result.status().name(),
                result.on(),
                basis,
                result.criteria().stream()
                        .map(c -> CriterionView.of(c, MessageRenderer.english()))
                        .toList());
    }
}
