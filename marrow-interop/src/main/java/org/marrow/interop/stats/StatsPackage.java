package org.marrow.interop.stats;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.marrow.interop.ExportFiles;
import org.marrow.interop.StudyExport;
import org.marrow.interop.table.Cell;
import org.marrow.interop.table.CodeList;
import org.marrow.interop.table.Column;
import org.marrow.interop.table.ColumnType;
import org.marrow.interop.table.Labels;
import org.marrow.interop.table.Table;

/**
 * The statistics packages Marrow exports to, as REDCap does: the source data (one CSV file per kind of record)
 * and the derived endpoints ({@code analysis.csv}, one row per treated subject), with one syntax file that reads
 * every CSV file with each variable labelled, each code labelled (R factors, SAS formats, SPSS and Stata value
 * labels) and each date a date. The CSV files are the same for every package: UTF-8, a header of variable names,
 * RFC 4180 quoting, {@code YYYY-MM-DD} dates, numbers with their digits as entered, an empty cell for a missing
 * value.
 */
public enum StatsPackage {
    /** R: {@code marrow.R}, base R only (data frames, factors, {@code attr(x, "label")}). */
    R("marrow.R") {
        @Override
        String syntax(List<Table> tables, String header) {
            StringBuilder out = new StringBuilder();
            comment(out, "# ", header);
            out.append(
                    "# Run it in this folder, e.g. setwd(\"path/to/export\"); source(\"marrow.R\"), or Rscript marrow.R.\n");
            out.append("# Variable labels are attr(x, \"label\"), codes are factors, dates are Dates.\n\n");
            out.append("marrow_read <- function(file, classes) {\n");
            out.append("  read.csv(file, colClasses = classes, na.strings = \"\", fileEncoding = \"UTF-8\",\n");
            out.append("           check.names = FALSE, stringsAsFactors = FALSE)\n}\n");
            for (Table t : tables) {
                out.append('\n')
                        .append(t.name())
                        .append(" <- marrow_read(")
                        .append(r(t.name() + ".csv"))
                        .append(", c(");
                out.append(t.columns().stream()
                        .map(c -> c.name() + " = " + r(rClass(c.type())))
                        .collect(Collectors.joining(", ")));
                out.append("))\n");
                for (Column c : t.columns()) {
                    String v = t.name() + "$" + c.name();
                    if (c.type() == ColumnType.DATE) {
                        out.append(v).append(" <- as.Date(").append(v).append(", format = \"%Y-%m-%d\")\n");
                    }
                    if (c.codes().isPresent()) {
                        CodeList l = c.codes().get();
                        out.append(v).append(" <- factor(").append(v).append(", levels = c(");
                        out.append(l.items().stream()
                                .map(i -> c.type().isNumeric() ? i.code() + "L" : r(i.code()))
                                .collect(Collectors.joining(", ")));
                        out.append("), labels = c(");
                        out.append(l.items().stream().map(i -> r(i.decode())).collect(Collectors.joining(", ")));
                        out.append("))\n");
                    }
                }
                out.append("attr(")
                        .append(t.name())
                        .append(", \"label\") <- ")
                        .append(r(t.label()))
                        .append('\n');
                for (Column c : t.columns()) {
                    out.append("attr(")
                            .append(t.name())
                            .append('$')
                            .append(c.name())
                            .append(", \"label\") <- ")
                            .append(r(c.label()))
                            .append('\n');
                }
            }
            return out.toString();
        }
    },
    /** SAS: {@code marrow.sas}, one DATA step per file, formats from PROC FORMAT. */
    SAS("marrow.sas") {
        @Override
        String syntax(List<Table> tables, String header) {
            StringBuilder out = new StringBuilder();
            out.append("/*\n");
            comment(out, " * ", header);
            out.append(" * Set the folder of the CSV files below, then submit this program.\n */\n");
            out.append("%let marrow = .;\n\nproc format;\n");
            for (CodeList l : codeLists(tables)) {
                boolean text = !isNumeric(tables, l);
                out.append("  value ").append(text ? "$" : "").append(l.name());
                for (CodeList.Item i : l.items()) {
                    out.append("\n    ")
                            .append(text ? sas(i.code()) : i.code())
                            .append(" = ")
                            .append(sas(i.decode()));
                }
                out.append(";\n");
            }
            out.append("run;\n");
            for (Table t : tables) {
                out.append("\ndata ")
                        .append(t.name())
                        .append(" (label=")
                        .append(sas(t.label()))
                        .append(");\n");
                out.append("  infile \"&marrow/")
                        .append(t.name())
                        .append(".csv\" dsd firstobs=2 truncover encoding=\"utf-8\" lrecl=1048576;\n");
                List<String> lengths = new ArrayList<>();
                for (int k = 0; k < t.columns().size(); k++) {
                    Column c = t.columns().get(k);
                    if (c.type() == ColumnType.TEXT) {
                        lengths.add(c.name() + " $" + Math.max(1, maxBytes(t, k)));
                    }
                }
                if (!lengths.isEmpty()) {
                    out.append("  length ").append(String.join(" ", lengths)).append(";\n");
                }
                List<String> dates = names(t, ColumnType.DATE);
                if (!dates.isEmpty()) {
                    out.append("  informat ").append(String.join(" ", dates)).append(" yymmdd10.;\n");
                    out.append("  format ").append(String.join(" ", dates)).append(" yymmdd10.;\n");
                }
                out.append("  input ");
                out.append(t.columns().stream()
                        .map(c -> c.type() == ColumnType.TEXT ? c.name() + " $" : c.name())
                        .collect(Collectors.joining(" ")));
                out.append(";\n  label");
                for (Column c : t.columns()) {
                    out.append("\n    ").append(c.name()).append(" = ").append(sas(c.label()));
                }
                out.append(";\n");
                for (Column c : t.columns()) {
                    c.codes().ifPresent(l -> out.append("  format ")
                            .append(c.name())
                            .append(' ')
                            .append(c.type().isNumeric() ? "" : "$")
                            .append(l.name())
                            .append(".;\n"));
                }
                out.append("run;\n");
            }
            return out.toString();
        }
    },
    /** SPSS: {@code marrow.sps}, one GET DATA per file, each a named data set. */
    SPSS("marrow.sps") {
        @Override
        String syntax(List<Table> tables, String header) {
            StringBuilder out = new StringBuilder("* Encoding: UTF-8.\n");
            comment(out, "* ", header);
            out.append("* Run it with this folder as the working directory, e.g. CD 'path/to/export'.\n");
            for (Table t : tables) {
                out.append("\nGET DATA /TYPE=TXT /FILE='")
                        .append(t.name())
                        .append(".csv' /ENCODING='UTF8'\n")
                        .append(
                                "  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=\",\" /QUALIFIER='\"'\n")
                        .append("  /VARIABLES=");
                for (int k = 0; k < t.columns().size(); k++) {
                    Column c = t.columns().get(k);
                    out.append("\n    ").append(c.name()).append(' ').append(spssFormat(t, k));
                }
                out.append(".\nDATASET NAME ").append(t.name()).append(".\n");
                out.append("VARIABLE LABELS");
                String sep = " ";
                for (Column c : t.columns()) {
                    out.append(sep).append(c.name()).append(' ').append(spss(c.label()));
                    sep = "\n  /";
                }
                out.append(".\n");
                List<Column> coded =
                        t.columns().stream().filter(c -> c.codes().isPresent()).toList();
                if (!coded.isEmpty()) {
                    out.append("VALUE LABELS");
                    sep = " ";
                    for (Column c : coded) {
                        out.append(sep).append(c.name());
                        for (CodeList.Item i : c.codes().get().items()) {
                            out.append(' ')
                                    .append(c.type().isNumeric() ? i.code() : spss(i.code()))
                                    .append(' ')
                                    .append(spss(i.decode()));
                        }
                        sep = "\n  /";
                    }
                    out.append(".\n");
                }
                out.append("EXECUTE.\n");
            }
            return out.toString();
        }
    },
    /** Stata: {@code marrow.do}, each file imported and saved as a labelled {@code .dta} file. */
    STATA("marrow.do") {
        @Override
        String syntax(List<Table> tables, String header) {
            StringBuilder out = new StringBuilder();
            comment(out, "* ", header);
            out.append(
                    "* Run it in this folder, e.g. cd \"path/to/export\" then do marrow.do; it saves one .dta file per CSV file.\n");
            out.append("version 16\n");
            for (Table t : tables) {
                List<String> strings = new ArrayList<>();
                for (int k = 0; k < t.columns().size(); k++) {
                    if (!t.columns().get(k).type().isNumeric()) {
                        strings.add(Integer.toString(k + 1));
                    }
                }
                out.append("\nimport delimited using \"")
                        .append(t.name())
                        .append(
                                ".csv\", clear varnames(1) case(preserve) bindquote(strict) encoding(\"utf-8\") asdouble");
                if (!strings.isEmpty()) {
                    out.append(" stringcols(").append(String.join(" ", strings)).append(')');
                }
                out.append('\n');
                for (Column c : t.columns()) {
                    if (c.type() == ColumnType.DATE) {
                        out.append("generate double _marrow = date(")
                                .append(c.name())
                                .append(", \"YMD\")\n");
                        out.append("format _marrow %tdCCYY-NN-DD\n");
                        replace(out, c.name());
                    }
                    if (c.codes().isPresent()) {
                        CodeList l = c.codes().get();
                        out.append("label define ").append(l.name());
                        for (int i = 0; i < l.items().size(); i++) {
                            CodeList.Item item = l.items().get(i);
                            out.append(' ')
                                    .append(c.type().isNumeric() ? item.code() : Integer.toString(i + 1))
                                    .append(' ')
                                    .append(stata(item.decode()));
                        }
                        out.append(", replace\n");
                        if (!c.type().isNumeric()) {
                            out.append("generate byte _marrow = .\n");
                            for (int i = 0; i < l.items().size(); i++) {
                                out.append("replace _marrow = ")
                                        .append(i + 1)
                                        .append(" if ")
                                        .append(c.name())
                                        .append(" == ")
                                        .append(stata(l.items().get(i).code()))
                                        .append('\n');
                            }
                            replace(out, c.name());
                        }
                        out.append("label values ")
                                .append(c.name())
                                .append(' ')
                                .append(l.name())
                                .append('\n');
                    }
                    out.append("label variable ")
                            .append(c.name())
                            .append(' ')
                            .append(stata(c.label()))
                            .append('\n');
                }
                out.append("order ")
                        .append(t.columns().stream().map(Column::name).collect(Collectors.joining(" ")))
                        .append('\n');
                out.append("label data ").append(stata(t.label())).append('\n');
                out.append("save \"").append(t.name()).append(".dta\", replace\n");
            }
            return out.toString();
        }
    };

