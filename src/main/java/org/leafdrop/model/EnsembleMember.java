package org.leafdrop.model;

import java.util.Objects;

/** One alternative wind profile of a weather ensemble, for uncertainty runs. */
public record EnsembleMember(String id, WindProfile winds) {
    public EnsembleMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(winds, "winds");
    }
}
