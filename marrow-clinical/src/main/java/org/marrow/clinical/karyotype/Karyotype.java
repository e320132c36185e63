package org.marrow.clinical.karyotype;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marrow.clinical.message.Message;

/**
 * A karyotype read from its ISCN 2020 notation (An International System for Human Cytogenomic
 * Nomenclature), as far as a trial's eligibility needs it: the cell lines separated by {@code /}, each
 * with its chromosome count, sex chromosomes, abnormalities and the cells counted in square brackets,
 * and the clonality of each abnormality.
 *
 * <p>What is read: counts ({@code 46}, {@code 45~47}, {@code 92<4n>}); sex chromosomes ({@code XY},
 * {@code X}, {@code XXY}); gains and losses of whole chromosomes ({@code +8}, {@code -7}, {@code -Y});
 * marker chromosomes ({@code +mar}, {@code +2mar1}); structural rearrangements by their ISCN
 * abbreviation with chromosomes and bands ({@code del(20)(q11.2q13.3)}, {@code t(9;22)(q34;q11.2)},
 * {@code der(1)t(1;7)(p36;q22)}) or in short form ({@code del(20q)}, {@code i(17q)}); an extra
 * structurally abnormal chromosome ({@code +der(22)t(9;22)(q34;q11.2)}); constitutional changes (suffix
 * {@code c}); the stemline repeated by {@code idem} or {@code sl}; cell counts {@code [5]} and
 * composite counts {@code [cp10]}. Anything else (free text such as "culture failed", {@code sdl},
 * uncertain bands written with {@code ?} inside a band number, a count without its sex chromosomes) is
 * unreadable: {@link #parse} says where, and the rules using a karyotype then answer UNKNOWN.
 *
 * <p>Clonality (ISCN 2020, "Clones and clonal evolution"): an acquired abnormality is clonal when at
 * least two cells have the same gain or structural rearrangement, or at least three cells the same
 * loss ({@link AbnormalityKind#cellsForClone()}); the cells of every cell line showing it are added. An
 * abnormality written without a cell count is taken as clonal (the laboratory reports clones);
 * constitutional abnormalities are never clonal.
 */
public final class Karyotype {
    private static final Pattern CELLS = Pattern.compile("(.*)\\[(cp)?(\\d{1,4})\\]");
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(~\\d{1,3})?(<\\dn>)?");
    private static final Pattern SEX = Pattern.compile("[XY]{1,5}c?");
    private static final Pattern NUMERIC = Pattern.compile("([+-])(\\d{1,2}|X|Y)(c?)");
    private static final Pattern MARKER = Pattern.compile("([+-]?)(\\d?)(mar|dmin)(\\d{0,2})(c?)");
    private static final Pattern GROUP = Pattern.compile("([a-z]{1,4})\\(([^()]*)\\)(?:\\(([^()]*)\\))?");
    private static final Pattern CHROMOSOMES = Pattern.compile("(\\d{1,2}|X|Y)(;(\\d{1,2}|X|Y))*");
    private static final Pattern SHORT_FORM = Pattern.compile("(\\d{1,2}|X|Y)([pq])");
    private static final Pattern BREAKPOINTS = Pattern.compile(
            "((?:[pq](?:ter|\\d{1,2}(?:\\.\\d{1,3})?)?|cen)+)(;(?:[pq](?:ter|\\d{1,2}(?:\\.\\d{1,3})?)?|cen)+)*");
    private static final Pattern ARM = Pattern.compile("[pq]");
    private static final Set<String> TYPES = Set.of(
            "add", "del", "der", "dic", "dup", "fra", "hsr", "i", "idic", "ider", "ins", "inv", "qdp", "r", "rob", "t",
            "tan", "tas", "trc", "trp");

    private final String text;
    private final List<CellLine> cellLines;

    private Karyotype(String text, List<CellLine> cellLines) {
        this.text = text;
        this.cellLines = List.copyOf(cellLines);
    }

