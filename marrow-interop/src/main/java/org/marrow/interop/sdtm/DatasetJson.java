package org.marrow.interop.sdtm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.marrow.interop.StudyExport;
import org.marrow.interop.table.Cell;
import org.marrow.interop.table.Column;
import org.marrow.interop.table.ColumnType;

/**
 * A domain as a CDISC Dataset-JSON 1.1 file (CDISC, "Dataset-JSON v1.1", 2024): the file's metadata, the columns
 * with their item OIDs (those of define.xml), labels, data types (decimals as strings with {@code targetDataType}
 * {@code decimal}, to keep their digits), lengths and key sequence, then the rows.
 */
final class DatasetJson {
    private static final JsonFactory JSON = new JsonFactory();

    private DatasetJson() {}

    static String of(Domain domain, StudyExport export, String studyOid, String mdvOid) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            String name = domain.table().name();
            g.writeStartObject();
            g.writeStringField("datasetJSONCreationDateTime", export.createdAt().toString());
            g.writeStringField("datasetJSONVersion", "1.1.0");
            g.writeStringField("fileOID", studyOid + "." + name + "." + export.createdAt());
            g.writeStringField("originator", "Marrow");
            g.writeObjectFieldStart("sourceSystem");
            g.writeStringField("name", "Marrow");
            g.writeStringField("version", export.marrowVersion());
            g.writeEndObject();
            g.writeStringField("studyOID", studyOid);
            g.writeStringField("metaDataVersionOID", mdvOid);
            g.writeStringField("metaDataRef", "define.xml");
            g.writeStringField("itemGroupOID", "IG." + name);
            g.writeNumberField("records", domain.table().rows().size());
            g.writeStringField("name", name);
            g.writeStringField("label", domain.table().label());
            g.writeArrayFieldStart("columns");
            List<Column> columns = domain.table().columns();
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                g.writeStartObject();
                g.writeStringField("itemOID", DefineXml.itemOid(name, c));
                g.writeStringField("name", c.name());
                g.writeStringField("label", c.label());
                g.writeStringField("dataType", c.type().datasetJson());
                if (c.type() == ColumnType.DECIMAL) {
                    g.writeStringField("targetDataType", "decimal");
                }
                if (c.type() == ColumnType.TEXT) {
                    g.writeNumberField("length", DefineXml.length(domain.table(), i));
                }
                int key = domain.variables().get(i).keySequence();
                if (key > 0) {
                    g.writeNumberField("keySequence", key);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            for (List<Cell> row : domain.table().rows()) {
                g.writeStartArray();
                for (Cell cell : row) {
                    Object value = cell.json();
                    if (value == null) {
                        g.writeNull();
                    } else if (value instanceof Long number) {
                        g.writeNumber(number);
                    } else {
                        g.writeString((String) value);
                    }
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
