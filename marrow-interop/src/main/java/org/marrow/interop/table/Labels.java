package org.marrow.interop.table;

import java.util.ArrayList;
import java.util.List;
import org.marrow.analysis.endpoint.EventTime;
import org.marrow.analysis.endpoint.ExitReason;
import org.marrow.analysis.endpoint.SeverityGroup;
import org.marrow.analysis.endpoint.TimepointStatus;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.study.Drug;
import org.marrow.study.EventType;

/**
 * The labels of exported variables and codes in an export's language, from the interop bundle ({@code
 * interop.label.*}, {@code interop.code.*}): the statistics packages' variable and value labels, ODM item
 * descriptions and code list decodes.
 */
public final class Labels {
    private final MessageRenderer language;

    /**
     * The labels of a language.
     *
     * @param language the language
     */
    public Labels(MessageRenderer language) {
        this.language = language;
    }

    /**
     * A text of the interop bundle.
     *
     * @param code the message code
     * @param args its arguments
     * @return the text
     * @throws java.util.MissingResourceException if the bundle has no such code
     */
    public String text(String code, Object... args) {
        return language.render(Message.of(code, args));
    }

    /**
     * A column labelled {@code interop.label.<name>}.
     *
     * @param name the variable name
     * @param type its type
     * @return the column
     */
    public Column column(String name, ColumnType type) {
        return Column.of(name, text("interop.label." + name), type);
    }

    /**
     * A coded column labelled {@code interop.label.<name>}.
     *
     * @param name the variable name
     * @param type the type of its codes
     * @param codes its code list
     * @return the column
     */
    public Column coded(String name, ColumnType type, CodeList codes) {
        return Column.coded(name, text("interop.label." + name), type, codes);
    }

    private CodeList list(String name, List<String> codes) {
        List<CodeList.Item> items = new ArrayList<>();
        for (String code : codes) {
            items.add(new CodeList.Item(code, text("interop.code." + name + "." + code)));
        }
        return new CodeList(name, items);
    }

    /**
     * The code list of sex: M, F (CDISC SEX).
     *
     * @return the list
     */
    public CodeList sex() {
        return list("sex", List.of("M", "F"));
    }

    /**
     * The code list of yes or no: Y, N (CDISC NY).
     *
     * @return the list
     */
    public CodeList yesNo() {
        return list("yesno", List.of("Y", "N"));
    }

    /**
     * The code list of the lab tests by LBTESTCD.
     *
     * @return the list
     */
    public CodeList labTests() {
        return list("test", names(LabTest.values()));
    }

    /**
     * The code list of the blood products.
     *
     * @return the list
     */
    public CodeList products() {
        return list("product", names(BloodProduct.values()));
    }

    /**
     * The code list of the drugs by their identifiers.
     *
     * @return the list
     */
    public CodeList drugs() {
        List<String> ids = new ArrayList<>();
        for (Drug d : Drug.values()) {
            ids.add(d.id());
        }
        return list("drug", ids);
    }

    /**
     * The code list of the CTCAE grades 1 to 5.
     *
     * @return the list
     */
    public CodeList grades() {
        return list("grade", List.of("1", "2", "3", "4", "5"));
    }

    /**
     * The code list of the study event types.
     *
     * @return the list
     */
    public CodeList eventTypes() {
        return list("eventtype", names(EventType.values()));
    }

    /**
     * The code list of the baseline severity groups.
     *
     * @return the list
     */
    public CodeList severities() {
        return list("severity", names(SeverityGroup.values()));
    }

    /**
     * The code list of the response categories.
     *
     * @return the list
     */
    public CodeList responses() {
        return list("response", names(ResponseCategory.values()));
    }

    /**
     * The code list of the statuses of a timepoint assessment.
     *
     * @return the list
     */
    public CodeList timepointStatuses() {
        return list("tpstatus", names(TimepointStatus.values()));
    }

    /**
     * The code list of why follow-up ended early.
     *
     * @return the list
     */
    public CodeList exits() {
        return list("exit", names(ExitReason.values()));
    }

    /**
     * The code list of the statuses of a time to event: 0 censored, 1 event, 2 competing.
     *
     * @return the list
     */
    public CodeList eventStatuses() {
        List<String> codes = new ArrayList<>();
        for (EventTime.Status s : EventTime.Status.values()) {
            codes.add(Integer.toString(s.code()));
        }
        return list("evstatus", codes);
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }
}
