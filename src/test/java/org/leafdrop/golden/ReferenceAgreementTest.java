package org.leafdrop.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.cli.LeafdropCli;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.DirectIntegrator;
import org.leafdrop.sim.Scenario;

/**
 * Leafdrop against the independent NumPy reference (bench/ref_sim.py) on the benchmark plan P1,
 * with the agreement bench/README.md asks for: landing centroid within 2 % of the drift, mean
 * fall time within 1 %. The reference's outputs are kept in src/test/resources/reference/.
 */
class ReferenceAgreementTest {
    private static final Path P1 = Path.of("bench/p1.leafdrop.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void particleRunAgreesWithTheNumpyReference() throws IOException {
        JsonNode ref = JSON.readTree(Path.of("src/test/resources/reference/p1-particles.json").toFile());
        Path out = tmp.resolve("p1.result.json");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        assertThat(LeafdropCli.run(new String[] {"simulate", P1.toString(), "-o", out.toString()}, quiet, quiet))
                .isZero();
        JsonNode s = JSON.readTree(out.toFile()).path("sorties").get(0);
        double miss = Geodesy.inverse(ref.path("landingCentroid").path("lon").asDouble(),
                ref.path("landingCentroid").path("lat").asDouble(), s.path("landingCentroid").path("lon").asDouble(),
                s.path("landingCentroid").path("lat").asDouble()).distanceM();
        assertThat(miss).isLessThan(0.02 * ref.path("driftM").asDouble());
        assertThat(s.path("fallTimeS").path("mean").asDouble())
                .isCloseTo(ref.path("fallTimeMeanS").asDouble(), within(0.01 * ref.path("fallTimeMeanS").asDouble()));
        assertThat(s.path("driftM").asDouble()).isCloseTo(ref.path("driftM").asDouble(),
                within(0.02 * ref.path("driftM").asDouble()));
    }

    @Test
    void directIntegralAgreesWithTheReferenceSimpsonIntegral() throws IOException {
        JsonNode ref = JSON.readTree(Path.of("src/test/resources/reference/p1-integral.json").toFile())
                .path("sorties").get(0);
        Plan plan = new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled()).read(P1).value().orElseThrow();
        Scenario sc = Scenario.prepare(plan);
        double[] landing = DirectIntegrator.sortieLanding(sc, sc.sorties().get(0));
        double[] release = sc.sorties().get(0).track().centroid();
        // two quadratures of the same integral: agree far better than the 0.1 % PHYSICS.md asks of the stepper
        double drift = ref.path("driftFlatM").asDouble();
        assertThat(landing[0] - release[0]).isCloseTo(ref.path("driftEastM").asDouble(), within(1e-4 * drift));
        assertThat(landing[1] - release[1]).isCloseTo(ref.path("driftNorthM").asDouble(), within(1e-4 * drift));
        assertThat(landing[2]).isCloseTo(ref.path("fallTimeMeanS").asDouble(), within(0.01));
        // and the same local frame: the release point's coordinates match the reference's
        assertThat(release[0]).isCloseTo(ref.path("releaseCentroid").path("eastM").asDouble(), within(0.01));
        assertThat(release[1]).isCloseTo(ref.path("releaseCentroid").path("northM").asDouble(), within(0.01));
    }
}
