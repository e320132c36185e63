package org.marrow.analysis.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.clinical.response.ResponseCategory.CR;
import static org.marrow.clinical.response.ResponseCategory.GPR;
import static org.marrow.clinical.response.ResponseCategory.NR;
import static org.marrow.clinical.response.ResponseCategory.PR;
import static org.marrow.clinical.response.ResponseCategory.VGPR;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marrow.dataset.DatasetReader;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;

/**
 * Endpoints of the demonstration data set examples/ctx-ist under the bundled ctx-ist protocol
 * reproduce trial document 000 (numbers and lines in examples/ctx-ist/PUBLISHED.md).
 */
class CtxIstEndpointsTest {
    static StudyEndpoints endpoints;

    static Path folder() {
        Path fromModule = Path.of("..", "examples", "ctx-ist");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "ctx-ist");
    }

    @BeforeAll
    static void derive() {
        Protocol protocol = ProtocolRegistry.bundled().load("ctx-ist");
        endpoints = EndpointDerivation.derive(
                protocol, DatasetReader.read(folder()), AnalysisPlan.of(protocol), null, Progress.NONE);
    }

    @Test
    void fortyThreeTreatedAreTheIttPopulationAndFortyPerProtocol() {
        // Document 000 l.15, l.211-214 (ITT 43); l.241-243: 40 received all four CTX infusions.
        assertThat(endpoints.subjects()).hasSize(43);
        assertThat(endpoints.population(Population.PER_PROTOCOL)).hasSize(40);
    }

    @Test
    void monthThreeAndMonthSixAsFigureTwo() {
        List<ResponseAtTimepoint> r = endpoints.responseRates(Population.ITT);
        ResponseAtTimepoint m3 = r.get(0);
        assertThat(m3.timepoint()).isEqualTo("M3");
        assertThat(m3.n()).isEqualTo(43);
        // l.327-330: ORR 28/43, superior 11/43, CR 4/43; Figure 3: VGPR 4, NR 15; PR 17 (l.363).
        assertThat(m3.orr().x()).isEqualTo(28);
        assertThat(m3.superior().x()).isEqualTo(11);
        assertThat(m3.cr().x()).isEqualTo(4);
        assertThat(m3.categories().byCategory()).containsAllEntriesOf(Map.of(CR, 4, VGPR, 4, GPR, 3, PR, 17, NR, 15));
        assertThat(m3.categories().notAssessable()).isZero();
        ResponseAtTimepoint m6 = r.get(1);
        // l.333-335: ORR 30/43, superior 26/43, CR 12/43, ITT: the death, the HSCT and 2 lost
        // to follow-up count as non-responders.
        assertThat(m6.timepoint()).isEqualTo("M6");
        assertThat(m6.n()).isEqualTo(43);
        assertThat(m6.orr().x()).isEqualTo(30);
        assertThat(m6.superior().x()).isEqualTo(26);
        assertThat(m6.cr().x()).isEqualTo(12);
        assertThat(m6.categories().byCategory()).containsAllEntriesOf(Map.of(CR, 12, VGPR, 6, GPR, 8, PR, 4, NR, 9));
        assertThat(m6.categories().notAssessable()).isEqualTo(4);
        assertThat(m6.categories().notYetDue()).isZero();
    }

    @Test
    void timesToFirstResponseAndSuperiorResponse() {
        // l.335-337: median time to first PR 86 days, to first superior remission 131 days.
        List<TimeToEvent> t = endpoints.timeToEvent();
        TimeToEvent response = t.stream()
                .filter(x -> x.endpoint() == TimeToEventEndpoint.TIME_TO_RESPONSE
                        && x.group().equals(Group.ALL))
                .findFirst()
                .orElseThrow();
        TimeToEvent superior = t.stream()
                .filter(x -> x.endpoint() == TimeToEventEndpoint.TIME_TO_SUPERIOR_RESPONSE
                        && x.group().equals(Group.ALL))
                .findFirst()
                .orElseThrow();
        assertThat(response.median()).isEqualTo(86);
        assertThat(superior.median()).isEqualTo(131);
    }
}