    /**
     * Reads a karyotype.
     *
     * @param text the karyotype in ISCN, e.g. {@code 47,XY,+8[5]/46,XY[15]}
     * @return the karyotype
     * @throws NullPointerException if text is null
     * @throws UnreadableKaryotypeException if the text is not a karyotype this reader understands
     *     (see the class description); its reason names the part and what was expected
     */
    public static Karyotype parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw unreadable("clinical.karyotype.empty");
        }
        List<CellLine> lines = new ArrayList<>();
        String[] parts = trimmed.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            lines.add(cellLine(parts[i].trim(), i + 1, lines));
        }
        return new Karyotype(trimmed, lines);
    }

    private static CellLine cellLine(String part, int number, List<CellLine> before) {
        if (part.isEmpty()) {
            throw unreadable("clinical.karyotype.emptyCellLine", number);
        }
        String body = part;
        OptionalInt cells = OptionalInt.empty();
        Matcher m = CELLS.matcher(part);
        if (m.matches()) {
            body = m.group(1);
            int n = Integer.parseInt(m.group(3));
            if (n < 1) {
                throw unreadable("clinical.karyotype.cells", part);
            }
            cells = OptionalInt.of(n);
        } else if (part.contains("[") || part.contains("]")) {
            throw unreadable("clinical.karyotype.cells", part);
        }
        String[] tokens = body.split(",", -1);
        if (!COUNT.matcher(tokens[0].trim()).matches()) {
            throw unreadable("clinical.karyotype.count", tokens[0].trim(), number);
        }
        if (tokens.length < 2) {
            throw unreadable("clinical.karyotype.sex", part);
        }
        List<Abnormality> abnormalities = new ArrayList<>();
        String second = tokens[1].trim();
        if (second.equals("idem") || second.equals("sl")) {
            if (before.isEmpty()) {
                throw unreadable("clinical.karyotype.stemline", second);
            }
            abnormalities.addAll(before.get(0).abnormalities());
        } else if (!SEX.matcher(second).matches()) {
            throw unreadable("clinical.karyotype.sex", part);
        }
        for (int i = 2; i < tokens.length; i++) {
            abnormalities.add(abnormality(tokens[i].trim()));
        }
        return new CellLine(part, abnormalities, cells);
    }

    /**
     * Reads one abnormality as ISCN writes it, e.g. {@code +8}, {@code -Y}, {@code del(20q)}: the patterns
     * a protocol names (document 002's "del(20q), +8 and -Y").
     *
     * @param text the abnormality
     * @return the abnormality
     * @throws NullPointerException if text is null
     * @throws UnreadableKaryotypeException if it is not an abnormality this reader understands
     */
    public static Abnormality abnormality(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        Matcher numeric = NUMERIC.matcher(t);
        if (numeric.matches()) {
            String chromosome = chromosome(numeric.group(2), t);
            return new Abnormality(
                    t,
                    numeric.group(1).equals("+") ? AbnormalityKind.GAIN : AbnormalityKind.LOSS,
                    "",
                    List.of(chromosome),
                    List.of(),
                    !numeric.group(3).isEmpty());
        }
        Matcher marker = MARKER.matcher(t);
        if (marker.matches()) {
            return new Abnormality(
                    t,
                    marker.group(1).equals("-") ? AbnormalityKind.LOSS : AbnormalityKind.GAIN,
                    marker.group(3),
                    List.of(),
                    List.of(),
                    !marker.group(5).isEmpty());
        }
        return structural(t);
    }

    private static Abnormality structural(String t) {
        String rest = t;
        boolean constitutional = false;
        if (rest.endsWith("c")) {
            constitutional = true;
            rest = rest.substring(0, rest.length() - 1);
        }
        String written = rest.startsWith("+") ? rest.substring(1) : rest;
        Matcher m = GROUP.matcher(written);
        int at = 0;
        String type = null;
        List<String> chromosomes = List.of();
        List<Character> arms = List.of();
        while (at < written.length()) {
            if (!m.find(at) || m.start() != at || !TYPES.contains(m.group(1))) {
                throw unreadable("clinical.karyotype.abnormality", t);
            }
            Matcher shortForm = SHORT_FORM.matcher(m.group(2));
            List<String> chrs;
            List<Character> groupArms;
            if (shortForm.matches() && m.group(3) == null) {
                chrs = List.of(chromosome(shortForm.group(1), t));
                groupArms = List.of(shortForm.group(2).charAt(0));
            } else if (CHROMOSOMES.matcher(m.group(2)).matches()) {
                chrs = new ArrayList<>();
                for (String c : m.group(2).split(";")) {
                    chrs.add(chromosome(c, t));
                }
                groupArms = m.group(3) == null ? List.of() : arms(m.group(3), t);
            } else {
                throw unreadable("clinical.karyotype.abnormality", t);
            }
            if (type == null) {
                type = m.group(1);
                chromosomes = chrs;
                arms = groupArms;
            }
            at = m.end();
        }
        if (type == null) {
            throw unreadable("clinical.karyotype.abnormality", t);
        }
        return new Abnormality(written, AbnormalityKind.STRUCTURAL, type, chromosomes, arms, constitutional);
    }

    private static List<Character> arms(String bands, String t) {
        if (!BREAKPOINTS.matcher(bands).matches()) {
            throw unreadable("clinical.karyotype.abnormality", t);
        }
        List<Character> arms = new ArrayList<>();
        Matcher a = ARM.matcher(bands.replace("ter", ""));
        while (a.find()) {
            arms.add(a.group().charAt(0));
        }
        return arms;
    }

    private static String chromosome(String c, String t) {
        if (c.equals("X") || c.equals("Y")) {
            return c;
        }
        int n = Integer.parseInt(c);
        if (n < 1 || n > 22 || c.startsWith("0")) {
            throw unreadable("clinical.karyotype.chromosome", c, t);
        }
        return c;
    }

    private static UnreadableKaryotypeException unreadable(String code, Object... args) {
        return new UnreadableKaryotypeException(Message.of(code, args));
    }

    /**
     * The karyotype as read (trimmed).
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The cell lines, in the order written.
     *
     * @return the cell lines
     */
    public List<CellLine> cellLines() {
        return cellLines;
    }

    /**
     * Each distinct abnormality (by its text) with the cells of every cell line showing it, in order of
     * first appearance.
     *
     * @return the abnormalities with their cell counts
     */
    public List<AbnormalityCount> abnormalities() {
        Map<String, Abnormality> first = new LinkedHashMap<>();
        Map<String, Integer> cells = new LinkedHashMap<>();
        Map<String, Boolean> uncounted = new LinkedHashMap<>();
        for (CellLine line : cellLines) {
            for (Abnormality a : line.abnormalities()) {
                first.putIfAbsent(a.text(), a);
                if (line.cells().isPresent()) {
                    cells.merge(a.text(), line.cells().getAsInt(), Integer::sum);
                } else {
                    uncounted.put(a.text(), true);
                }
            }
        }
        List<AbnormalityCount> out = new ArrayList<>();
        for (Map.Entry<String, Abnormality> e : first.entrySet()) {
            out.add(new AbnormalityCount(
                    e.getValue(),
                    uncounted.containsKey(e.getKey())
                            ? OptionalInt.empty()
                            : OptionalInt.of(cells.getOrDefault(e.getKey(), 0))));
        }
        return out;
    }

    /**
     * Whether the karyotype shows a clonal acquired abnormality (document 000's Table 1 "abnormal
     * karyotype").
     *
     * @return true if any abnormality is clonal
     */
    public boolean hasClonalAbnormality() {
        return abnormalities().stream().anyMatch(AbnormalityCount::clonal);
    }

    /** The karyotype as read. */
    @Override
    public String toString() {
        return text;
    }
}