    private static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    /** Stata's limit on a variable, value or data label. */
    private static final int STATA_LABEL = 80;

    private final String syntaxFile;

    StatsPackage(String syntaxFile) {
        this.syntaxFile = syntaxFile;
    }

    /**
     * The name of the syntax file.
     *
     * @return e.g. {@code marrow.R}
     */
    public String syntaxFile() {
        return syntaxFile;
    }

    /**
     * The export for this package: a CSV file per kind of record the data set has, {@code analysis.csv}, and the
     * syntax file that reads them.
     *
     * @param export what to export
     * @return the files
     */
    public ExportFiles export(StudyExport export) {
        Labels labels = new Labels(export.language());
        List<Table> tables = new ArrayList<>(new SourceTables(labels).of(export.dataset()));
        tables.add(new AnalysisTable(labels).of(export.analysis()));
        ExportFiles.Builder files = ExportFiles.builder();
        for (Table t : tables) {
            files.text(t.name() + ".csv", csv(t));
        }
        String header = labels.text(
                "interop.syntax.header",
                export.protocol().identity().title(),
                export.protocol().id(),
                export.protocol().version(),
                export.marrowVersion(),
                export.createdAt().toString());
        files.text(syntaxFile, syntax(tables, header));
        return files.build();
    }

    abstract String syntax(List<Table> tables, String header);

