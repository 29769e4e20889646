package org.leafdrop.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.Device;
import org.leafdrop.model.DeviceCatalog;
import org.leafdrop.model.LeafletCatalog;
import org.leafdrop.model.LeafletSpec;
import org.leafdrop.model.LeafletTypes;
import org.leafdrop.model.Limits;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.ReleaseMethod;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Turbulence;
import org.leafdrop.weather.AtmosphereModel;
import org.leafdrop.weather.TurbulenceProfile;
import org.leafdrop.weather.WindField;

/**
 * A plan made ready to simulate: its local frame (PHYSICS.md section 8: at the first target's
 * centroid, else at the first sortie's release point), the air, and each sortie resolved. The
 * assumptions it had to make are listed in {@link #assumptions()} for the result and briefing.
 * Immutable and thread-safe; one scenario with a seed is a pure function of the plan.
 */
public final class Scenario {
    /** Free-fall initial cloud radius (aircraft wake), PLAN-FORMAT.md. */
    public static final double FREE_FALL_RADIUS_M = 5;

    private final Plan plan;
    private final LocalFrame frame;
    private final AtmosphereModel atmosphere;
    private final WindField wind;
    private final TurbulenceProfile turbulence;
    private final List<PreparedSortie> sorties;
    private final List<String> assumptions;

    private Scenario(Plan plan, LocalFrame frame, AtmosphereModel atmosphere, WindField wind,
                     TurbulenceProfile turbulence, List<PreparedSortie> sorties, List<String> assumptions) {
        this.plan = plan;
        this.frame = frame;
        this.atmosphere = atmosphere;
        this.wind = wind;
        this.turbulence = turbulence;
        this.sorties = List.copyOf(sorties);
        this.assumptions = List.copyOf(assumptions);
    }

    /**
     * Prepares a plan with the bundled catalogs.
     *
     * @throws IllegalArgumentException when the plan references an unknown leaflet type, device or
     *                                  cannot be simulated (the plan reader reports these first)
     */
    public static Scenario prepare(Plan plan) {
        return prepare(plan, LeafletCatalog.bundled(), DeviceCatalog.bundled());
    }

    public static Scenario prepare(Plan plan, LeafletCatalog catalog, DeviceCatalog devices) {
        LocalFrame frame = frameFor(plan);
        AtmosphereModel air = AtmosphereModel.of(plan.weather().atmosphere());
        WindField wind = WindField.of(plan.weather().profiles());
        TurbulenceProfile turb = new TurbulenceProfile(plan.weather().turbulence());
        List<String> notes = new ArrayList<>();
        if (!plan.weather().ensemble().isEmpty()) {
            notes.add("weather.ensemble has " + plan.weather().ensemble().size() + " members: this run uses the "
                    + "main winds only; the members are kept in the plan");
        }
        if (plan.weather().turbulence() instanceof Turbulence.BoundaryLayer b && b.assumed()) {
            notes.add("turbulence not given: assumed boundary-layer with u* 0.3 m/s, mixing height 1,000 m AGL, "
                    + "free sigmas 0.3 / 0.1 m/s");
        }
        notes.addAll(org.leafdrop.weather.WeatherChecks.warnings(plan));
        List<PreparedSortie> prepared = new ArrayList<>();
        SortiePreparer preparer = new SortiePreparer(plan, frame, air, wind, catalog, devices, notes);
        for (int i = 0; i < plan.sorties().size(); i++) {
            prepared.add(preparer.prepare(i, plan.sorties().get(i)));
        }
        return new Scenario(plan, frame, air, wind, turb, prepared, notes);
    }

    /** The plan's local frame: first target's outer-ring centroid, else first sortie's track centre. */
    public static LocalFrame frameFor(Plan plan) {
        if (!plan.targets().isEmpty()) {
            double[] c = ringCentroid(plan.targets().get(0).geometry().firstOuterRing());
            return new LocalFrame(c[0], c[1]);
        }
        if (!plan.sorties().isEmpty()) {
            List<LonLat> pts = plan.sorties().get(0).track().positions();
            double lon = pts.stream().mapToDouble(LonLat::lonDeg).average().orElse(0);
            double lat = pts.stream().mapToDouble(LonLat::latDeg).average().orElse(0);
            return new LocalFrame(lon, lat);
        }
        return new LocalFrame(0, 0);
    }

