package org.marrow.analysis.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;
import org.marrow.protocol.design.EndpointMeasure;
import org.marrow.study.EventType;

/** The analysis's types: what each names and what each refuses. */
class TypesTest {

    @Test
    void exitsAreTheEventsThatEndFollowUp() {
        assertThat(ExitReason.of(EventType.DEATH)).contains(ExitReason.DEATH);
        assertThat(ExitReason.of(EventType.LOST_TO_FOLLOW_UP)).contains(ExitReason.LOST_TO_FOLLOW_UP);
        assertThat(ExitReason.of(EventType.RELAPSE)).isEmpty();
        assertThat(ExitReason.of(EventType.CLONAL_EVOLUTION)).isEmpty();
        assertThatThrownBy(() -> ExitReason.of(null)).isInstanceOf(IllegalArgumentException.class);
        for (ExitReason r : ExitReason.values()) {
            assertThat(TimepointState.of(r).isAssessed()).isFalse();
            assertThat(ExitReason.of(r.event())).contains(r);
        }
    }

    @Test
    void statesKeepTheReportsLabels() {
        assertThat(TimepointState.of(ExitReason.LOST_TO_FOLLOW_UP).label()).isEqualTo("Lost");
        assertThat(TimepointState.of(ExitReason.WITHDRAWN).label()).isEqualTo("Withdrawn");
        assertThat(TimepointState.NOT_YET_DUE.label()).isEqualTo("Not yet due");
        for (ResponseCategory c : ResponseCategory.values()) {
            assertThat(TimepointState.of(c).label()).isEqualTo(c.name());
            assertThat(TimepointState.of(c).isAssessed()).isTrue();
        }
        assertThatThrownBy(() -> TimepointState.of((ResponseCategory) null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimepointState.of((ExitReason) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void groupsAreSeveritiesArmsOrAll() {
        assertThat(SeverityGroup.of(Optional.of(Severity.VERY_SEVERE))).isEqualTo(SeverityGroup.VSAA);
        assertThat(SeverityGroup.of(Optional.of(Severity.SEVERE))).isEqualTo(SeverityGroup.SAA);
        assertThat(SeverityGroup.of(Optional.of(Severity.NON_SEVERE))).isEqualTo(SeverityGroup.NSAA);
        assertThat(SeverityGroup.of(Optional.empty()).label()).isEqualTo("Unknown");
        assertThat(SeverityGroup.UNKNOWN.compared()).isFalse();
        assertThat(SeverityGroup.SAA.compared()).isTrue();
        assertThat(Group.ALL.label()).isEqualTo("all");
        assertThat(Group.ALL.compared()).isFalse();
        assertThat(new Group.Arm("sirolimus").label()).isEqualTo("sirolimus");
        assertThat(new Group.Arm("sirolimus")).isEqualTo(new Group.Arm("sirolimus"));
        assertThat(new Group.Arm("x").compared()).isTrue();
        assertThatThrownBy(() -> new Group.Arm(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeverityGroup.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratesCountTheirCategories() {
        assertThat(RateMeasure.SUPERIOR.includes(ResponseCategory.GPR)).isTrue();
        assertThat(RateMeasure.SUPERIOR.includes(ResponseCategory.PR)).isFalse();
        assertThat(RateMeasure.ORR.includes(ResponseCategory.PR)).isTrue();
        assertThat(RateMeasure.ORR.includes(ResponseCategory.NR)).isFalse();
        assertThat(RateMeasure.CR.includes(ResponseCategory.VGPR)).isFalse();
        assertThat(RateMeasure.of(EndpointMeasure.CR_RATE)).isEqualTo(RateMeasure.CR);
        assertThat(RateMeasure.of(EndpointMeasure.SUPERIOR_RESPONSE_RATE)).isEqualTo(RateMeasure.SUPERIOR);
        assertThat(RateMeasure.of(EndpointMeasure.RESPONSE_RATE)).isEqualTo(RateMeasure.ORR);
        assertThatThrownBy(() -> RateMeasure.of((EndpointMeasure) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateMeasure.ORR.includes(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateMeasure.ORR.of((ResponseAtTimepoint) null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TimeToEventEndpoint.TIME_TO_SUPERIOR_RESPONSE.code()).isEqualTo("time-to-superior-response");
        assertThat(TimeToEventEndpoint.TIME_TO_CR.event()).isEqualTo("cr");
    }

    @Test
    void categoryCountsHaveEveryCategory() {
        Map<ResponseCategory, Integer> counts = new EnumMap<>(ResponseCategory.class);
        for (ResponseCategory c : ResponseCategory.values()) {
            counts.put(c, 1);
        }
        assertThat(new CategoryCounts(counts, 2, 3).of(ResponseCategory.GPR)).isEqualTo(1);
        counts.remove(ResponseCategory.NR);
        assertThatThrownBy(() -> new CategoryCounts(counts, 0, 0)).hasMessageContaining("NR");
        counts.put(ResponseCategory.NR, 0);
        assertThatThrownBy(() -> new CategoryCounts(counts, -1, 0)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new CategoryCounts(null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTimepointsCategoryAndExitGoWithItsStatus() {
        Message why = Message.of("analysis.timepoint.noCounts", "x");
        assertThatThrownBy(() -> new TimepointResponse(
                        "month-3",
                        TimepointStatus.NOT_ASSESSABLE,
                        Optional.of(ResponseCategory.CR),
                        Optional.empty(),
                        0,
                        Optional.empty(),
                        why))
                .hasMessageContaining("ASSESSED");
        assertThatThrownBy(() -> new TimepointResponse(
                        "month-3",
                        TimepointStatus.NOT_YET_DUE,
                        Optional.empty(),
                        Optional.empty(),
                        0,
                        Optional.of(ExitReason.DEATH),
                        why))
                .hasMessageContaining("NOT_ASSESSABLE");
        TimepointResponse assessed = new TimepointResponse(
                "month-3",
                TimepointStatus.ASSESSED,
                Optional.of(ResponseCategory.PR),
                Optional.of(LocalDate.of(2024, 4, 1)),
                83,
                Optional.empty(),
                why);
        assertThat(assessed.isResponse()).isTrue();
        assertThat(assessed.state()).isEqualTo(TimepointState.PR);
    }

    @Test
    void populationsNeedTheirGroups() {
        assertThatThrownBy(() -> new Populations(1, 1, 0, 0, 1, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Populations.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
