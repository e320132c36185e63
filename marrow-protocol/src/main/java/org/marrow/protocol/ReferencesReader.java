package org.marrow.protocol;

import static org.marrow.protocol.Scalars.id;
import static org.marrow.protocol.Scalars.orEmpty;

import java.math.BigDecimal;
import java.util.Optional;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.ReferenceRange;
import org.marrow.clinical.quantity.Unit;
import org.marrow.study.HistoryItem;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads what criteria refer to: the laboratory {@code reference_ranges} (upper limits for ULN
 * multiples) and the declared {@code history_items} (docs/protocol-format.md, "Top level").
 */
final class ReferencesReader {
    private final Problems problems;
    private final Declarations declared;

    ReferencesReader(Problems problems, Declarations declared) {
        this.problems = problems;
        this.declared = declared;
    }

    /** Reads {@code reference_ranges} and {@code history_items} into the declarations. */
    /** Reads the section from the protocol mapping; null or empty when it has problems, each reported. */
    void read(YamlMap map) {
        referenceRanges(map);
        historyItems(map);
    }

    private void referenceRanges(YamlMap map) {
        for (YamlMap.Element element : orEmpty(map.list("reference_ranges", false))) {
            YamlMap range = element.map(problems, Keys.REFERENCE_RANGE);
            if (range == null) {
                continue;
            }
            int before = problems.count();
            LabTest test = range.parsed("test", true, LabTest::fromCode);
            Unit unit = range.parsed("unit", true, Unit::parse);
            BigDecimal lower = range.decimal("lower", false);
            BigDecimal upper = range.decimal("upper", false);
            if (lower == null && upper == null && problems.count() == before) {
                range.reportHere("expected 'lower', 'upper' or both");
            }
            ReferenceRange built = problems.build(
                    before,
                    range.node(),
                    range.path(),
                    () -> new ReferenceRange(
                            test,
                            Optional.ofNullable(lower).map(v -> LabValue.of(test, v, unit)),
                            Optional.ofNullable(upper).map(v -> LabValue.of(test, v, unit))));
            if (built != null) {
                if (declared.referenceRanges.containsKey(test)) {
                    range.report("test", "duplicate reference range for " + test.code());
                } else {
                    declared.referenceRanges.put(test, built);
                }
            }
        }
    }

    private void historyItems(YamlMap map) {
        if (!map.has("history_items")) {
            return;
        }
        Node node = map.value("history_items");
        if (!(node instanceof MappingNode mapping)) {
            map.report(
                    "history_items",
                    "expected a mapping of history item ids to descriptions, got " + YamlMap.describe(node));
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.report(tuple.getKeyNode(), "history_items", "expected a history item id");
                continue;
            }
            String id = key.getValue();
            String path = "history_items." + id;
            if (HistoryItem.byCode(id).isEmpty() && !id.startsWith(HistoryItem.CUSTOM_PREFIX)) {
                problems.report(
                        key,
                        path,
                        "'" + id + "' is not a data set history item; expected one of "
                                + java.util.Arrays.stream(HistoryItem.values())
                                        .map(HistoryItem::code)
                                        .collect(java.util.stream.Collectors.joining(", "))
                                + ", or a custom item starting with " + HistoryItem.CUSTOM_PREFIX);
            } else if (declared.historyItems.containsKey(id)) {
                problems.report(key, path, "duplicate history item '" + id + "'");
            }
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode description) {
                declared.historyItems.put(id, description.getValue());
            } else {
                problems.report(value, path, "expected a description, got " + YamlMap.describe(value));
            }
        }
    }
}
