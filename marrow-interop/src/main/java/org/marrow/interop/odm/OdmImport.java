package org.marrow.interop.odm;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marrow.clinical.message.Message;
import org.marrow.interop.ImportProblem;
import org.marrow.interop.xml.SchemaCheck;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.EventType;
import org.marrow.study.HistoryEntry;
import org.marrow.study.LabRecord;
import org.marrow.study.MutationRecord;
import org.marrow.study.RecordField;
import org.marrow.study.RecordType;
import org.marrow.study.StudyDataset;
import org.marrow.study.StudyEvent;
import org.marrow.study.Subject;
import org.marrow.study.TransfusionRecord;
import org.marrow.study.validation.Entry;
import org.marrow.study.validation.Problems;
import org.marrow.study.validation.RecordReader;
import org.marrow.study.validation.StudyValidation;
import org.marrow.study.validation.SubjectContext;

/**
 * Reads a study from a CDISC ODM 1.3.2 file as {@link OdmExport} writes it ({@code marrow import odm}): the file
 * is checked against the ODM 1.3.2 schema, its transactions applied in document order (a {@code Snapshot} is all
 * inserts), and every record read by the study validation, the one every entry path uses, so that a file with
 * any error is refused with every problem at once, each at {@code file:line:column} with the field, the value and
 * what was expected. The records of each kind are in the order of their {@code ItemGroupRepeatKey}; the kinds the
 * data set has are the forms the metadata defines. A file written by {@link OdmExport} reads back to an equal
 * data set.
 */
public final class OdmImport {
    private static final SchemaCheck SCHEMA = SchemaCheck.of(OdmExport.class.getResource("odm-1.3.2/ODM1-3-2.xsd"));

    private final String file;
    private final StudyValidation validation;
    private final List<ImportProblem> problems = new ArrayList<>();

    private OdmImport(String file, StudyValidation validation) {
        this.file = file;
        this.validation = validation;
    }

