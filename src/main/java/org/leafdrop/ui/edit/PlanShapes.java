package org.leafdrop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.leafdrop.model.AreaGeometry;
import org.leafdrop.model.Exclusion;
import org.leafdrop.model.LonLat;
import org.leafdrop.model.Plan;
import org.leafdrop.model.Sortie;
import org.leafdrop.model.Target;
import org.leafdrop.model.TrackGeometry;

/**
 * Reading and replacing the geometry of plan elements, shared by the commands and the tools.
 * A ring is handled as its distinct vertices (the closing position left off and put back on
 * replacing), a track as its positions. Missing elements and vertices are refused with an
 * {@link EditRefusedException}: a command may be built against a plan an undo has since changed.
 */
final class PlanShapes {
    private PlanShapes() {
    }

    static boolean exists(Plan plan, PlanElement e) {
        return find(plan, e).isPresent();
    }

    /** "target “Old City”" or, without a name, "target t1": how messages name an element. */
    static String describe(Plan plan, PlanElement e) {
        Optional<String> name = find(plan, e).flatMap(o -> {
            if (o instanceof Target t) {
                return t.name();
            }
            if (o instanceof Exclusion x) {
                return x.name();
            }
            return ((Sortie) o).name();
        });
        return kindWord(e.kind()) + " " + name.map(n -> "\u201C" + n + "\u201D").orElse(e.id());
    }

    static String kindWord(PlanElement.Kind kind) {
        return switch (kind) {
            case TARGET -> "target";
            case EXCLUSION -> "exclusion";
            case SORTIE -> "sortie";
        };
    }

    static Optional<Object> find(Plan plan, PlanElement e) {
        return switch (e.kind()) {
            case TARGET -> plan.targets().stream().filter(t -> t.id().equals(e.id())).findFirst().<Object>map(t -> t);
            case EXCLUSION -> plan.exclusions().stream().filter(x -> x.id().equals(e.id())).findFirst().<Object>map(x -> x);
            case SORTIE -> plan.sorties().stream().filter(s -> s.id().equals(e.id())).findFirst().<Object>map(s -> s);
        };
    }

    static EditRefusedException gone(String action, PlanElement e) {
        return new EditRefusedException(action + ": " + kindWord(e.kind()) + " " + e.id() + " is no longer in the plan");
    }

    /** The area of a target or exclusion. */
    static AreaGeometry area(Plan plan, PlanElement e, String action) {
        return switch (e.kind()) {
            case TARGET -> plan.targets().stream().filter(t -> t.id().equals(e.id())).findFirst()
                    .orElseThrow(() -> gone(action, e)).geometry();
            case EXCLUSION -> plan.exclusions().stream().filter(x -> x.id().equals(e.id())).findFirst()
                    .orElseThrow(() -> gone(action, e)).geometry();
            case SORTIE -> throw new IllegalArgumentException("a sortie has a track, not an area");
        };
    }

