package org.leafdrop.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.leafdrop.coverage.CoverageTotals;
import org.leafdrop.coverage.ExclusionCoverage;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.RunInfo;
import org.leafdrop.coverage.SortieResult;
import org.leafdrop.coverage.SortieStatistics;
import org.leafdrop.coverage.TargetCoverage;
import org.leafdrop.geo.Coordinates;
import org.leafdrop.model.LonLat;
import org.leafdrop.planning.EnsembleRun;

/**
 * The result file {@code *.result.json} (PLAN-FORMAT.md, "Result file"): format
 * {@code leafdrop-result}, version 1. Written pretty-printed with "\n" line ends and numbers
 * rounded so that files are readable and the same bits on every machine: lengths to 0.1 m, times
 * to 0.1 s, longitudes and latitudes to 7 decimals (about 1 cm), bearings to 0.1 degree, fractions,
 * areas, densities and per-resident counts to 6 significant digits; leaflet and particle counts
 * are integers. Beyond the documented fields a sortie carries {@code particlesNotLanded}, the
 * centroids' local-frame {@code eastM}/{@code northM} and {@code landingCentroidMgrs} (not read
 * back: it follows from the centroid). A sortie with no landed particle has no statistics fields.
 * Stateless and thread-safe.
 */
public final class ResultJson {
    public static final String FORMAT = "leafdrop-result";
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final MathContext SIGNIFICANT = new MathContext(6, RoundingMode.HALF_EVEN);

    private ResultJson() {
    }

    /** The result as the text of a result file (UTF-8 when written out), ending with a line break. */
    public static String toJson(PlanResult r) {
        return toJson(r, Optional.empty());
    }

