package org.leafdrop.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafdrop.coverage.PlanResult;
import org.leafdrop.coverage.SortieResult;
import org.leafdrop.coverage.SortieStatistics;
import org.leafdrop.coverage.SortieStatistics.Centroid;
import org.leafdrop.coverage.SortieStatistics.Ellipse;
import org.leafdrop.geo.Geodesy;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.Plan;
import org.leafdrop.sim.DirectIntegrator;
import org.leafdrop.sim.PreparedSortie;
import org.leafdrop.sim.Scenario;
import org.leafdrop.weather.TurbulenceProfile;

/**
 * The live preview shown while the user drags a track or edits a wind: each sortie's landing
 * centroid from the direct integral (no particles, about 0.1 ms a sortie, DESIGN.md "sim") and a
 * landing ellipse. The ellipse keeps the shape of the last full run for that sortie when there
 * is one (drift is nearly translation-invariant over flat ground); otherwise it is estimated from
 * the spreads that make it: release along the track (uniform, L^2/12), the turbulent walk
 * (Taylor's variance over the mean fall time), the descent-rate spread (drift times its relative
 * SD, along the drift) and the initial cloud. The full Monte Carlo run replaces it.
 * Stateless and thread-safe.
 */
public final class LandingPreview {
    private LandingPreview() {
    }

    /**
     * One sortie's preview.
     *
     * @param ellipseFromRun true when the ellipse's shape comes from the last full run
     */
    public record SortiePreview(String sortieId, Centroid releaseCentroid, Centroid landingCentroid,
                                double fallTimeS, double driftM, double driftBearingDeg, Ellipse ellipse,
                                boolean ellipseFromRun) {
    }

    /** Previews of every sortie in plan order; the plan must be valid (as the editor keeps it). */
    public static List<SortiePreview> compute(Plan plan, Optional<PlanResult> lastRun) {
        Scenario scenario = Scenario.prepare(plan);
        return compute(scenario, lastRun);
    }

    public static List<SortiePreview> compute(Scenario scenario, Optional<PlanResult> lastRun) {
        LocalFrame frame = scenario.frame();
        TurbulenceProfile turbulence = scenario.turbulence();
        List<SortiePreview> out = new ArrayList<>();
        for (PreparedSortie ps : scenario.sorties()) {
            double[] land = DirectIntegrator.sortieLanding(scenario, ps);
            double[] rel = ps.usesStores() ? ps.track().at(0) : ps.track().centroid();
            Centroid release = Centroid.at(frame, rel[0], rel[1]);
            Centroid landing = Centroid.at(frame, land[0], land[1]);
            Geodesy.DistanceBearing drift = Geodesy.inverse(release.lonLat().lonDeg(), release.lonLat().latDeg(),
                    landing.lonLat().lonDeg(), landing.lonLat().latDeg());
            Optional<Ellipse> fromRun = lastRun.flatMap(r -> r.sorties().stream()
                    .filter(s -> s.id().equals(ps.id())).findFirst()).flatMap(SortieResult::statistics)
                    .map(SortieStatistics::ellipse);
            Ellipse ellipse = fromRun.orElseGet(() -> estimate(ps, turbulence, land, rel));
            out.add(new SortiePreview(ps.id(), release, landing, land[2], drift.distanceM(),
                    drift.distanceM() > 0 ? drift.bearingDeg() : 0, ellipse, fromRun.isPresent()));
        }
        return out;
    }

    private static Ellipse estimate(PreparedSortie ps, TurbulenceProfile turbulence, double[] land, double[] rel) {
        double fallS = land[2];
        double meanHeightM = ps.releaseMslM() / 2;
        double sigmaTurb = turbulence.isNone() ? 0 : TurbulenceProfile.taylorSpreadM(
                turbulence.sigmaAlongMps(Math.max(meanHeightM, 1)), turbulence.lagrangianTimeHorizontalS(), fallS);
        double iso = sigmaTurb * sigmaTurb + ps.initialRadiusM() * ps.initialRadiusM() / 2;
        double varE = iso;
        double varN = iso;
        double cov = 0;
        double lengthM = ps.track().lengthM();
        if (lengthM > 0) {
            double h = Math.toRadians(ps.track().firstToLastBearingDeg());
            double var = lengthM * lengthM / 12;
            varE += var * Math.sin(h) * Math.sin(h);
            varN += var * Math.cos(h) * Math.cos(h);
            cov += var * Math.sin(h) * Math.cos(h);
        }
        double de = land[0] - rel[0];
        double dn = land[1] - rel[1];
        double f = ps.leaflet().descentSpreadFraction();
        varE += f * f * de * de;
        varN += f * f * dn * dn;
        cov += f * f * de * dn;
        return Ellipse.ofCovariance(varE, cov, varN);
    }
}
