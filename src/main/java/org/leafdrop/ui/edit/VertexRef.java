package org.leafdrop.ui.edit;

import java.util.Objects;

/**
 * One vertex of a plan element. For a target or exclusion: polygon, ring (0 = outer ring, then
 * holes) and the index among the ring's distinct vertices (the closing position, equal to the
 * first, has no index of its own). For a sortie's track: polygon and ring are 0 and the index is
 * the position along the track.
 */
public record VertexRef(PlanElement element, int polygonIndex, int ringIndex, int vertexIndex) {
    public VertexRef {
        Objects.requireNonNull(element, "element");
        if (polygonIndex < 0 || ringIndex < 0 || vertexIndex < 0) {
            throw new IllegalArgumentException("vertex indices must be >= 0");
        }
    }

    /** A position of a sortie's track. */
    public static VertexRef track(String sortieId, int positionIndex) {
        return new VertexRef(PlanElement.sortie(sortieId), 0, 0, positionIndex);
    }

    /** A vertex of the outer ring of a single-polygon area. */
    public static VertexRef outer(PlanElement area, int vertexIndex) {
        return new VertexRef(area, 0, 0, vertexIndex);
    }

    /** The same ring or track, another vertex. */
    public VertexRef withVertexIndex(int index) {
        return new VertexRef(element, polygonIndex, ringIndex, index);
    }

    /** True when both name the same ring (or the same track). */
    public boolean sameLine(VertexRef other) {
        return element.equals(other.element) && polygonIndex == other.polygonIndex && ringIndex == other.ringIndex;
    }
}
