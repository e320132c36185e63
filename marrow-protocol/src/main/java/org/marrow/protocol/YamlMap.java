package org.marrow.protocol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping being read: typed accessors that report wrong types, missing and unknown keys to
 * the {@link Problems} with line, column and path, and return null so that reading goes on and every
 * problem is found in one pass.
 */
final class YamlMap {
    private final Problems problems;
    private final Node node;
    private final String path;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keyNodes = new LinkedHashMap<>();

    private YamlMap(Problems problems, Node node, String path) {
        this.problems = problems;
        this.node = node;
        this.path = path;
    }

    /** Reads a mapping, reporting unknown and duplicate keys; null (reported) if not a mapping. */
    static YamlMap of(Problems problems, Node node, String path, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problems.report(
                    node,
                    path,
                    "expected a mapping with keys " + String.join(", ", allowed) + ", got " + describe(node));
            return null;
        }
        YamlMap map = new YamlMap(problems, node, path);
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.report(keyNode, path, "expected a plain key, got " + describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            if (!allowed.contains(key)) {
                problems.report(
                        keyNode,
                        map.sub(key),
                        "unknown key '" + key + "'; expected one of " + String.join(", ", allowed));
            } else if (map.values.containsKey(key)) {
                problems.report(keyNode, map.sub(key), "duplicate key '" + key + "'");
            } else {
                map.values.put(key, tuple.getValueNode());
                map.keyNodes.put(key, keyNode);
            }
        }
        return map;
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode scalar) {
            return isNull(scalar) ? "nothing" : "'" + scalar.getValue() + "'";
        }
        return "nothing";
    }

    private static boolean isNull(ScalarNode scalar) {
        return Tag.NULL.equals(scalar.getTag());
    }

    Node node() {
        return node;
    }

    String path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    String sub(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Node value(String key) {
        return values.get(key);
    }

    /** The keys present among {@code candidates}, in document order. */
    List<String> present(List<String> candidates) {
        return values.keySet().stream().filter(candidates::contains).toList();
    }

    /** Reports a problem at the key's value (or at the mapping if absent). */
    void report(String key, String message) {
        problems.report(values.getOrDefault(key, node), sub(key), message);
    }

    /** Reports a problem on the mapping itself. */
    void reportHere(String message) {
        problems.report(node, path, message);
    }

    private boolean missing(String key, boolean required) {
        if (values.containsKey(key)) {
            return false;
        }
        if (required) {
            problems.report(node, sub(key), "missing required key '" + key + "'");
        }
        return true;
    }

    /** A text value; null if absent (reported when required) or not a scalar (reported). */
    String text(String key, boolean required) {
        if (missing(key, required)) {
            return null;
        }
        Node value = values.get(key);
        if (value instanceof ScalarNode scalar && !isNull(scalar)) {
            return scalar.getValue();
        }
        problems.report(value, sub(key), "expected a text, got " + describe(value));
        return null;
    }

    /** A value parsed from text by {@code parse}, whose IllegalArgumentException message is reported. */
    <T> T parsed(String key, boolean required, Function<String, T> parse) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            report(key, e.getMessage());
            return null;
        }
    }

    /** A decimal number. */
    BigDecimal decimal(String key, boolean required) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            report(key, "expected a number, got '" + text + "'");
            return null;
        }
    }

    /** An integer. */
    Integer integer(String key, boolean required) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            report(key, "expected a whole number, got '" + text + "'");
            return null;
        }
    }

    /** A boolean ({@code true}/{@code false}). */
    Boolean bool(String key, boolean required) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        report(key, "expected true or false, got '" + text + "'");
        return null;
    }

    /** A nested mapping. */
    YamlMap map(String key, boolean required, Set<String> allowed) {
        if (missing(key, required)) {
            return null;
        }
        return of(problems, values.get(key), sub(key), allowed);
    }

    /** A list's elements with their paths; null if absent or not a list (reported). */
    List<Element> list(String key, boolean required) {
        if (missing(key, required)) {
            return null;
        }
        Node value = values.get(key);
        if (!(value instanceof SequenceNode sequence)) {
            problems.report(value, sub(key), "expected a list, got " + describe(value));
            return null;
        }
        List<Element> elements = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            elements.add(new Element(items.get(i), sub(key) + "[" + i + "]"));
        }
        return elements;
    }

    /** A list of texts. */
    List<String> texts(String key, boolean required) {
        List<Element> elements = list(key, required);
        if (elements == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Element element : elements) {
            String text = element.text(problems);
            if (text == null) {
                return null;
            }
            texts.add(text);
        }
        return texts;
    }

    /** Mapping keys (for free-form maps such as {@code history_items}). */
    Map<String, Node> entries() {
        return values;
    }

    Node keyNode(String key) {
        return keyNodes.get(key);
    }

    /** A list element and its path. */
    record Element(Node node, String path) {
        String text(Problems problems) {
            if (node instanceof ScalarNode scalar && !isNull(scalar)) {
                return scalar.getValue();
            }
            problems.report(node, path, "expected a text, got " + describe(node));
            return null;
        }

        YamlMap map(Problems problems, Set<String> allowed) {
            return YamlMap.of(problems, node, path, allowed);
        }
    }
}
