package org.marrow.dataset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.marrow.clinical.message.Message;

/** The quoted values of RFC 4180: checked once for a whole file, unquoted one at a time. */
final class Quotes {
    private Quotes() {}

    /**
     * Checks the quoting of a whole file: every quoted value closed, and followed only by white space
     * before the next comma or line break. A quote inside an unquoted value is taken as it is.
     *
     * @return null if well formed, else what is wrong and where
     */
    static Message check(byte[] bytes, int start) {
        long line = 1;
        int p = start;
        int n = bytes.length;
        boolean atCellStart = true;
        while (p < n) {
            byte b = bytes[p];
            if (atCellStart) {
                int s = p;
                while (s < n && bytes[s] >= 0 && bytes[s] <= ' ' && bytes[s] != '\n' && bytes[s] != '\r') {
                    s++;
                }
                if (s < n && bytes[s] == '"') {
                    long opened = line;
                    int q = s + 1;
                    while (true) {
                        if (q >= n) {
                            return Message.of("dataset.csv.unterminated", opened);
                        }
                        if (bytes[q] == '"') {
                            if (q + 1 < n && bytes[q + 1] == '"') {
                                q += 2;
                                continue;
                            }
                            break;
                        }
                        if (bytes[q] == '\n' || (bytes[q] == '\r' && (q + 1 >= n || bytes[q + 1] != '\n'))) {
                            line++;
                        }
                        q++;
                    }
                    p = q + 1;
                    while (p < n && bytes[p] >= 0 && bytes[p] <= ' ' && bytes[p] != '\n' && bytes[p] != '\r') {
                        p++;
                    }
                    if (p < n && bytes[p] != ',' && bytes[p] != '\n' && bytes[p] != '\r') {
                        return Message.of("dataset.csv.afterQuote", line);
                    }
                    atCellStart = false;
                    continue;
                }
                atCellStart = false;
                p = s;
                continue;
            }
            if (b == ',') {
                atCellStart = true;
            } else if (b == '\n' || b == '\r') {
                if (b == '\n' || p + 1 >= n || bytes[p + 1] != '\n') {
                    line++;
                }
                atCellStart = true;
            }
            p++;
        }
        return null;
    }

    /** The text of a quoted value between its quotes, a doubled quote read as one, trimmed. */
    static String unquote(byte[] bytes, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            out.write(bytes[i]);
            if (bytes[i] == '"') {
                i++;
            }
        }
        return out.toString(StandardCharsets.UTF_8).trim();
    }
}
