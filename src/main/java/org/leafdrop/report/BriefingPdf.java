package org.leafdrop.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.leafdrop.coverage.DensityGrid;
import org.leafdrop.coverage.ExclusionCoverage;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.TargetCoverage;
import org.leafdrop.geo.Coordinates;
import org.leafdrop.io.AtomicFiles;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.model.WindLevel;
import org.leafdrop.model.WindProfile;
import org.leafdrop.render.MapPainter;
import org.leafdrop.sim.PreparedSortie;
import org.leafdrop.sim.Scenario;
import org.leafdrop.units.Units;

/**
 * The briefing PDF of a simulated plan (DESIGN.md, "report"): page 1 holds the title, the dates,
 * the map (painted by {@link MapPainter} as for the PNG export, at print resolution, embedded
 * losslessly) and a coverage summary; then a release table per sortie, the winds, the expected
 * coverage per target and exclusion, the warnings, and every assumed parameter. Text is real text
 * in Helvetica (Standard 14), passed through {@link PdfText#safe(String)}. Numbers are formatted
 * with {@link Locale#ROOT}; the generation time is the caller's, so the same inputs give the same
 * pages. Stateless and thread-safe.
 */
public final class BriefingPdf {
    /** Map image size in pixels: about 250 dpi across an A4 page's text width. */
    public static final int MAP_WIDTH_PX = 1800;
    public static final int MAP_HEIGHT_PX = 1300;
    /** The map is drawn as at 720 x 520 px, 2.5 times finer: its legend prints at about 8 pt. */
    static final double MAP_SCALE = 2.5;
    public static final String DEFAULT_MARKING = "UNCLASSIFIED - FOR PLANNING";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String NONE = "—";

    /** Paper sizes, in PDF points (1/72 in). */
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        private final PDRectangle box;

