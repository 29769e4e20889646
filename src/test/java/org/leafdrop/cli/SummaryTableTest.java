package org.leafdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leafdrop.coverage.CoverageFixtures;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.SortieStatistics;
import org.leafdrop.geo.Coordinates;
import org.leafdrop.model.LonLat;

class SummaryTableTest {
    private static final PlanResult SAMPLE = CoverageFixtures.sampleResult();

    @Test
    void showsSortieFiguresWithUnitsAndThousandsSeparators() {
        String text = SummaryTable.format(SAMPLE);
        SortieStatistics s1 = SAMPLE.sorties().get(0).statistics().orElseThrow();
        LonLat c = s1.landingCentroid().lonLat();

        assertThat(text).contains(SAMPLE.planName(), "seed 1, 20,000 particles per sortie");
        assertThat(text).contains("Leaflets", "Drift km", "Bearing deg", "Doctrinal km", "Fall mean m:s", "R50 m", "R90 m",
                "1-sigma ellipse m", "MGRS");
        assertThat(text).contains("500,000", "32,400", "120");
        assertThat(text).contains(String.format(Locale.ROOT, "%.2f", s1.driftM() / 1000));
        assertThat(text).contains(Coordinates.decimalDegrees(c.lonDeg(), c.latDeg()));
        assertThat(text).contains(Coordinates.mgrs(c.lonDeg(), c.latDeg()));
        assertThat(text).contains(SummaryTable.minSec(s1.fallTime().meanS()));
        // doctrinal 1,550 s
        assertThat(text).contains("25:50");
    }

    @Test
    void showsTargetsExclusionsTotalsAndWarnings() {
        String text = SummaryTable.format(SAMPLE);

        assertThat(text).contains("Area km2", "Leaflets inside", "Share of all %", "Mean density /km2",
                "Leaflets/resident");
        assertThat(text).contains("old-city", "east-bank", "river");
        assertThat(text).contains(String.format(Locale.ROOT, "%,d", SAMPLE.targets().get(0).leafletsInside()));
        assertThat(text).contains(String.format(Locale.ROOT, "%,d", SAMPLE.totals().leaflets()));
        assertThat(text).contains("  - no leaflet lands in target 'East bank'");
        assertThat(text).contains("  - 20,000 particles of sortie s2 did not land within the time limit");
    }

    @Test
    void isPlainFixedWidthText() {
        String text = SummaryTable.format(SAMPLE);

        assertThat(text).doesNotContain("\t").doesNotContain("\r");
        // the sortie without landings shows dashes, not NaN
        assertThat(text).doesNotContain("NaN");
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("  ---")) {
                assertThat(lines[i - 1].stripTrailing().length()).isLessThanOrEqualTo(lines[i].length());
            }
        }
    }

    @Test
    void minutesAndSecondsRoundToTheSecond() {
        assertThat(SummaryTable.minSec(1554.2)).isEqualTo("25:54");
        assertThat(SummaryTable.minSec(59.6)).isEqualTo("1:00");
        assertThat(SummaryTable.minSec(3715)).isEqualTo("61:55");
    }
}
