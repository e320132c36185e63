package org.marrow.clinical.ctcae;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The terms of CTCAE v5.0 with their MedDRA codes, system organ classes and defined grades: the term
 * list an adverse event is recorded in.
 *
 * <p>Source: NCI, Common Terminology Criteria for Adverse Events (CTCAE) v5.0, November 27, 2017,
 * {@code CTCAE_v5.0.xlsx}, sheet "CTCAE v5.0 Clean Copy", 837 terms, bundled as {@code
 * ctcae-v5.0-terms.tsv} beside this class (converted by {@code scripts/ctcae_terms.py}; see the
 * README there for the copy used). CTCAE is a US government work in the public domain.
 *
 * <p>A recorded term resolves to a CTCAE term ({@link #resolve}) when it is
 * <ul>
 *   <li>the CTCAE term exactly as NCI spells it ({@code Febrile neutropenia});
 *   <li>a system organ class's "Other, specify" term followed by a colon and the investigator's words,
 *       the CTCAE v5.0 way to record an event that has no term of its own
 *       ({@code Gastrointestinal disorders - Other, specify: gingival hyperplasia});
 *   <li>a legacy term named in {@link #legacyTerms()}, each mapped explicitly. Today there is one:
 *       {@code Gingival hyperplasia}, a known effect of cyclosporine (the calcineurin inhibitor of all
 *       five reference protocols) recorded in Marrow's early example data sets; CTCAE v5.0 has no term
 *       for it, so it is read as {@code Gastrointestinal disorders - Other, specify} (MedDRA 10017947),
 *       as CTCAE v5.0 instructs for an event without a term.
 * </ul>
 * Nothing else is guessed: a term in other capitals or spacing does not resolve, but
 * {@link #likelyMeant} finds the term it probably is, for a message.
 */
public final class CtcaeCatalogue {
    private static final String RESOURCE = "ctcae-v5.0-terms.tsv";
    private static final String SPECIFY_SEPARATOR = ": ";
    private static final Map<String, String> LEGACY =
            Map.of("Gingival hyperplasia", "Gastrointestinal disorders - Other, specify");

    private final List<AdverseEventTerm> terms;
    private final Map<String, AdverseEventTerm> byTerm;
    private final Map<String, AdverseEventTerm> byCode;
    private final Map<String, AdverseEventTerm> byLooseSpelling;

    private CtcaeCatalogue(List<AdverseEventTerm> terms) {
        this.terms = List.copyOf(terms);
        Map<String, AdverseEventTerm> names = new HashMap<>();
        Map<String, AdverseEventTerm> codes = new HashMap<>();
        Map<String, AdverseEventTerm> loose = new HashMap<>();
        for (AdverseEventTerm term : terms) {
            if (names.put(term.term(), term) != null || codes.put(term.meddraCode(), term) != null) {
                throw new IllegalStateException("CTCAE term or MedDRA code twice in " + RESOURCE + ": " + term);
            }
            loose.put(loose(term.term()), term);
        }
        this.byTerm = Map.copyOf(names);
        this.byCode = Map.copyOf(codes);
        this.byLooseSpelling = Map.copyOf(loose);
    }

    /** The catalogue is read once, on first use. */
    private static final class Holder {
        static final CtcaeCatalogue V5 = load();
    }

    /**
     * CTCAE v5.0.
     *
     * @return the catalogue of its 837 terms
     * @throws UncheckedIOException if the bundled list cannot be read (a broken build)
     */
    public static CtcaeCatalogue v5() {
        return Holder.V5;
    }

    private static CtcaeCatalogue load() {
        try (InputStream in = CtcaeCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Missing resource " + RESOURCE));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<AdverseEventTerm> terms = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Set<Integer> grades = new TreeSet<>();
                for (char grade : cells[3].toCharArray()) {
                    grades.add(grade - '0');
                }
                terms.add(new AdverseEventTerm(cells[2], cells[0], cells[1], grades));
            }
            return new CtcaeCatalogue(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every term, in NCI's order (by system organ class, then term).
     *
     * @return the terms
     */
    public List<AdverseEventTerm> terms() {
        return terms;
    }

    /**
     * The term of that exact spelling.
     *
     * @param term e.g. {@code "Febrile neutropenia"}
     * @return the term, or empty if CTCAE v5.0 has none spelt so
     */
    public Optional<AdverseEventTerm> term(String term) {
        return Optional.ofNullable(byTerm.get(term));
    }

    /**
     * The term with a MedDRA code.
     *
     * @param meddraCode e.g. {@code "10016288"}
     * @return the term, or empty
     */
    public Optional<AdverseEventTerm> byMeddraCode(String meddraCode) {
        return Optional.ofNullable(byCode.get(meddraCode));
    }

    /**
     * The CTCAE term an adverse event was recorded under: the exact term, an "Other, specify" term with
     * the investigator's words after a colon, or an explicitly mapped legacy term (see the class
     * description).
     *
     * @param recorded the term as recorded
     * @return the CTCAE term, or empty if the recorded term is none of these
     */
    public Optional<AdverseEventTerm> resolve(String recorded) {
        AdverseEventTerm exact = byTerm.get(recorded);
        if (exact != null) {
            return Optional.of(exact);
        }
        int colon = recorded.indexOf(SPECIFY_SEPARATOR);
        if (colon > 0 && !recorded.substring(colon + SPECIFY_SEPARATOR.length()).isBlank()) {
            AdverseEventTerm other = byTerm.get(recorded.substring(0, colon));
            if (other != null && other.isOtherSpecify()) {
                return Optional.of(other);
            }
        }
        String legacy = LEGACY.get(recorded);
        return legacy == null ? Optional.empty() : Optional.of(byTerm.get(legacy));
    }

    /**
     * The term a recorded text probably means when it does not resolve: the CTCAE term that differs
     * only in capitals, spacing or a trailing full stop.
     *
     * @param recorded the term as recorded
     * @return the term, or empty if none is that close
     */
    public Optional<AdverseEventTerm> likelyMeant(String recorded) {
        return Optional.ofNullable(byLooseSpelling.get(loose(recorded)));
    }

    /**
     * The legacy terms read as CTCAE v5.0 terms, each mapped explicitly (see the class description).
     *
     * @return each legacy term with the CTCAE v5.0 term it is read as
     */
    public Map<String, String> legacyTerms() {
        return LEGACY;
    }

    private static String loose(String text) {
        String words = String.join(" ", text.trim().split("\\s+")).toLowerCase(Locale.ROOT);
        return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
    }
}
