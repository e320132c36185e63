package org.marrow.study.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.message.MessageRenderer;
import org.marrow.study.RecordType;

/** Every message of the study validation in English and Simplified Chinese. */
class MessagesTest {

    @Test
    void everyStudyMessageIsInEveryLanguage() {
        assertThat(MessageRenderer.untranslated("study")).isEmpty();
    }

    @Test
    void everyCodeTheValidationUsesHasAText() throws IOException {
        Pattern code = Pattern.compile("\"(study\\.[a-zA-Z0-9_.-]+)\"");
        TreeSet<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(source));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(50);
        for (Locale language : MessageRenderer.LANGUAGES) {
            MessageRenderer renderer = MessageRenderer.of(language);
            assertThat(codes)
                    .allSatisfy(c ->
                            assertThat(renderer.text(c)).as(language + " " + c).isPresent());
        }
    }

    @Test
    void chineseRendersTheSameArgumentsInChinese() {
        MessageRenderer zh = MessageRenderer.of(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.render(Message.of("study.subject.weight", 1, 400))).isEqualTo("体重（kg），1 至 400");
        assertThat(zh.render(Message.of("study.subject.birthBeforeRecords", "2024-01-01", RecordType.LABS)))
                .isEqualTo("不晚于 2024-01-01 的日期，即该受试者最早一条记录（实验室检查）的日期");
    }
}
