package org.marrow.analysis.table;

import java.util.regex.Pattern;

/**
 * Text cells made safe for a spreadsheet (OWASP, "CSV Injection"): a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula,
 * which can run commands or send data away when the file is opened. Such a cell is written with a leading
 * apostrophe, which the spreadsheet shows as text and hides. Numbers ({@code -1.5}, {@code +2}, {@code -3e-4}) and a
 * lone {@code -} are left as they are: they are not formulas. Only for files meant for spreadsheets: the data set
 * files, read back by Marrow, stay exactly as entered.
 */
public final class SpreadsheetText {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?%?");

    private SpreadsheetText() {}

    /**
     * The cell as written for a spreadsheet.
     *
     * @param cell the cell's text
     * @return the same text, or the text after an apostrophe if a spreadsheet would read it as a formula
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || !startsFormula(cell.charAt(0))) {
            return cell;
        }
        if (cell.equals("-") || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