        Paper(PDRectangle box) {
            this.box = box;
        }
    }

    /**
     * What the briefing shows.
     *
     * @param scenario the prepared plan (resolved leaflets, headings, stores, assumptions)
     * @param density  the density grid for the map's heat layer, when computed
     */
    public record Input(Scenario scenario, PlanResult result, Optional<DensityGrid> density) {
        public Input {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(density, "density");
        }

        Plan plan() {
            return scenario.plan();
        }
    }

    /**
     * How the briefing is printed.
     *
     * @param marking      the line printed at the top and bottom of every page
     * @param generatedUtc the briefing's date and time, printed on page 1
     */
    public record Options(Paper paper, String marking, Instant generatedUtc) {
        public Options {
            Objects.requireNonNull(paper, "paper");
            Objects.requireNonNull(marking, "marking");
            Objects.requireNonNull(generatedUtc, "generatedUtc");
        }
    }

    private BriefingPdf() {
    }

    /** The briefing as PDF bytes. */
    public static byte[] toBytes(Input input, Options options) throws IOException {
        try (PDDocument document = build(input, options)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Writes the briefing atomically: a failure leaves {@code target} as it was. */
    public static void write(Input input, Options options, Path target) throws IOException {
        byte[] pdf = toBytes(input, options);
        AtomicFiles.write(target, out -> out.write(pdf));
    }

    /** The briefing as an open document; the caller closes it. */
    public static PDDocument build(Input input, Options options) throws IOException {
        PDDocument document = new PDDocument();
        try {
            Plan plan = input.plan();
            PDDocumentInformation info = document.getDocumentInformation();
            // the document title is metadata: Unicode in logical order, as any text field
            info.setTitle("Leaflet drop briefing: " + plan.name().replaceAll("\\p{Cntrl}", " "));
            info.setCreator("Leafdrop");
            PdfPages pages = new PdfPages(document, options.paper().box, PdfText.embeddedIn(document),
                    options.marking());
            firstPage(document, pages, input, options);
            releaseTables(pages, input);
            windTable(pages, plan);
            coverageTables(pages, input);
            warningsAndAssumptions(pages, input);
            pages.finish();
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    private static void firstPage(PDDocument document, PdfPages pages, Input input, Options options)
            throws IOException {
        Plan plan = input.plan();
        pages.newPage();
        pages.paragraph("Leaflet drop briefing", pages.bold(), 18);
        pages.paragraph(plan.name(), pages.bold(), 12);
        pages.gap(4);
        pages.paragraph("Briefing generated " + UTC.format(options.generatedUtc()) + "    Release date: "
                + releaseDate(plan) + "    Seed " + input.result().seed() + ", "
                + String.format(Locale.ROOT, "%,d", input.result().particlesPerSortie()) + " particles per sortie",
                pages.regular(), 9);
        pages.gap(6);
        pages.image(mapImage(document, input), pages.widthPt());
        pages.heading("Coverage summary", 11);
        PlanResult r = input.result();
        pages.paragraph(String.format(Locale.ROOT, "%,d leaflets in %d sorties; %,d (%.0f %%) land in targets, "
                        + "%,d in exclusions.", r.totals().leaflets(), r.sorties().size(), r.totals().leafletsInTargets(),
                100 * r.totals().fractionInTargets(), r.totals().leafletsInExclusions()), pages.regular(), 9);
        for (TargetCoverage t : r.targets()) {
            pages.bullet(String.format(Locale.ROOT, "%s: %,d leaflets, mean %,.0f per km2%s", targetLabel(plan, t.id()),
                    t.leafletsInside(), t.meanDensityPerKm2(), t.areaFractionAboveThreshold().isPresent()
                            ? String.format(Locale.ROOT, ", %.0f %% of the area at the desired density",
                            100 * t.areaFractionAboveThreshold().getAsDouble()) : ""), 9);
        }
        if (!r.warnings().isEmpty()) {
            pages.paragraph(r.warnings().size() + " warning(s): see \"Warnings\".", pages.regular(), 9);
        }
    }

    private static PDImageXObject mapImage(PDDocument document, Input input) throws IOException {
        MapPainter.Scene scene = new MapPainter.Scene(input.plan(), input.scenario().frame(),
                Optional.of(input.result()), input.density());
        BufferedImage argb = PngMapExport.render(scene, MAP_WIDTH_PX, MAP_HEIGHT_PX, MAP_SCALE);
        // opaque RGB on white: no soft mask in the PDF, the same pixels on every viewer
        BufferedImage rgb = new BufferedImage(MAP_WIDTH_PX, MAP_HEIGHT_PX, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, MAP_WIDTH_PX, MAP_HEIGHT_PX);
            g.drawImage(argb, 0, 0, null);
        } finally {
            g.dispose();
        }
        return LosslessFactory.createFromImage(document, rgb);
    }

    private static void releaseTables(PdfPages pages, Input input) throws IOException {
        pages.newPage();
        pages.heading("Release tables", 14);
        for (PreparedSortie p : input.scenario().sorties()) {
            Sortie s = p.sortie();
            pages.heading("Sortie " + s.id() + s.name().map(n -> " (" + n + ")").orElse(""), 11);
            List<LonLat> track = s.track().positions();
            LonLat start = track.get(0);
            LonLat end = track.get(track.size() - 1);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("Aircraft", s.aircraft().orElse("not given")));
            rows.add(List.of("Release method", method(p)));
            rows.add(List.of("Track start", position(start)));
            rows.add(List.of("Track end", track.size() == 1 ? "(a point release)" : position(end)));
            rows.add(List.of("Heading", Double.isNaN(p.headingDeg()) ? "not given"
                    : String.format(Locale.ROOT, "%03.0f deg true", p.headingDeg())));
            rows.add(List.of("Altitude (AGL)", String.format(Locale.ROOT, "%,.0f ft / %,.0f m",
                    Units.mToFt(s.altitudeAglM()), s.altitudeAglM())));
            rows.add(List.of("Ground speed", String.format(Locale.ROOT, "%.0f kt%s", Units.mpsToKt(p.groundSpeedMps()),
                    s.groundSpeedMps().isPresent() ? "" : " (assumed)")));
            rows.add(List.of("Release time", s.releaseTimeUtc().map(UTC::format).orElse("not given")));
            rows.add(List.of("Leaflet type", p.leaflet().name().equals(p.leaflet().id()) ? p.leaflet().id()
                    : p.leaflet().id() + " - " + p.leaflet().name()));
            rows.add(List.of("Leaflet count", String.format(Locale.ROOT, "%,d", p.leaflets())));
            rows.add(List.of("Weight", weight(p)));
            rows.add(List.of("Boxes or bombs needed", stores(p)));
            pages.table(List.of("Sortie " + s.id(), "Value"), new float[] {1, 3}, rows, 9);
        }
    }

    private static String position(LonLat p) {
        String mgrs = Coordinates.mgrs(p.lonDeg(), p.latDeg());
        return Coordinates.decimalDegrees(p.lonDeg(), p.latDeg()) + (mgrs.isEmpty() ? "" : "   MGRS " + mgrs);
    }

    private static String method(PreparedSortie p) {
        ReleaseMethod m = p.sortie().releaseMethod();
        if (m instanceof ReleaseMethod.LeafletBomb bomb) {
            return String.format(Locale.ROOT, "leaflet bomb%s, burst %,.0f ft / %,.0f m AGL",
                    p.store().map(d -> " " + d.id()).orElse(""), Units.mToFt(bomb.burstAltitudeAglM()),
                    bomb.burstAltitudeAglM());
        }
        if (m instanceof ReleaseMethod.StaticLineBox) {
            return "static-line box";
        }
        return "free fall";
    }

    /** Weight from the type's leaflets per pound; "n/a" when the type does not say. */
    static String weight(PreparedSortie p) {
        if (p.leaflet().leafletsPerLb().isEmpty() || !(p.leaflet().leafletsPerLb().getAsDouble() > 0)) {
            return "n/a (leaflets per pound unknown for this type)";
        }
        double lb = p.leaflets() / p.leaflet().leafletsPerLb().getAsDouble();
        return String.format(Locale.ROOT, "%,.0f lb / %,.0f kg", lb, Units.lbToKg(lb));
    }

    /** ceil(count / capacity) stores, as the scenario loads them; a dash for free fall. */
    static String stores(PreparedSortie p) {
        if (!p.usesStores()) {
            return NONE;
        }
        int n = p.openings().size();
        boolean bomb = p.sortie().releaseMethod() instanceof ReleaseMethod.LeafletBomb;
        String kind = bomb ? (n == 1 ? "bomb" : "bombs") : (n == 1 ? "box" : "boxes");
        return String.format(Locale.ROOT, "%,d %s%s", n, kind,
                p.store().map(d -> " (" + d.id() + ", " + String.format(Locale.ROOT, "%,d", d.capacityLeaflets())
                        + " leaflets each" + (bomb ? "" : " unless the plan says") + ")").orElse(""));
    }

    private static void windTable(PdfPages pages, Plan plan) throws IOException {
        pages.heading("Winds", 14);
        String source = plan.weather().source().orElse("not given")
                + plan.weather().station().map(st -> ", station " + st.id()).orElse("");
        List<List<String>> rows = new ArrayList<>();
        for (WindProfile profile : plan.weather().profiles()) {
            String valid = profile.validTimeUtc().or(() -> plan.weather().validTimeUtc()).map(UTC::format)
                    .orElse("not given");
            for (WindLevel w : profile.levels()) {
                rows.add(List.of(String.format(Locale.ROOT, "%,.0f", Units.mToFt(w.altitudeMslM())),
                        String.format(Locale.ROOT, "%,.0f", w.altitudeMslM()),
                        String.format(Locale.ROOT, "%03.0f", w.fromDeg()),
                        String.format(Locale.ROOT, "%.0f", Units.mpsToKt(w.speedMps())),
                        String.format(Locale.ROOT, "%.1f", w.speedMps()), source, valid));
            }
        }
        pages.table(List.of("Height ft MSL", "Height m MSL", "From deg", "Speed kt", "Speed m/s", "Source",
                "Valid (UTC)"), new float[] {1.1f, 1.1f, 0.9f, 0.9f, 0.9f, 2.6f, 1.6f}, rows, 8);
    }

    private static void coverageTables(PdfPages pages, Input input) throws IOException {
        Plan plan = input.plan();
        pages.heading("Expected coverage", 14);
        List<List<String>> rows = new ArrayList<>();
        for (TargetCoverage t : input.result().targets()) {
            rows.add(List.of(targetLabel(plan, t.id()), String.format(Locale.ROOT, "%,.2f", t.areaKm2()),
                    String.format(Locale.ROOT, "%,d", t.leafletsInside()),
                    String.format(Locale.ROOT, "%,.0f", t.meanDensityPerKm2()),
                    t.areaFractionAboveThreshold().isPresent() ? String.format(Locale.ROOT, "%.0f %% (%s/km2)",
                            100 * t.areaFractionAboveThreshold().getAsDouble(), desired(plan, t.id())) : "n/a",
                    t.leafletsPerResident().isPresent()
                            ? String.format(Locale.ROOT, "%.2f", t.leafletsPerResident().getAsDouble()) : "n/a"));
        }
        pages.table(List.of("Target", "Area km2", "Leaflets landed", "Density per km2",
                "Area at desired density", "Leaflets per resident"), new float[] {2.4f, 1, 1.2f, 1.2f, 1.6f, 1.2f},
                rows, 8);
        if (!input.result().exclusions().isEmpty()) {
            pages.gap(8);
            List<List<String>> ex = new ArrayList<>();
            for (ExclusionCoverage e : input.result().exclusions()) {
                String name = plan.exclusions().stream().filter(x -> x.id().equals(e.id())).findFirst()
                        .flatMap(x -> x.name()).map(n -> e.id() + " (" + n + ")").orElse(e.id());
                ex.add(List.of(name, String.format(Locale.ROOT, "%,d", e.leafletsInside())));
            }
            pages.table(List.of("Exclusion", "Leaflets landed"), new float[] {3, 1}, ex, 8);
        }
    }

    private static String desired(Plan plan, String targetId) {
        double d = plan.target(targetId).flatMap(t -> t.desiredDensityPerKm2().isPresent()
                ? Optional.of(t.desiredDensityPerKm2().getAsDouble()) : Optional.empty())
                .orElse(plan.simulation().densityThresholdPerKm2());
        return String.format(Locale.ROOT, "%,.0f", d);
    }

    private static String targetLabel(Plan plan, String id) {
        return plan.target(id).flatMap(Target::name).map(n -> id + " (" + n + ")").orElse(id);
    }

    private static void warningsAndAssumptions(PdfPages pages, Input input) throws IOException {
        pages.heading("Warnings", 14);
        if (input.result().warnings().isEmpty()) {
            pages.paragraph("None.", pages.regular(), 9);
        }
        for (String w : input.result().warnings()) {
            pages.bullet(w, 9);
        }
        pages.heading("Assumed parameters (no source in the plan)", 14);
        List<String> assumed = assumedParameters(input);
        if (assumed.isEmpty()) {
            pages.paragraph("None.", pages.regular(), 9);
        }
        for (String a : assumed) {
            pages.bullet(a, 9);
        }
    }

    /**
     * The scenario's assumptions, the result's warnings that say "assum", then plan entries that
     * call themselves assumed (a wind source, an aircraft, a leaflet type) and ground speeds the
     * plan leaves out, each once.
     */
    static List<String> assumedParameters(Input input) {
        Set<String> out = new LinkedHashSet<>(input.scenario().assumptions());
        for (String w : input.result().warnings()) {
            if (saysAssumed(w)) {
                out.add(w);
            }
        }
        Plan plan = input.plan();
        plan.weather().source().filter(BriefingPdf::saysAssumed).ifPresent(src -> out.add("winds: " + src));
        for (PreparedSortie p : input.scenario().sorties()) {
            Sortie s = p.sortie();
            s.aircraft().filter(BriefingPdf::saysAssumed).ifPresent(a -> out.add("sortie " + s.id() + ": aircraft "
                    + a));
            if (saysAssumed(p.leaflet().name())) {
                out.add("sortie " + s.id() + ": leaflet type " + p.leaflet().id() + ", " + p.leaflet().name());
            }
            if (s.groundSpeedMps().isEmpty()) {
                out.add(String.format(Locale.ROOT, "sortie %s: ground speed %.0f kt assumed", s.id(),
                        Units.mpsToKt(p.groundSpeedMps())));
            }
        }
        return List.copyOf(out);
    }

    private static boolean saysAssumed(String text) {
        return text.toLowerCase(Locale.ROOT).contains("assum");
    }

    /** The plan's release date: the day of its first timed sortie, else of its weather, else "not given". */
    static String releaseDate(Plan plan) {
        return plan.sorties().stream().map(Sortie::releaseTimeUtc).flatMap(Optional::stream).min(Instant::compareTo)
                .or(() -> plan.weather().validTimeUtc()).map(DAY::format).orElse("not given");
    }
}
