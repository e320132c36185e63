package org.marrow.protocol;

import java.util.List;
import org.marrow.protocol.design.Endpoint;
import org.marrow.protocol.design.ResponsePlan;
import org.marrow.protocol.design.StatisticalDesign;
import org.marrow.protocol.dose.DoseRule;
import org.marrow.protocol.eligibility.Eligibility;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.model.Identity;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.protocol.schedule.Visit;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and validates one protocol YAML document, collecting every problem before failing, with its
 * {@code file:line:column}. Each section has its reader (identity, arms, references, eligibility, dose
 * rules, regimens, visits, response, endpoints, design), called in file order so that a section can
 * refer to what an earlier one declared ({@link Declarations}).
 */
final class ProtocolParser {
    static final String FORMAT = "marrow-protocol/1";

    private final Problems problems;
    private final Declarations declared = new Declarations();

    private ProtocolParser(String source) {
        this.problems = new Problems(source);
    }

    static Protocol parse(String source, String text) {
        ProtocolParser parser = new ProtocolParser(source);
        Protocol protocol = parser.document(text);
        if (parser.problems.count() > 0 || protocol == null) {
            if (parser.problems.count() == 0) {
                parser.problems.report((Node) null, "", "the protocol could not be read");
            }
            throw new InvalidProtocolException(parser.problems.all());
        }
        return protocol;
    }

    private Protocol document(String text) {
        Node root;
        try {
            root = new Compose(LoadSettings.builder()
                            .setLabel(problems.source())
                            .setAllowDuplicateKeys(true)
                            .build())
                    .composeString(text)
                    .orElse(null);
        } catch (MarkedYamlEngineException e) {
            problems.report(e.getProblemMark().orElse(null), "", "not valid YAML: " + e.getProblem());
            return null;
        } catch (YamlEngineException e) {
            problems.report((Node) null, "", "not valid YAML: " + e.getMessage());
            return null;
        }
        if (root == null) {
            problems.report((Node) null, "", "the file is empty; expected a protocol mapping");
            return null;
        }
        YamlMap map = YamlMap.of(problems, root, "", Keys.PROTOCOL);
        if (map == null) {
            return null;
        }
        int before = problems.count();
        String format = map.text("format", true);
        if (format != null && !format.equals(FORMAT)) {
            map.report("format", "'" + format + "' is not a supported format; expected " + FORMAT);
        }
        ValueReader values = new ValueReader(problems);
        ArmsReader arms = new ArmsReader(problems, declared);
        CriterionReader criteria = new CriterionReader(problems, declared, values);
        VisitsReader visitsReader = new VisitsReader(problems, declared);
        Identity identity = new IdentityReader(problems).read(map);
        List<Arm> armList = arms.read(map);
        new ReferencesReader(problems, declared).read(map);
        Eligibility eligibility = new EligibilityReader(problems, declared, criteria).read(map);
        List<DoseRule> rules = new DoseRulesReader(problems, declared, arms, values, criteria).read(map);
        List<Regimen> regimens = new RegimensReader(problems, declared, arms, values).read(map);
        List<Visit> visits = visitsReader.read(map);
        ResponsePlan response = new ResponseReader(problems, visitsReader).read(map);
        List<Endpoint> endpoints = new EndpointsReader(problems, visitsReader).read(map);
        StatisticalDesign design = new DesignReader(problems, declared).read(map);
        return problems.build(
                before,
                root,
                "",
                () -> new Protocol(
                        identity,
                        armList,
                        declared.referenceRanges,
                        eligibility,
                        regimens,
                        rules,
                        visits,
                        response,
                        endpoints,
                        design));
    }
}
