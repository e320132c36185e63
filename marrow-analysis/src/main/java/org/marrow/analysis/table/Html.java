package org.marrow.analysis.table;

/** Escaping of text for HTML and XHTML content and attribute values. */
public final class Html {
    private Html() {}

    /**
     * Escapes {@code & < > " '} so that text is safe in element content and in quoted attribute
     * values, in HTML and in XML alike; characters that XML 1.0 forbids (control characters other
     * than tab, CR and LF) are dropped, since no parser would accept them.
     *
     * @param text the text
     * @return the escaped text
     * @throws IllegalArgumentException if text is null
     */
    public static String escape(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Text to escape must not be null");
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