    static Sortie sortie(Plan plan, String id, String action) {
        return plan.sorties().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> gone(action, PlanElement.sortie(id)));
    }

    /** The plan with the area of a target or exclusion replaced (not checked for validity). */
    static Plan withArea(Plan plan, PlanElement e, AreaGeometry g) {
        return switch (e.kind()) {
            case TARGET -> plan.withTargets(plan.targets().stream()
                    .map(t -> t.id().equals(e.id()) ? t.withGeometry(g) : t).toList());
            case EXCLUSION -> plan.withExclusions(plan.exclusions().stream()
                    .map(x -> x.id().equals(e.id()) ? new Exclusion(x.id(), x.name(), g, x.extras()) : x).toList());
            case SORTIE -> throw new IllegalArgumentException("a sortie has a track, not an area");
        };
    }

    static Plan withSortie(Plan plan, Sortie changed) {
        return plan.withSorties(plan.sorties().stream().map(s -> s.id().equals(changed.id()) ? changed : s).toList());
    }

    /**
     * The distinct vertices of the ring, or the positions of the track, that {@code v} lies on.
     * The vertex index itself is not checked.
     */
    static List<LonLat> line(Plan plan, VertexRef v, String action) {
        if (v.element().kind() == PlanElement.Kind.SORTIE) {
            if (v.polygonIndex() != 0 || v.ringIndex() != 0) {
                throw new EditRefusedException(action + ": a track has a single line");
            }
            return sortie(plan, v.element().id(), action).track().positions();
        }
        AreaGeometry g = area(plan, v.element(), action);
        if (v.polygonIndex() >= g.polygons().size() || v.ringIndex() >= g.polygons().get(v.polygonIndex()).size()) {
            throw new EditRefusedException(action + ": " + describe(plan, v.element()) + " has no such ring");
        }
        List<LonLat> ring = g.polygons().get(v.polygonIndex()).get(v.ringIndex());
        return ring.subList(0, ring.size() - 1);
    }

    static boolean isRing(VertexRef v) {
        return v.element().kind() != PlanElement.Kind.SORTIE;
    }

    /** The position of a vertex; refused when the vertex is not there. */
    static LonLat position(Plan plan, VertexRef v, String action) {
        List<LonLat> line = line(plan, v, action);
        if (v.vertexIndex() >= line.size()) {
            throw new EditRefusedException(action + ": " + describe(plan, v.element()) + " has no vertex "
                    + (v.vertexIndex() + 1));
        }
        return line.get(v.vertexIndex());
    }

    /**
     * The plan with the ring or track that {@code v} lies on replaced by {@code vertices}
     * (distinct vertices for a ring: it is closed again here). Not checked for validity.
     */
    static Plan withLine(Plan plan, VertexRef v, List<LonLat> vertices) {
        if (!isRing(v)) {
            Sortie s = sortie(plan, v.element().id(), "Edit");
            TrackGeometry t = vertices.size() == 1 ? TrackGeometry.point(vertices.get(0)) : TrackGeometry.line(vertices);
            return withSortie(plan, s.withTrack(t));
        }
        AreaGeometry g = area(plan, v.element(), "Edit");
        List<LonLat> closed = new ArrayList<>(vertices);
        closed.add(vertices.get(0));
        List<List<List<LonLat>>> polygons = new ArrayList<>();
        for (int p = 0; p < g.polygons().size(); p++) {
            List<List<LonLat>> rings = new ArrayList<>(g.polygons().get(p));
            if (p == v.polygonIndex()) {
                rings.set(v.ringIndex(), closed);
            }
            polygons.add(rings);
        }
        return withArea(plan, v.element(), new AreaGeometry(polygons, g.multi()));
    }

    /** A vertex and where it is. */
    record Vertex(VertexRef ref, LonLat at) {
    }

    /** Every vertex of an element, in order (none when it is not in the plan): the handles the select tool shows. */
    static List<Vertex> vertices(Plan plan, PlanElement e) {
        List<Vertex> out = new ArrayList<>();
        if (!exists(plan, e)) {
            return out;
        }
        if (e.kind() == PlanElement.Kind.SORTIE) {
            List<LonLat> positions = sortie(plan, e.id(), "").track().positions();
            for (int i = 0; i < positions.size(); i++) {
                out.add(new Vertex(VertexRef.track(e.id(), i), positions.get(i)));
            }
            return out;
        }
        AreaGeometry g = area(plan, e, "");
        for (int p = 0; p < g.polygons().size(); p++) {
            List<List<LonLat>> rings = g.polygons().get(p);
            for (int r = 0; r < rings.size(); r++) {
                for (int i = 0; i < rings.get(r).size() - 1; i++) {
                    out.add(new Vertex(new VertexRef(e, p, r, i), rings.get(r).get(i)));
                }
            }
        }
        return out;
    }

    /** Every element of the plan: targets, exclusions, sorties. */
    static List<PlanElement> elements(Plan plan) {
        List<PlanElement> out = new ArrayList<>();
        plan.targets().forEach(t -> out.add(PlanElement.target(t.id())));
        plan.exclusions().forEach(x -> out.add(PlanElement.exclusion(x.id())));
        plan.sorties().forEach(s -> out.add(PlanElement.sortie(s.id())));
        return out;
    }

    /** The element with every position mapped (a whole-shape move); not checked for validity. */
    static Plan mapPositions(Plan plan, PlanElement e, UnaryOperator<LonLat> f, String action) {
        if (e.kind() == PlanElement.Kind.SORTIE) {
            Sortie s = sortie(plan, e.id(), action);
            return withSortie(plan, s.withTrack(new TrackGeometry(s.track().positions().stream().map(f).toList())));
        }
        AreaGeometry g = area(plan, e, action);
        List<List<List<LonLat>>> polygons = g.polygons().stream()
                .map(rings -> rings.stream().map(ring -> ring.stream().map(f).toList()).toList())
                .toList();
        return withArea(plan, e, new AreaGeometry(polygons, g.multi()));
    }

    /**
     * Refuses a line whose consecutive vertices coincide (for a ring, the last and first too): a
     * zero-length edge has no direction and is invisible to the user.
     */
    static void requireDistinctNeighbours(List<LonLat> vertices, boolean ring, String action) {
        int n = vertices.size();
        int edges = ring ? n : n - 1;
        for (int i = 0; i < edges; i++) {
            if (vertices.get(i).equals(vertices.get((i + 1) % n))) {
                throw new EditRefusedException(action + ": two neighbouring vertices would be on the same spot");
            }
        }
    }

    /** Refuses an area JTS finds invalid, naming the element and where. */
    static void requireValidArea(Plan plan, PlanElement e, AreaGeometry g, String action) {
        Optional<String> problem = AreaValidity.problem(g);
        if (problem.isPresent()) {
            throw new EditRefusedException(action + ": " + describe(plan, e) + " " + problem.get());
        }
    }
}