    /**
     * The outcome of an import: the data set when nothing refuses it, and every problem found.
     *
     * @param dataset the data set, empty if there is an error
     * @param problems every problem, errors and warnings, in the order of the file
     */
    public record Result(Optional<StudyDataset> dataset, List<ImportProblem> problems) {
        /**
         * Checks and copies.
         *
         * @throws NullPointerException if a component is null
         */
        public Result {
            Objects.requireNonNull(dataset, "dataset");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads an ODM file.
     *
     * @param document the file's bytes
     * @param file the file's name, for the problems' locations
     * @param validation the study validation (today, dose limits)
     * @return the data set or every problem
     */
    public static Result read(byte[] document, String file, StudyValidation validation) {
        return new OdmImport(file, validation).run(document);
    }

    /** A record's state: its kind, subject, key, fields and where it was last given. */
    private static final class Group {
        final RecordType type;
        final String subject;
        final long key;
        final String location;
        final Map<RecordField, String> values = new EnumMap<>(RecordField.class);
        boolean removed;

        Group(RecordType type, String subject, long key, String location) {
            this.type = type;
            this.subject = subject;
            this.key = key;
            this.location = location;
        }

        Entry entry() {
            return field -> field == RecordField.SUBJECT_ID ? subject : values.getOrDefault(field, "");
        }
    }

    private Result run(byte[] document) {
        for (SchemaCheck.Violation v : SCHEMA.check(document)) {
            problems.add(ImportProblem.of(at(v.line(), v.column()), Message.of("interop.odm.schema", v.message())));
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        Set<RecordType> forms = EnumSet.of(RecordType.SUBJECTS);
        Map<String, Group> groups = new LinkedHashMap<>();
        try {
            parse(document, forms, groups);
        } catch (XMLStreamException e) {
            problems.add(ImportProblem.of(
                    e.getLocation() == null
                            ? file
                            : at(
                                    e.getLocation().getLineNumber(),
                                    e.getLocation().getColumnNumber()),
                    Message.of("interop.odm.notXml", e.getMessage())));
            return new Result(Optional.empty(), problems);
        }
        Optional<StudyDataset> dataset = problems.stream().anyMatch(ImportProblem::error)
                ? Optional.empty()
                : build(forms, groups.values().stream().filter(g -> !g.removed).toList());
        return new Result(dataset, problems);
    }

    private String at(int line, int column) {
        return file + ":" + line + ":" + column;
    }

    private void parse(byte[] document, Set<RecordType> forms, Map<String, Group> groups) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(document));
        String subject = null;
        Group current = null;
        String currentAction = null;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT || !OdmItems.NAMESPACE.equals(xml.getNamespaceURI())) {
                continue;
            }
            String location =
                    at(xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber());
            switch (xml.getLocalName()) {
                case "FormDef" ->
                    OdmItems.typeOfForm(xml.getAttributeValue(null, "OID")).ifPresent(forms::add);
                case "SubjectData" -> {
                    subject = xml.getAttributeValue(null, "SubjectKey");
                    current = null;
                }
                case "ItemGroupData" -> {
                    String oid = xml.getAttributeValue(null, "ItemGroupOID");
                    String repeat = Objects.requireNonNullElse(xml.getAttributeValue(null, "ItemGroupRepeatKey"), "");
                    currentAction =
                            Objects.requireNonNullElse(xml.getAttributeValue(null, "TransactionType"), "Insert");
                    current = group(oid, repeat, subject, location, currentAction, groups);
                }
                case "ItemData" -> {
                    if (current != null) {
                        item(current, xml, location);
                    }
                }
                default -> {}
            }
        }
    }

    private Group group(
            String oid, String repeat, String subject, String location, String action, Map<String, Group> groups) {
        Optional<RecordType> type = OdmItems.typeOfGroup(oid);
        if (type.isEmpty()) {
            List<String> known = new ArrayList<>();
            for (RecordType t : RecordType.values()) {
                known.add(OdmItems.group(t));
            }
            problems.add(ImportProblem.of(location, Message.of("interop.odm.unknownGroup", oid, known)));
            return null;
        }
        long key;
        try {
            key = Long.parseLong(repeat);
        } catch (NumberFormatException e) {
            key = 0;
        }
        if (key < 1) {
            problems.add(ImportProblem.of(location, Message.of("interop.odm.repeatKey", repeat, oid)));
            return null;
        }
        String id = type.get() + "|" + (type.get() == RecordType.SUBJECTS ? subject : Long.toString(key));
        Group existing = groups.get(id);
        if (action.equals("Remove")) {
            if (existing == null) {
                problems.add(ImportProblem.of(location, Message.of("interop.odm.removedUnknown", key, oid)));
            } else {
                existing.removed = true;
            }
            return null;
        }
        if (existing != null && action.equals("Insert") && type.get() == RecordType.SUBJECTS && !existing.removed) {
            problems.add(ImportProblem.of(location, Message.of("interop.odm.subjectTwice", subject)));
            return null;
        }
        Group g = new Group(type.get(), subject, key, location);
        if (existing != null && !action.equals("Insert")) {
            g.values.putAll(existing.values);
        }
        groups.put(id, g);
        return g;
    }

    private void item(Group g, XMLStreamReader xml, String location) {
        String oid = xml.getAttributeValue(null, "ItemOID");
        for (RecordField f : OdmItems.items(g.type)) {
            if (OdmItems.item(g.type, f).equals(oid)) {
                String value = xml.getAttributeValue(null, "Value");
                boolean isNull = "Yes".equals(xml.getAttributeValue(null, "IsNull"));
                g.values.put(f, isNull || value == null ? "" : value.strip());
                return;
            }
        }
        problems.add(ImportProblem.of(location, Message.of("interop.odm.unknownItem", oid, OdmItems.group(g.type))));
    }

    /** The data set of the records, each read by the study validation; empty if any is refused. */
    private Optional<StudyDataset> build(Set<RecordType> forms, List<Group> all) {
        Map<RecordType, List<Group>> byType = new EnumMap<>(RecordType.class);
        for (Group g : all) {
            byType.computeIfAbsent(g.type, k -> new ArrayList<>()).add(g);
            forms.add(g.type);
        }
        byType.values().forEach(list -> list.sort(Comparator.comparingLong(g -> g.key)));
        RecordReader reader = validation.reader();
        int errorsBefore = (int) problems.stream().filter(ImportProblem::error).count();
        List<Subject> subjects = new ArrayList<>();
        Map<String, SubjectContext> contexts = new HashMap<>();
        for (Group g : byType.getOrDefault(RecordType.SUBJECTS, List.of())) {
            Problems found = new Problems();
            Optional<Subject> s = reader.subject(g.entry(), found);
            report(g, found);
            s.ifPresent(subjects::add);
            contexts.put(
                    g.subject,
                    s.map(SubjectContext::of).orElseGet(() -> reader.subjectContext(g.entry(), Optional.empty())));
        }
        if (subjects.isEmpty() && contexts.isEmpty()) {
            problems.add(ImportProblem.of(file, Message.of("interop.odm.noSubjects")));
            return Optional.empty();
        }
        List<StudyEvent> events = read(byType, RecordType.EVENTS, contexts, RecordReader::event);
        for (StudyEvent e : events) {
            if (e.type() == EventType.DEATH) {
                contexts.computeIfPresent(e.subjectId(), (k, c) -> c.withDeath(e.date(), Optional.empty()));
            }
        }
        List<LabRecord> labs = read(byType, RecordType.LABS, contexts, RecordReader::lab);
        List<TransfusionRecord> transfusions =
                read(byType, RecordType.TRANSFUSIONS, contexts, RecordReader::transfusion);
        List<Dose> doses = read(byType, RecordType.DOSES, contexts, RecordReader::dose);
        List<AdverseEvent> adverseEvents =
                read(byType, RecordType.ADVERSE_EVENTS, contexts, RecordReader::adverseEvent);
        List<HistoryEntry> history = read(byType, RecordType.SCREENING_HISTORY, contexts, RecordReader::historyEntry);
        List<MutationRecord> mutations = read(byType, RecordType.MUTATIONS, contexts, RecordReader::mutation);
        Set<String> items = new HashSet<>();
        for (Group g : byType.getOrDefault(RecordType.SCREENING_HISTORY, List.of())) {
            String item = g.values.getOrDefault(RecordField.ITEM, "");
            if (!items.add(g.subject + "|" + item)) {
                problems.add(ImportProblem.of(g.location, Message.of("interop.odm.historyTwice", item, g.subject)));
            }
        }
        if (problems.stream().filter(ImportProblem::error).count() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(
                StudyDataset.of(subjects, labs, transfusions, doses, adverseEvents, events, history, mutations, forms));
    }

    /** A reader of one kind of record from an entry, as {@link RecordReader}'s methods are. */
    @FunctionalInterface
    private interface Read<T> {
        Optional<T> read(RecordReader reader, Entry entry, SubjectContext subject, Problems problems);
    }

    private <T> List<T> read(
            Map<RecordType, List<Group>> byType, RecordType type, Map<String, SubjectContext> contexts, Read<T> read) {
        RecordReader reader = validation.reader();
        List<T> out = new ArrayList<>();
        for (Group g : byType.getOrDefault(type, List.of())) {
            SubjectContext context = contexts.get(g.subject);
            if (context == null) {
                problems.add(ImportProblem.of(g.location, Message.of("interop.odm.subjectUnknown", g.subject)));
                continue;
            }
            Problems found = new Problems();
            Optional<T> record = read.read(reader, g.entry(), context, found);
            report(g, found);
            record.ifPresent(out::add);
        }
        return out;
    }

    private void report(Group g, Problems found) {
        found.list().forEach(p -> problems.add(ImportProblem.of(g.location, p)));
    }
}
