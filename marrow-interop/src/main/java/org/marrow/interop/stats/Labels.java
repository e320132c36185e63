package org.marrow.interop.stats;

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
import org.marrow.interop.table.CodeList;
import org.marrow.interop.table.Column;
import org.marrow.interop.table.ColumnType;
import org.marrow.study.Drug;
import org.marrow.study.EventType;

/**
 * The labels of the statistics packages' variables and codes, in the export's language, from the interop
 * bundle ({@code interop.label.*}, {@code interop.code.*}).
 */
final class Labels {
    private final MessageRenderer language;

    Labels(MessageRenderer language) {
        this.language = language;
    }

    String text(String code, Object... args) {
        return language.render(Message.of(code, args));
    }

    Column column(String name, ColumnType type) {
        return Column.of(name, text("interop.label." + name), type);
    }

    Column coded(String name, ColumnType type, CodeList codes) {
        return Column.coded(name, text("interop.label." + name), type, codes);
    }

    private CodeList list(String name, List<String> codes) {
        List<CodeList.Item> items = new ArrayList<>();
        for (String code : codes) {
            items.add(new CodeList.Item(code, text("interop.code." + name + "." + code)));
        }
        return new CodeList(name, items);
    }

    CodeList sex() {
        return list("sex", List.of("M", "F"));
    }

    CodeList yesNo() {
        return list("yesno", List.of("Y", "N"));
    }

    CodeList labTests() {
        return list("test", names(LabTest.values()));
    }

    CodeList products() {
        return list("product", names(BloodProduct.values()));
    }

    CodeList drugs() {
        List<String> ids = new ArrayList<>();
        for (Drug d : Drug.values()) {
            ids.add(d.id());
        }
        return list("drug", ids);
    }

    CodeList grades() {
        return list("grade", List.of("1", "2", "3", "4", "5"));
    }

    CodeList eventTypes() {
        return list("eventtype", names(EventType.values()));
    }

    CodeList severities() {
        return list("severity", names(SeverityGroup.values()));
    }

    CodeList responses() {
        return list("response", names(ResponseCategory.values()));
    }

    CodeList timepointStatuses() {
        return list("tpstatus", names(TimepointStatus.values()));
    }

    CodeList exits() {
        return list("exit", names(ExitReason.values()));
    }

    CodeList eventStatuses() {
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