    /** Area centroid of a closed lon/lat ring, planar in degrees (fine for city-sized polygons). */
    static double[] ringCentroid(List<LonLat> ring) {
        double x0 = ring.get(0).lonDeg();
        double y0 = ring.get(0).latDeg();
        double a = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            double xa = ring.get(i).lonDeg() - x0;
            double ya = ring.get(i).latDeg() - y0;
            double xb = ring.get(i + 1).lonDeg() - x0;
            double yb = ring.get(i + 1).latDeg() - y0;
            double cross = xa * yb - xb * ya;
            a += cross;
            cx += (xa + xb) * cross;
            cy += (ya + yb) * cross;
        }
        if (a == 0) {
            double lon = ring.stream().mapToDouble(LonLat::lonDeg).average().orElse(x0);
            double lat = ring.stream().mapToDouble(LonLat::latDeg).average().orElse(y0);
            return new double[] {lon, lat};
        }
        return new double[] {x0 + cx / (3 * a), y0 + cy / (3 * a)};
    }

    public Plan plan() {
        return plan;
    }

    public LocalFrame frame() {
        return frame;
    }

    public AtmosphereModel atmosphere() {
        return atmosphere;
    }

    public WindField wind() {
        return wind;
    }

    public TurbulenceProfile turbulence() {
        return turbulence;
    }

    public double groundMslM() {
        return plan.groundElevationMslM();
    }

    public List<PreparedSortie> sorties() {
        return sorties;
    }

    /** Assumptions made for this plan, one sentence each, for the result's warnings. */
    public List<String> assumptions() {
        return assumptions;
    }

    /** Resolves one sortie: type, count, stores, release times and openings. */
    private static final class SortiePreparer {
        private final Plan plan;
        private final LocalFrame frame;
        private final AtmosphereModel air;
        private final WindField wind;
        private final LeafletCatalog catalog;
        private final DeviceCatalog devices;
        private final List<String> notes;

        SortiePreparer(Plan plan, LocalFrame frame, AtmosphereModel air, WindField wind, LeafletCatalog catalog,
                       DeviceCatalog devices, List<String> notes) {
            this.plan = plan;
            this.frame = frame;
            this.air = air;
            this.wind = wind;
            this.catalog = catalog;
            this.devices = devices;
            this.notes = notes;
        }

        PreparedSortie prepare(int index, Sortie s) {
            LeafletSpec spec = LeafletTypes.resolve(plan, s.leafletType(), catalog).orElseThrow(() ->
                    new IllegalArgumentException("sortie " + s.id() + ": unknown leaflet type " + s.leafletType()));
            noteLeafletAssumptions(s, spec);
            long leaflets = leafletCount(s, spec);
            ReleaseTrack track = new ReleaseTrack(s.track().positions(), frame);
            double ground = plan.groundElevationMslM();
            double releaseMsl = ground + s.altitudeAglM();
            double releaseTime = releaseTimeS(s);
            double speed = s.groundSpeedMps().orElse(Sortie.DEFAULT_GROUND_SPEED_MPS);
            if (!wind.isSteady()) {
                noteReleaseTimes(s, track, releaseTime, speed);
            }
            double heading = s.headingDeg().orElse(track.firstToLastBearingDeg());
            if (s.releaseMethod() instanceof ReleaseMethod.FreeFall) {
                return new PreparedSortie(index, s, spec, leaflets, track, releaseMsl, releaseTime, speed, heading,
                        FREE_FALL_RADIUS_M, Optional.empty(), List.of(), List.of());
            }
            Device store;
            long perStore;
            double openMsl;
            double radius;
            if (s.releaseMethod() instanceof ReleaseMethod.LeafletBomb bomb) {
                String id = bomb.device().orElse(DeviceCatalog.DEFAULT_BOMB);
                store = devices.find(id).orElseThrow(() ->
                        new IllegalArgumentException("sortie " + s.id() + ": unknown device " + id));
                perStore = store.capacityLeaflets();
                if (!(bomb.burstAltitudeAglM() < s.altitudeAglM())) {
                    throw new IllegalArgumentException("sortie " + s.id() + ": burst height must be below the release");
                }
                openMsl = ground + bomb.burstAltitudeAglM();
                radius = bomb.openingRadiusM().orElse(store.defaultOpeningRadiusM());
                noteStore(s, store, "bomb", bomb.openingRadiusM().isEmpty());
                if (Double.isNaN(heading)) {
                    throw new IllegalArgumentException("sortie " + s.id()
                            + ": a leaflet bomb on a Point or a zero-length track needs headingDeg");
                }
            } else {
                ReleaseMethod.StaticLineBox box = (ReleaseMethod.StaticLineBox) s.releaseMethod();
                store = devices.find(DeviceCatalog.BOX).orElseThrow();
                perStore = box.leafletsPerBox().orElse(store.capacityLeaflets());
                if (box.leafletsPerBox().isEmpty()) {
                    notes.add(String.format(Locale.ROOT, "sortie %s: %,d leaflets per box assumed", s.id(), perStore));
                }
                openMsl = releaseMsl - box.boxOpeningDropM().orElse(ReleaseMethod.StaticLineBox.DEFAULT_OPENING_DROP_M);
                if (box.boxOpeningDropM().isEmpty()) {
                    notes.add(String.format(Locale.ROOT, "sortie %s: boxes open %s m below the aircraft (assumed)",
                            s.id(), fmt(ReleaseMethod.StaticLineBox.DEFAULT_OPENING_DROP_M)));
                }
                radius = box.openingRadiusM().orElse(store.defaultOpeningRadiusM());
                noteStore(s, store, "box", box.openingRadiusM().isEmpty());
                if (Double.isNaN(heading)) {
                    notes.add("sortie " + s.id() + ": no heading on a Point track: boxes leave with no forward speed");
                }
            }
            if (openMsl <= ground) {
                throw new IllegalArgumentException("sortie " + s.id() + ": stores would open at or below the ground");
            }
            long storesNeeded = Math.max(1, (leaflets + perStore - 1) / perStore);
            if (storesNeeded > Limits.MAX_STORES_PER_SORTIE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "sortie %s: %,d stores, more than the %,d one sortie may carry", s.id(), storesNeeded,
                        Limits.MAX_STORES_PER_SORTIE));
            }
            int stores = (int) storesNeeded;
            double forward = Double.isNaN(heading) ? 0 : speed;
            double hdg = Double.isNaN(heading) ? 0 : Math.toRadians(heading);
            List<Ballistics.Opening> openings = new ArrayList<>(stores);
            List<Double> times = new ArrayList<>(stores);
            for (int k = 0; k < stores; k++) {
                double sAlong = (k + 0.5) / stores * track.lengthM();
                double[] p = track.at(sAlong);
                double t = releaseTime + (speed > 0 ? sAlong / speed : 0);
                openings.add(Ballistics.fall(store, air, wind, p[0], p[1], releaseMsl, forward * StrictMath.sin(hdg),
                        forward * StrictMath.cos(hdg), t, openMsl));
                times.add(t);
            }
            return new PreparedSortie(index, s, spec, leaflets, track, releaseMsl, releaseTime, speed, heading,
                    radius, Optional.of(store), openings, times);
        }

        /** What of a store's description is assumed rather than reported (devices.csv). */
        private void noteStore(Sortie s, Device store, String kind, boolean defaultRadius) {
            notes.add(String.format(Locale.ROOT, "sortie %s: %s %s: mass %s kg, diameter %s m, drag coefficient %s "
                            + "assumed (devices.csv)%s", s.id(), store.id(), kind, fmt(store.loadedMassKg()),
                    fmt(store.diameterM()), fmt(store.dragCoefficient()),
                    defaultRadius ? "; cloud radius " + fmt(store.defaultOpeningRadiusM()) + " m assumed" : ""));
        }

        /** Time-varying winds: say which winds a sortie's release time selects when that is not obvious. */
        private void noteReleaseTimes(Sortie s, ReleaseTrack track, double releaseTimeS, double speedMps) {
            double first = wind.profileTimeS(0);
            double last = wind.profileTimeS(wind.profileCount() - 1);
            if (s.releaseTimeUtc().isEmpty()) {
                notes.add("sortie " + s.id() + ": no releaseTimeUtc: released at " + instant(releaseTimeS)
                        + " for the time-varying winds");
            } else if (releaseTimeS < first || releaseTimeS > last) {
                notes.add("sortie " + s.id() + ": released at " + instant(releaseTimeS) + ", outside the wind "
                        + "profiles' times (" + instant(first) + " to " + instant(last) + "): the nearest profile's "
                        + "winds are held");
            }
            if (!track.isPoint() && s.groundSpeedMps().isEmpty()) {
                notes.add(String.format(Locale.ROOT, "sortie %s: groundSpeedMps not given: release times along the "
                        + "track assume %s m/s", s.id(), fmt(speedMps)));
            } else if (!track.isPoint() && speedMps == 0) {
                notes.add("sortie " + s.id() + ": groundSpeedMps 0: the whole track is released at one moment");
            }
        }

        private static String instant(double epochS) {
            return java.time.Instant.ofEpochSecond((long) Math.floor(epochS)).toString();
        }

        private static String fmt(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                    : String.format(Locale.ROOT, "%.2f", v);
        }

        private void noteLeafletAssumptions(Sortie s, LeafletSpec spec) {
            if (spec.estimatedRate()) {
                notes.add(String.format(Locale.ROOT,
                        "sortie %s: descent rate of %s estimated from mass and size (%.2f m/s, uncertain by a "
                                + "factor of two)", s.id(), spec.id(), spec.descentRateMps()));
            }
            if (spec.fromCatalog()) {
                notes.add(String.format(Locale.ROOT, "sortie %s: descent spread %.2f of %s assumed (not calibrated)",
                        s.id(), spec.descentSpreadFraction(), spec.id()));
            }
        }

        private long leafletCount(Sortie s, LeafletSpec spec) {
            if (s.leafletCount().isPresent()) {
                return s.leafletCount().getAsLong();
            }
            if (spec.leafletsPerLb().isEmpty()) {
                throw new IllegalArgumentException("sortie " + s.id() + ": payloadLb needs a leaflet type with a mass");
            }
            return LeafletTypes.leafletsForPayload(s.payloadLb().getAsDouble(), spec.leafletsPerLb().getAsDouble());
        }

        private double releaseTimeS(Sortie s) {
            return s.releaseTimeUtc()
                    .or(() -> plan.weather().validTimeUtc())
                    .or(() -> plan.weather().firstProfile().validTimeUtc())
                    .map(t -> t.getEpochSecond() + t.getNano() * 1e-9)
                    .orElse(0.0);
        }
    }
}
