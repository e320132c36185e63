package org.marrow.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.clinical.message.MessageRenderer;

/** The reader's problems in English and Simplified Chinese. */
class DatasetMessagesTest {
    @TempDir
    Path dir;

    @Test
    void everyDatasetMessageIsInEveryLanguage() {
        assertThat(MessageRenderer.untranslated("dataset")).isEmpty();
    }

    @Test
    void aProblemIsRenderedInTheUsersLanguage() throws IOException {
        Files.writeString(
                dir.resolve("subjects.csv"),
                "subject_id,site,sex,birth_date,weight_kg,height_cm\nS01,BJ,X,1990-05-12,68,172\n",
                StandardCharsets.UTF_8);
        DatasetProblem problem = DatasetReader.inspect(dir).problems().get(0);
        MessageRenderer zh = MessageRenderer.of(Locale.SIMPLIFIED_CHINESE);
        assertThat(problem.render(zh)).endsWith("subjects.csv:2:3: 列 'sex' 的值为 'X'，应为M（男）或 F（女）");
        assertThat(problem.toString()).endsWith("subjects.csv:2:3: column 'sex' has value 'X', expected M or F");
    }
}
