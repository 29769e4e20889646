package org.leafdrop.io.weather;

import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.leafdrop.model.Atmosphere.SoundingLevel;
import org.leafdrop.model.Problem;
import org.leafdrop.model.WindLevel;

/** The University of Wyoming fixtures ({@code src/test/resources/weather/uwyo/}) and profile checks. */
final class UwyoFixtures {
    /** Knots convert exactly (1852/3600 m/s); the expected speeds are written to 1 mm/s, so half of that. */
    static final double SPEED_TO_3_DECIMALS_MPS = 0.0005;
    /** Values copied from the file without conversion: only binary rounding can differ. */
    static final double EXACT = 1e-9;

    private UwyoFixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(UwyoFixtures.class.getResource("/weather/uwyo/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks every level and lists all mismatches in one failure. */
    static void assertWinds(List<WindLevel> winds, double[] heightsM, double[] fromDeg, double[] speedsMps,
                            double heightToleranceM, double speedToleranceMps) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(winds).as("wind levels").hasSize(heightsM.length);
        for (int i = 0; i < Math.min(winds.size(), heightsM.length); i++) {
            WindLevel w = winds.get(i);
            soft.assertThat(w.altitudeMslM()).as("wind %d height", i).isCloseTo(heightsM[i], within(heightToleranceM));
            soft.assertThat(w.fromDeg()).as("wind %d from", i).isCloseTo(fromDeg[i], within(EXACT));
            soft.assertThat(w.speedMps()).as("wind %d speed", i).isCloseTo(speedsMps[i], within(speedToleranceMps));
        }
        soft.assertAll();
    }

    /** Checks every air level (values copied from the file, so exact) and lists all mismatches. */
    static void assertAir(List<SoundingLevel> air, double[] heightsM, double[] pressuresHpa, double[] temperaturesC) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(air).as("air levels").hasSize(heightsM.length);
        for (int i = 0; i < Math.min(air.size(), heightsM.length); i++) {
            SoundingLevel a = air.get(i);
            soft.assertThat(a.altitudeMslM()).as("air %d height", i).isCloseTo(heightsM[i], within(EXACT));
            soft.assertThat(a.pressureHpa()).as("air %d pressure", i).isCloseTo(pressuresHpa[i], within(EXACT));
            soft.assertThat(a.temperatureC()).as("air %d temperature", i).isCloseTo(temperaturesC[i], within(EXACT));
        }
        soft.assertAll();
    }

    /** A problem as "LINE:COLUMN FIELD: message", to compare several at once. */
    static String located(Problem p) {
        return p.line() + ":" + p.column() + " " + p.jsonPath() + ": " + p.message();
    }
}
