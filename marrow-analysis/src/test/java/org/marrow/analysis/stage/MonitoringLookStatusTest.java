package org.marrow.analysis.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.message.MessageRenderer;

/**
 * The decision at a monitoring look from its counts, at, below and above each bound: the one rule of the
 * live monitoring and of the simulation (BOP2, Zhou, Lee and Yuan 2017: stop if responses &lt;= the
 * futility bound or toxicities &gt;= the toxicity bound).
 */
class MonitoringLookStatusTest {

    @ParameterizedTest(name = "n 11, futility 3: {0} of {1} evaluated -> {2}")
    @CsvSource({
        // every subject evaluated: at, just below and just above the bound
        "3, 11, STOP_FOR_FUTILITY",
        "2, 11, STOP_FOR_FUTILITY",
        "4, 11, GO",
        // subjects still to come: at most 3 possible is a certain stop; 4 possible is not
        "1, 9, STOP_FOR_FUTILITY",
        "2, 9, PENDING",
        // more than the bound already: go before the others are evaluated
        "4, 5, GO",
        "3, 5, PENDING"
    })
    void efficacyOnly(int responses, int evaluated, LookDecision expected) {
        assertThat(MonitoringLookStatus.decide(11, 3, OptionalInt.empty(), evaluated, responses, 0))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "n 11, futility 3, toxicity 5: {0} responses, {1} evaluated, {2} toxicities -> {3}")
    @CsvSource({
        "8, 11, 5, STOP_FOR_TOXICITY",
        "8, 11, 4, GO",
        "8, 11, 6, STOP_FOR_TOXICITY",
        // toxicities seen before all are evaluated stop at once
        "1, 3, 5, STOP_FOR_TOXICITY",
        // enough responses, but the toxicity bound can still be reached
        "8, 9, 3, PENDING",
        "8, 9, 2, GO"
    })
    void efficacyAndToxicity(int responses, int evaluated, int toxicities, LookDecision expected) {
        assertThat(MonitoringLookStatus.decide(11, 3, OptionalInt.of(5), evaluated, responses, toxicities))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "4|11|11|0|false|false|GO|4 responses of 11 evaluated > 3: go|已评价 11 例中 4 例有效 > 3：继续",
                "4|11|11|1|true|true|GO|4 responses of 11 evaluated > 3, 1 with the toxicity < 5: promising"
                        + "|已评价 11 例中 4 例有效 > 3，1 例发生毒性 < 5：有前景",
                "3|11|11|0|false|true|STOP_FOR_FUTILITY|3 responses of 11 <= 3: not promising|11 例中 3 例有效 ≤ 3：无前景",
                "1|9|11|0|false|false|STOP_FOR_FUTILITY|1 responses of 9 evaluated, at most 3 possible <= 3: stop for futility"
                        + "|已评价 9 例中 1 例有效，最多可能 3 例 ≤ 3：因无效终止",
                "2|9|11|1|true|false|PENDING|2 responses of 9 evaluated, 2 still to be evaluated; more than 3 responses and"
                        + " fewer than 5 with the toxicity (1 so far) needed: pending"
                        + "|已评价 9 例中 2 例有效，尚有 2 例待评价；需超过 3 例有效且发生毒性少于 5 例（目前 1 例）：进行中"
            })
    void theRuleSaysTheCountsAndTheBoundInEnglishAndChinese(
            int responses,
            int evaluated,
            int n,
            int toxicities,
            boolean monitorsToxicity,
            boolean last,
            LookDecision decision,
            String english,
            String chinese) {
        MonitoringLookStatus l = new MonitoringLookStatus(
                1,
                n,
                3,
                monitorsToxicity ? OptionalInt.of(5) : OptionalInt.empty(),
                evaluated,
                responses,
                monitorsToxicity ? OptionalInt.of(toxicities) : OptionalInt.empty(),
                0,
                last,
                decision);
        assertThat(MessageRenderer.english().render(l.rule())).isEqualTo(english);
        assertThat(MessageRenderer.of(Locale.SIMPLIFIED_CHINESE).render(l.rule()))
                .isEqualTo(chinese);
    }
}
