package org.marrow.app.audit;

import org.marrow.app.web.BadValueException;

/**
 * The one rule for a reason for change (21 CFR 11.10(e): who, when, what and why), used by every write path
 * through the audit trail: trimmed of Unicode white space and format characters at both ends (U+0020, U+00A0,
 * U+200B, U+FEFF, ...), at least {@value #MIN_VISIBLE} visible characters, at most {@value #MAX_LENGTH}
 * characters, no control characters (U+0000 to U+001F, U+007F to U+009F: a reason is one line) and no unpaired
 * surrogate.
 */
public final class ReasonForChange {
    /** The fewest visible characters of a reason. */
    public static final int MIN_VISIBLE = 3;
    /** The most characters (code points) of a reason. */
    public static final int MAX_LENGTH = 1000;

    private static final String EXPECTED = "a reason for the change of at least " + MIN_VISIBLE
            + " visible characters and at most " + MAX_LENGTH + ", on one line";

    private ReasonForChange() {}

    /**
     * Checks and normalises a required reason.
     *
     * @param field the request field it came from (for the refusal)
     * @param reason the reason as given
     * @return the reason trimmed
     * @throws BadValueException if it is missing, too short after trimming, too long or holds a control character
     */
    public static String require(String field, String reason) {
        if (reason == null) {
            throw BadValueException.of(field, null, EXPECTED);
        }
        String trimmed = check(field, reason);
        if (visible(trimmed) < MIN_VISIBLE) {
            throw BadValueException.of(field, reason, EXPECTED);
        }
        return trimmed;
    }

    /**
     * Checks and normalises an optional reason (a first entry's): absent or blank gives null.
     *
     * @param field the request field it came from
     * @param reason the reason as given, or null
     * @return the reason trimmed, or null
     * @throws BadValueException if it is given but too short, too long or holds a control character
     */
    public static String optional(String field, String reason) {
        if (reason == null) {
            return null;
        }
        String trimmed = check(field, reason);
        if (trimmed.isEmpty()) {
            return null;
        }
        if (visible(trimmed) < MIN_VISIBLE) {
            throw BadValueException.of(field, reason, EXPECTED);
        }
        return trimmed;
    }

    private static String check(String field, String reason) {
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            if (Character.isISOControl(c)) {
                throw new BadValueException(
                        field,
                        printable(reason),
                        EXPECTED,
                        "Field '" + field + "' holds the control character U+" + String.format("%04X", (int) c)
                                + " at position " + (i + 1) + "; expected " + EXPECTED);
            }
            if (Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c)
                            && i + 1 < reason.length()
                            && Character.isLowSurrogate(reason.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(reason.charAt(i - 1)))) {
                throw BadValueException.of(field, printable(reason), EXPECTED + " (valid Unicode text)");
            }
        }
        int start = 0;
        int end = reason.length();
        while (start < end && isBlank(reason.codePointAt(start))) {
            start += Character.charCount(reason.codePointAt(start));
        }
        while (end > start && isBlank(reason.codePointBefore(end))) {
            end -= Character.charCount(reason.codePointBefore(end));
        }
        String trimmed = reason.substring(start, end);
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw BadValueException.of(
                    field, trimmed.substring(0, trimmed.offsetByCodePoints(0, 40)) + "...", EXPECTED);
        }
        return trimmed;
    }

    /** White space (Unicode Zs, Zl, Zp and the ASCII ones) or a format character (Cf: U+200B, U+FEFF, ...). */
    private static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    private static long visible(String text) {
        return text.codePoints().filter(cp -> !isBlank(cp)).count();
    }

    /** The value as shown in a refusal: control characters as U+XXXX, at most 80 characters. */
    private static String printable(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(80).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isSurrogate((char) cp) && cp < 0x10000) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