    /**
     * A table as CSV, as every export writes one: UTF-8, a header of the variable names, RFC 4180 quoting, line
     * feeds.
     *
     * @param t the table
     * @return the CSV text
     */
    public static String csv(Table t) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            printer.printRecord(t.columns().stream().map(Column::name).toList());
            for (List<Cell> row : t.rows()) {
                printer.printRecord(row.stream().map(Cell::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void comment(StringBuilder out, String prefix, String text) {
        for (String line : text.split("\n")) {
            out.append(prefix).append(line).append('\n');
        }
    }

    private static String rClass(ColumnType type) {
        return switch (type) {
            case TEXT, DATE -> "character";
            case INTEGER -> "integer";
            case DECIMAL -> "numeric";
        };
    }

    private static List<CodeList> codeLists(List<Table> tables) {
        List<CodeList> lists = new ArrayList<>();
        for (Table t : tables) {
            t.codeLists().stream().filter(l -> !lists.contains(l)).forEach(lists::add);
        }
        return lists;
    }

    private static boolean isNumeric(List<Table> tables, CodeList list) {
        return tables.stream()
                .flatMap(t -> t.columns().stream())
                .anyMatch(c ->
                        c.codes().filter(list::equals).isPresent() && c.type().isNumeric());
    }

    private static List<String> names(Table t, ColumnType type) {
        return t.columns().stream()
                .filter(c -> c.type() == type)
                .map(Column::name)
                .toList();
    }

    private static int maxBytes(Table t, int column) {
        int max = 0;
        for (List<Cell> row : t.rows()) {
            max = Math.max(max, row.get(column).text().getBytes(StandardCharsets.UTF_8).length);
        }
        return max;
    }

    /** An SPSS input format: a string as wide as its longest value, a date, a number wide enough for its digits. */
    private static String spssFormat(Table t, int column) {
        Column c = t.columns().get(column);
        return switch (c.type()) {
            case TEXT -> "A" + Math.max(1, maxBytes(t, column));
            case DATE -> "SDATE10";
            case INTEGER -> "F" + Math.max(8, maxBytes(t, column) + 1) + ".0";
            case DECIMAL -> {
                int scale = 0;
                int width = 8;
                for (List<Cell> row : t.rows()) {
                    if (row.get(column) instanceof Cell.Decimal d) {
                        BigDecimal v = d.value();
                        scale = Math.max(scale, Math.max(0, v.scale()));
                        width = Math.max(width, v.toPlainString().length() + 1);
                    }
                }
                yield "F" + Math.min(40, width) + "." + Math.min(16, scale);
            }
        };
    }

    private static void replace(StringBuilder out, String name) {
        out.append("drop ").append(name).append('\n');
        out.append("rename _marrow ").append(name).append('\n');
    }

    /** An R string literal. */
    static String r(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** A SAS quoted string: single quotes, doubled inside (no macro resolution). */
    static String sas(String text) {
        return "'" + text.replace("'", "''").replace('\n', ' ') + "'";
    }

    /** An SPSS quoted string. */
    static String spss(String text) {
        return "'" + text.replace("'", "''").replace('\n', ' ') + "'";
    }

    /** A Stata compound-quoted string, cut to Stata's 80 characters. */
    static String stata(String text) {
        String one = text.replace('\n', ' ');
        if (one.length() > STATA_LABEL) {
            one = one.substring(0, STATA_LABEL);
        }
        return "`\"" + one + "\"'";
    }
}
