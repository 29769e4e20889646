package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import mil.nga.grid.features.Point;
import mil.nga.mgrs.utm.UTM;
import org.junit.jupiter.api.Test;
import org.leafdrop.coverage.CoverageFixtures;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.sim.SimulationRun;
import org.leafdrop.sim.SortieLandings;

class AsciiGridExportTest {
    /** 1,000,000 leaflets in a Gaussian cloud of 400 m around a point 3 km east, 2 km north of Mosul's frame. */
    private static SimulationRun cloud() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 50_000;
        double[] e = new double[n];
        double[] no = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = 3000 + 400 * rng.nextGaussian();
            no[i] = 2000 + 400 * rng.nextGaussian();
        }
        SortieLandings l = CoverageFixtures.landings("s1", 1_000_000, n, 0, 0, e, no, 600);
        return new SimulationRun(CoverageFixtures.MOSUL, 5, n, List.of(l));
    }

    @Test
    void gridIsInTheUtmZoneOfTheFrameAndHoldsTheLeaflets() {
        SimulationRun run = cloud();
        AsciiGridExport.Files files = AsciiGridExport.of(DensityGrid.of(run, 100), run.frame());
        String[] lines = files.grid().split("\n");
        assertThat(lines[0]).startsWith("ncols ");
        int ncols = Integer.parseInt(lines[0].split(" ")[1]);
        int nrows = Integer.parseInt(lines[1].split(" ")[1]);
        double xll = Double.parseDouble(lines[2].split(" ")[1]);
        double yll = Double.parseDouble(lines[3].split(" ")[1]);
        assertThat(lines[4]).isEqualTo("cellsize 100");
        assertThat(lines[5]).isEqualTo("NODATA_value -9999");
        assertThat(lines).hasSize(6 + nrows);
        double total = 0;
        double peak = -1;
        int peakRow = 0;
        int peakCol = 0;
        for (int r = 0; r < nrows; r++) {
            String[] cells = lines[6 + r].split(" ");
            assertThat(cells).hasSize(ncols);
            for (int c = 0; c < ncols; c++) {
                double v = Double.parseDouble(cells[c]);
                total += v * 0.01; // 100 m cells are 0.01 km2
                if (v > peak) {
                    peak = v;
                    peakRow = r;
                    peakCol = c;
                }
            }
        }
        // resampled by cell centres onto a grid turned by the meridian convergence: within 1 %
        assertThat(total).isCloseTo(1_000_000, within(10_000.0));
        // the densest cell is where the cloud is: rows run from north to south
        double[] ll = run.frame().toLonLat(3000, 2000);
        UTM centre = UTM.from(Point.point(ll[0], ll[1]), 38, mil.nga.grid.Hemisphere.NORTH);
        double peakX = xll + (peakCol + 0.5) * 100;
        double peakY = yll + (nrows - peakRow - 0.5) * 100;
        assertThat(Math.hypot(peakX - centre.getEasting(), peakY - centre.getNorthing())).isLessThan(200);
        assertThat(files.prj()).startsWith("PROJCS[\"WGS_1984_UTM_Zone_38N\"").contains("\"Central_Meridian\",45.0");
    }

    @Test
    void theProjectionFileSitsBesideTheGrid() {
        assertThat(AsciiGridExport.prjPath(java.nio.file.Path.of("out/density.asc")))
                .isEqualTo(java.nio.file.Path.of("out/density.prj"));
        assertThat(AsciiGridExport.prjPath(java.nio.file.Path.of("grid"))).isEqualTo(java.nio.file.Path.of("grid.prj"));
        assertThat(AsciiGridExport.prj(20, mil.nga.grid.Hemisphere.SOUTH)).contains("Zone_20S")
                .contains("\"False_Northing\",10000000.0").contains("\"Central_Meridian\",-63.0");
    }
}