    /**
     * The result with the figures of an ensemble run ({@code simulate --ensemble}) in an
     * {@code ensemble} object after {@code totals}: the members' source and count, per target the
     * probability of reaching the density threshold, per sortie the spread of the landing centroid.
     */
    public static String toJson(PlanResult r, Optional<EnsembleRun.Summary> ensemble) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            writeResult(g, r, ensemble);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString() + "\n";
    }

    private static void writeEnsemble(JsonGenerator g, EnsembleRun.Summary e) throws IOException {
        g.writeObjectFieldStart("ensemble");
        g.writeStringField("source", e.source());
        g.writeNumberField("members", e.members());
        g.writeArrayFieldStart("targets");
        for (EnsembleRun.TargetOdds t : e.targets()) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeNumberField("probabilityAboveThreshold", significant(t.probabilityAboveThreshold()));
            g.writeNumberField("meanAreaFractionAboveThreshold", significant(t.meanAreaFractionAboveThreshold()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sorties");
        for (EnsembleRun.SortieSpread s : e.sorties()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            if (Double.isFinite(s.centroidSpreadM())) {
                g.writeNumberField("centroidSpreadM", fixed(s.centroidSpreadM(), 1));
            }
            if (s.meanMissM().isPresent()) {
                g.writeNumberField("meanMissM", fixed(s.meanMissM().get(), 1));
                g.writeNumberField("maxMissM", fixed(s.maxMissM().orElseThrow(), 1));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static void writeResult(JsonGenerator g, PlanResult r, Optional<EnsembleRun.Summary> ensemble)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("planName", r.planName());
        g.writeNumberField("seed", r.seed());
        g.writeNumberField("particlesPerSortie", r.particlesPerSortie());
        g.writeArrayFieldStart("sorties");
        for (SortieResult s : r.sorties()) {
            writeSortie(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("targets");
        for (TargetCoverage t : r.targets()) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeNumberField("areaKm2", significant(t.areaKm2()));
            g.writeNumberField("leafletsInside", t.leafletsInside());
            g.writeNumberField("fractionOfLeafletsInside", significant(t.fractionOfLeafletsInside()));
            if (t.areaFractionAboveThreshold().isPresent()) {
                g.writeNumberField("areaFractionAboveThreshold", significant(t.areaFractionAboveThreshold().getAsDouble()));
            }
            g.writeNumberField("meanDensityPerKm2", significant(t.meanDensityPerKm2()));
            if (t.leafletsPerResident().isPresent()) {
                g.writeNumberField("leafletsPerResident", significant(t.leafletsPerResident().getAsDouble()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("exclusions");
        for (ExclusionCoverage e : r.exclusions()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeNumberField("leafletsInside", e.leafletsInside());
            g.writeEndObject();
        }
        g.writeEndArray();
        CoverageTotals t = r.totals();
        g.writeObjectFieldStart("totals");
        g.writeNumberField("leaflets", t.leaflets());
        g.writeNumberField("leafletsInTargets", t.leafletsInTargets());
        g.writeNumberField("fractionInTargets", significant(t.fractionInTargets()));
        g.writeNumberField("leafletsInExclusions", t.leafletsInExclusions());
        g.writeEndObject();
        if (ensemble.isPresent()) {
            writeEnsemble(g, ensemble.get());
        }
        g.writeArrayFieldStart("warnings");
        for (String w : r.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        RunInfo run = r.run();
        g.writeObjectFieldStart("run");
        g.writeStringField("leafdropVersion", run.leafdropVersion());
        g.writeNumberField("threads", run.threads());
        g.writeNumberField("elapsedMs", run.elapsedMs());
        g.writeStringField("javaVersion", run.javaVersion());
        g.writeStringField("startedUtc", run.startedUtc().toString());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeSortie(JsonGenerator g, SortieResult s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeNumberField("leaflets", s.leaflets());
        g.writeNumberField("particles", s.particles());
        g.writeNumberField("particlesNotLanded", s.particlesNotLanded());
        if (s.statistics().isPresent()) {
            SortieStatistics st = s.statistics().get();
            g.writeObjectFieldStart("fallTimeS");
            g.writeNumberField("mean", fixed(st.fallTime().meanS(), 1));
            g.writeNumberField("p05", fixed(st.fallTime().p05S(), 1));
            g.writeNumberField("p95", fixed(st.fallTime().p95S(), 1));
            g.writeEndObject();
            writeCentroid(g, "releaseCentroid", st.releaseCentroid());
            writeCentroid(g, "landingCentroid", st.landingCentroid());
            LonLat landing = st.landingCentroid().lonLat();
            g.writeStringField("landingCentroidMgrs", Coordinates.mgrs(landing.lonDeg(), landing.latDeg()));
            g.writeNumberField("driftM", fixed(st.driftM(), 1));
            g.writeNumberField("driftBearingDeg", bearing(st.driftBearingDeg(), 360));
            g.writeObjectFieldStart("ellipse");
            g.writeNumberField("sigmaMajorM", fixed(st.ellipse().sigmaMajorM(), 1));
            g.writeNumberField("sigmaMinorM", fixed(st.ellipse().sigmaMinorM(), 1));
            g.writeNumberField("majorAxisBearingDeg", bearing(st.ellipse().majorAxisBearingDeg(), 180));
            g.writeEndObject();
            g.writeNumberField("r50M", fixed(st.r50M(), 1));
            g.writeNumberField("r90M", fixed(st.r90M(), 1));
        }
        SortieResult.Doctrinal d = s.doctrinal();
        g.writeObjectFieldStart("doctrinal");
        g.writeNumberField("fallTimeS", fixed(d.fallTimeS(), 1));
        g.writeNumberField("driftM", fixed(d.driftM(), 1));
        g.writeNumberField("driftBearingDeg", bearing(d.driftBearingDeg(), 360));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeCentroid(JsonGenerator g, String name, SortieStatistics.Centroid c) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("lon", fixed(c.lonLat().lonDeg(), 7));
        g.writeNumberField("lat", fixed(c.lonLat().latDeg(), 7));
        g.writeNumberField("eastM", fixed(c.eastM(), 1));
        g.writeNumberField("northM", fixed(c.northM(), 1));
        g.writeEndObject();
    }

    /** Rounded to {@code decimals} places, trailing zeros dropped but one decimal kept ("6800.0"). */
    private static BigDecimal fixed(double v, int decimals) {
        return tidy(decimal(v).setScale(decimals, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal significant(double v) {
        return tidy(decimal(v).round(SIGNIFICANT));
    }

    /** A bearing to 0.1 degree, where rounding up to the modulus (360 or 180) wraps to 0. */
    private static BigDecimal bearing(double deg, int modulus) {
        BigDecimal b = fixed(deg, 1);
        return b.compareTo(BigDecimal.valueOf(modulus)) >= 0 ? tidy(BigDecimal.ZERO) : b;
    }

    private static BigDecimal decimal(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a result number must be finite, was " + v);
        }
        return BigDecimal.valueOf(v);
    }

    private static BigDecimal tidy(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 1 ? s.setScale(1) : s;
    }

    /**
     * Reads a result file's text as {@link #toJson} writes it (golden tests, comparisons):
     * {@code run}, {@code particlesNotLanded} and the centroids' {@code eastM}/{@code northM} are
     * required besides the fields of PLAN-FORMAT.md; unknown fields are ignored.
     *
     * @throws IllegalArgumentException when the text is not JSON, not a version-1 result, or a
     *                                  field is missing or wrong; the message names the JSON path
     */
    public static PlanResult fromJson(String json) {
        JsonNode root;
        try {
            root = Reading.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("result JSON is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException("result JSON is empty");
        }
        Obj r = new Obj(root, "$");
        String format = r.text("format");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("$.format: expected \"" + FORMAT + "\", got \"" + format + "\"");
        }
        long version = r.integer("version");
        if (version != VERSION) {
            throw new IllegalArgumentException("$.version: this Leafdrop reads result version " + VERSION
                    + ", got " + version);
        }
        List<SortieResult> sorties = new ArrayList<>();
        for (Obj s : r.array("sorties")) {
            sorties.add(readSortie(s));
        }
        List<TargetCoverage> targets = new ArrayList<>();
        for (Obj t : r.array("targets")) {
            targets.add(t.make(() -> new TargetCoverage(t.text("id"), t.number("areaKm2"), t.integer("leafletsInside"),
                    t.number("fractionOfLeafletsInside"),
                    t.has("areaFractionAboveThreshold") ? OptionalDouble.of(t.number("areaFractionAboveThreshold"))
                            : OptionalDouble.empty(), t.number("meanDensityPerKm2"),
                    t.has("leafletsPerResident") ? OptionalDouble.of(t.number("leafletsPerResident"))
                            : OptionalDouble.empty())));
        }
        List<ExclusionCoverage> exclusions = new ArrayList<>();
        for (Obj e : r.array("exclusions")) {
            exclusions.add(e.make(() -> new ExclusionCoverage(e.text("id"), e.integer("leafletsInside"))));
        }
        Obj t = r.obj("totals");
        CoverageTotals totals = t.make(() -> new CoverageTotals(t.integer("leaflets"), t.integer("leafletsInTargets"),
                t.number("fractionInTargets"), t.integer("leafletsInExclusions")));
        List<String> warnings = new ArrayList<>();
        for (Obj w : r.array("warnings")) {
            warnings.add(w.asText());
        }
        Obj run = r.obj("run");
        RunInfo runInfo = run.make(() -> new RunInfo(run.text("leafdropVersion"), run.int32("threads"),
                run.integer("elapsedMs"), run.text("javaVersion"), run.instant("startedUtc")));
        return r.make(() -> new PlanResult(r.text("planName"), r.integer("seed"), r.int32("particlesPerSortie"),
                sorties, targets, exclusions, totals, warnings, runInfo));
    }

    private static SortieResult readSortie(Obj s) {
        Optional<SortieStatistics> stats = Optional.empty();
        if (s.has("fallTimeS")) {
            Obj f = s.obj("fallTimeS");
            Obj e = s.obj("ellipse");
            SortieStatistics.FallTimes fall = f.make(() ->
                    new SortieStatistics.FallTimes(f.number("mean"), f.number("p05"), f.number("p95")));
            SortieStatistics.Ellipse ellipse = e.make(() -> new SortieStatistics.Ellipse(e.number("sigmaMajorM"),
                    e.number("sigmaMinorM"), e.number("majorAxisBearingDeg")));
            SortieStatistics.Centroid release = readCentroid(s.obj("releaseCentroid"));
            SortieStatistics.Centroid landing = readCentroid(s.obj("landingCentroid"));
            stats = Optional.of(s.make(() -> new SortieStatistics(fall, release, landing, s.number("driftM"),
                    s.number("driftBearingDeg"), ellipse, s.number("r50M"), s.number("r90M"))));
        }
        Obj d = s.obj("doctrinal");
        SortieResult.Doctrinal doctrinal = d.make(() -> new SortieResult.Doctrinal(d.number("fallTimeS"),
                d.number("driftM"), d.number("driftBearingDeg")));
        Optional<SortieStatistics> statistics = stats;
        return s.make(() -> new SortieResult(s.text("id"), s.integer("leaflets"), s.int32("particles"),
                s.int32("particlesNotLanded"), statistics, doctrinal));
    }

    private static SortieStatistics.Centroid readCentroid(Obj c) {
        return c.make(() -> new SortieStatistics.Centroid(c.number("eastM"), c.number("northM"),
                new LonLat(c.number("lon"), c.number("lat"))));
    }

    /** A JSON node with its path, whose accessors fail naming the field and the fault. */
    private record Obj(JsonNode node, String path) {
        boolean has(String name) {
            return node.has(name) && !node.get(name).isNull();
        }

        private JsonNode field(String name, String kind) {
            if (!node.isObject()) {
                throw new IllegalArgumentException(path + ": must be an object");
            }
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw new IllegalArgumentException(path + ": missing " + kind + " field \"" + name + "\"");
            }
            return v;
        }

        String text(String name) {
            JsonNode v = field(name, "text");
            if (!v.isTextual()) {
                throw new IllegalArgumentException(path + "." + name + ": must be text");
            }
            return v.textValue();
        }

        String asText() {
            if (!node.isTextual()) {
                throw new IllegalArgumentException(path + ": must be text");
            }
            return node.textValue();
        }

        double number(String name) {
            JsonNode v = field(name, "number");
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw new IllegalArgumentException(path + "." + name + ": must be a finite number");
            }
            return v.doubleValue();
        }

        long integer(String name) {
            JsonNode v = field(name, "integer");
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw new IllegalArgumentException(path + "." + name + ": must be a whole number");
            }
            return v.longValue();
        }

        int int32(String name) {
            long v = integer(name);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(path + "." + name + ": out of range: " + v);
            }
            return (int) v;
        }

        Instant instant(String name) {
            String t = text(name);
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(path + "." + name + ": not a UTC time like 2016-10-15T22:30:00Z: " + t, e);
            }
        }

        Obj obj(String name) {
            JsonNode v = field(name, "object");
            if (!v.isObject()) {
                throw new IllegalArgumentException(path + "." + name + ": must be an object");
            }
            return new Obj(v, path + "." + name);
        }

        List<Obj> array(String name) {
            JsonNode v = field(name, "array");
            if (!v.isArray()) {
                throw new IllegalArgumentException(path + "." + name + ": must be an array");
            }
            List<Obj> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                out.add(new Obj(v.get(i), path + "." + name + "[" + i + "]"));
            }
            return out;
        }

        /** Builds a value, naming this object's path when the value's own checks fail. */
        <T> T make(Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("$")) {
                    throw e;
                }
                throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
            }
        }
    }

    /** The mapper for reading results back, made on first use: writing needs only the generator. */
    private static final class Reading {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
