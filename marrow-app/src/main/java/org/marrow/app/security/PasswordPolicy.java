package org.marrow.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.marrow.app.web.BadValueException;

/**
 * What a password must be, after NIST SP 800-63B section 5.1.1.2 (memorized secrets): at least
 * {@value #MIN_LENGTH} characters; not containing the user name; not one of the 10,000 most common passwords
 * (the bundled list, {@code common-passwords.NOTICE}), ignoring case, nor one of them with digits or symbols
 * added at either end ({@code password1234}); not made of fewer than {@value #MIN_DISTINCT} different characters
 * ({@code aaaaaaaaaaaa}). No rule on character classes and no expiry: the guideline advises against both.
 */
public final class PasswordPolicy {
    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 12;
    /** The fewest different characters in a password. */
    public static final int MIN_DISTINCT = 5;
    /** The longest password accepted (bcrypt reads 72 bytes; longer is not stronger). */
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords cannot be read", e);
        }
        return Set.copyOf(words);
    }

    /**
     * Checks a new password.
     *
     * @param field the request field holding it (named in the refusal; the password itself never is)
     * @param username the user's login name
     * @param password the password
     * @throws BadValueException naming the rule broken
     */
    public static void check(String field, String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw refuse(field, "at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw refuse(field, "at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw refuse(field, "a password that does not contain the user name");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            throw refuse(field, "a password of at least " + MIN_DISTINCT + " different characters");
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (COMMON.contains(lower) || (!core.isEmpty() && COMMON.contains(core))) {
            throw refuse(field, "a password that is not one of the 10,000 most common passwords");
        }
    }

    private static BadValueException refuse(String field, String expected) {
        return new BadValueException(
                field, null, expected, "The password is refused; expected " + expected + " (NIST SP 800-63B)");
    }

    /**
     * Whether a password is on the bundled list (for tests and documentation).
     *
     * @param password the password
     * @return true if common
     */
    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }
}
