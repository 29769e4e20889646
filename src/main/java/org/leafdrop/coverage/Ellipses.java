package org.leafdrop.coverage;

import java.util.ArrayList;
import java.util.List;
import org.leafdrop.geo.LocalFrame;
import org.leafdrop.model.LonLat;

/** The k-sigma landing ellipse of a sortie as a closed lon/lat ring, built in the local frame. */
public final class Ellipses {
    private Ellipses() {
    }

    public static List<LonLat> ring(SortieStatistics st, double k, LocalFrame frame, int vertices) {
        return ring(st.landingCentroid(), st.ellipse(), k, frame, vertices);
    }

    /** The k-sigma ring of an ellipse centred on a centroid, closed (first position repeated). */
    public static List<LonLat> ring(SortieStatistics.Centroid centre, SortieStatistics.Ellipse ellipse, double k,
                                    LocalFrame frame, int vertices) {
        double b = Math.toRadians(ellipse.majorAxisBearingDeg());
        double ae = Math.sin(b);
        double an = Math.cos(b);
        double major = k * ellipse.sigmaMajorM();
        double minor = k * ellipse.sigmaMinorM();
        List<LonLat> ring = new ArrayList<>(vertices + 1);
        for (int i = 0; i < vertices; i++) {
            double th = 2 * Math.PI * i / vertices;
            double u = major * Math.cos(th);
            double v = minor * Math.sin(th);
            // major axis along (ae, an), minor axis along (an, -ae)
            double[] ll = frame.toLonLat(centre.eastM() + u * ae + v * an, centre.northM() + u * an - v * ae);
            ring.add(new LonLat(ll[0], ll[1]));
        }
        ring.add(ring.get(0));
        return ring;
    }
}
