package org.leafdrop.render;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.io.PlanReader;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.Plan;
import org.leafdrop.planning.PlanSimulator;
import org.leafdrop.report.PngMapExport;
import org.leafdrop.sim.ProgressMonitor;

/** The painter at a fixed size and view, against a committed reference image. */
class MapReferenceImageTest {
    @Test
    void theMosulSampleWithItsResultLooksAsItDid() throws Exception {
        Plan plan = new PlanReader(LeafletCatalog.bundled(), DeviceCatalog.bundled())
                .read(Path.of("samples/mosul-central-2016-10-16.leafdrop.json")).value().orElseThrow();
        // the same landings on any machine and thread count (a fixed seed)
        PlanSimulator.Simulated s = PlanSimulator.simulate(plan, 3000, 20161016, 2, List.of(), "test",
                ProgressMonitor.NONE);
        MapPainter.Scene scene = new MapPainter.Scene(plan, s.run().frame(), Optional.of(s.result()),
                Optional.of(DensityGrid.of(s.run(), plan.simulation().gridCellM())));
        BufferedImage image = PngMapExport.render(scene, 800, 600);
        // text is where machines differ most (font hinting); 2 % of the pixels may differ
        ReferenceImages.assertMatches(image, "mosul-sample-800x600", 0.02);
    }
}
