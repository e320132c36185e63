package org.marrow.study.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The syntax of field values, checked by hand rather than by regular expression: a data set has
 * millions of values, and these checks are the inner loop of reading it. Each method accepts exactly
 * what its documented pattern accepts.
 */
final class Syntax {
    private Syntax() {}

    /** Whether {@code text} matches {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, or that without the sign if not allowed. */
    static boolean isPlainDecimal(String text, boolean signAllowed) {
        int n = text.length();
        int i = 0;
        if (signAllowed && n > 0 && text.charAt(0) == '-') {
            i = 1;
        }
        if (i >= n) {
            return false;
        }
        char first = text.charAt(i);
        if (first == '0') {
            i++;
        } else if (first >= '1' && first <= '9') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        } else {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (text.charAt(i) != '.' || i + 1 == n) {
            return false;
        }
        for (i++; i < n; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} matches {@code -?[0-9]+}: a whole number of any size. */
    static boolean isInteger(String text) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (i == n) {
            return false;
        }
        for (; i < n; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} matches {@code [A-Za-z0-9][A-Za-z0-9._-]*}. */
    static boolean isIdentifier(String text) {
        int n = text.length();
        if (n == 0 || !isLetterOrDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses an ISO-8601 calendar date exactly as {@link LocalDate#parse(CharSequence)} does; the usual
     * {@code YYYY-MM-DD} form is read without the formatter.
     *
     * @throws DateTimeException if the text is not a valid date
     */
    static LocalDate date(String text) {
        if (text.length() == 10
                && text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && isDigit(text.charAt(0))
                && isDigit(text.charAt(1))
                && isDigit(text.charAt(2))
                && isDigit(text.charAt(3))
                && isDigit(text.charAt(5))
                && isDigit(text.charAt(6))
                && isDigit(text.charAt(8))
                && isDigit(text.charAt(9))) {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DateTimeException(e.getMessage(), e);
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
