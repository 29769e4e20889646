package org.leafdrop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.io.AsciiGridExport;
import org.leafdrop.io.AtomicFiles;
import org.leafdrop.io.GeoJsonExport;
import org.leafdrop.io.KmlExport;
import org.leafdrop.io.LandingsCsv;
import org.leafdrop.io.MapFeature;
import org.leafdrop.io.MapFeatures;
import org.leafdrop.render.MapPainter;
import org.leafdrop.report.BriefingPdf;
import org.leafdrop.report.PngMapExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code leafdrop export PLAN --to FORMAT -o FILE}: simulate with the plan's settings, then write a
 * GIS file, the map image or the PDF briefing.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Simulate the plan with its settings, then write a file for GIS tools:",
            "  geojson  FeatureCollection",
            "  kml      KML 2.2, folders per kind",
            "  csv      landing points",
            "  grid     ESRI ASCII grid of leaflets per km2 in UTM, with a .prj",
            "  png      the map",
            "  pdf      the briefing: map, release tables, winds, coverage, warnings,",
            "           assumptions"})
final class ExportCommand extends PlanCommand implements Callable<Integer> {
    /** Formats of PLAN-FORMAT.md's export table. */
    enum Format { GEOJSON, KML, CSV, GRID, PDF, PNG }

    /**
     * PDFBox warns through java.util.logging when the Standard 14 fonts have no installed
     * counterpart for on-screen rendering; the PDF only references them, so the notice is noise on
     * the command line. Held here so the level is not lost with a collected logger.
     */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "geojson, kml, csv, grid, png or pdf.")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--ensemble", description = {"Also run the weather ensemble (as simulate --ensemble) and add",
        "probability contours (0.5 and 0.9) of reaching the plan's density threshold to geojson and kml."})
    boolean ensemble;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4",
            description = "pdf only: a4 (default) or letter.")
    String paper;

    @Option(names = "--marking", paramLabel = "TEXT", defaultValue = BriefingPdf.DEFAULT_MARKING,
            description = "pdf only: the line printed at the top and bottom of every page (default: ${DEFAULT-VALUE}).")
    String marking;

    @Mixin
    SimulationOptions options;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BriefingPdf.Paper paperSize = paperSize();
        if (ensemble && (format == Format.CSV || format == Format.GRID)) {
            throw new UserInputException("--ensemble adds probability contours to geojson and kml; it does not apply "
                    + "to --to " + format.name().toLowerCase(Locale.ROOT));
        }
        PlanLoading.checkOutput(output, plan, "-o");
        Optional<PlanSimulation.Simulated> simulated = PlanSimulation.run(plan, options, err);
        if (simulated.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        PlanSimulation.Simulated s = simulated.get();
        if (format == Format.PDF) {
            PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
            try {
                BriefingPdf.write(new BriefingPdf.Input(s.scenario(), s.result(),
                                Optional.of(DensityGrid.of(s.run(), s.plan().simulation().gridCellM()))),
                        new BriefingPdf.Options(paperSize, marking, Instant.now()), PlanLoading.writeTarget(output));
            } catch (IOException e) {
                throw new UserInputException("-o " + output + ": cannot write the briefing (" + e.getMessage() + ")");
            }
            err.println("Written to " + output);
            return ExitCodes.OK;
        }
        if (format == Format.PNG) {
            try {
                PngMapExport.write(new MapPainter.Scene(s.plan(), s.run().frame(), Optional.of(s.result()),
                        Optional.of(DensityGrid.of(s.run(), s.plan().simulation().gridCellM()))),
                        PlanLoading.writeTarget(output));
            } catch (IOException e) {
                throw new UserInputException("-o " + output + ": cannot write the image (" + e.getMessage() + ")");
            }
            err.println("Written to " + output);
            return ExitCodes.OK;
        }
        if (format == Format.GRID) {
            PlanLoading.checkOutput(AsciiGridExport.prjPath(output), plan, "-o (its .prj)");
            try {
                AsciiGridExport.write(AsciiGridExport.of(DensityGrid.of(s.run(), s.plan().simulation().gridCellM()),
                        s.run().frame()), PlanLoading.writeTarget(output));
            } catch (IOException e) {
                throw new UserInputException("-o " + output + ": cannot write the grid (" + e.getMessage() + ")");
            }
            err.println("Written to " + output + " and " + AsciiGridExport.prjPath(output));
            return ExitCodes.OK;
        }
        String text;
        if (format == Format.CSV) {
            text = LandingsCsv.toCsv(s.run());
        } else {
            java.util.List<MapFeature> features = MapFeatures.of(s.plan(), s.result(), s.run().frame(),
                    Optional.of(DensityGrid.of(s.run(), s.plan().simulation().gridCellM())));
            if (ensemble) {
                org.leafdrop.planning.EnsembleRun.Summary odds = PlanSimulation.ensemble(s, options, err);
                features = MapFeatures.withProbabilityContours(features, odds.probabilityAboveThreshold(),
                        s.plan().simulation().densityThresholdPerKm2(), s.run().frame());
            }
            text = format == Format.GEOJSON ? GeoJsonExport.toJson(s.plan().name(), features)
                    : KmlExport.toKml(s.plan().name(), features);
        }
        try {
            AtomicFiles.writeString(PlanLoading.writeTarget(output), text);
        } catch (IOException e) {
            throw new UserInputException("-o " + output + ": cannot write the file (" + e.getMessage() + ")");
        }
        err.println("Written to " + output);
        return ExitCodes.OK;
    }

    /** --paper, checked before the simulation runs; only pdf uses it. */
    private BriefingPdf.Paper paperSize() {
        switch (paper.toLowerCase(Locale.ROOT)) {
            case "a4":
                return BriefingPdf.Paper.A4;
            case "letter":
                return BriefingPdf.Paper.LETTER;
            default:
                throw new UserInputException("--paper " + paper + ": use a4 or letter");
        }
    }
}
