package org.leafdrop.model;

import java.util.Objects;
import java.util.OptionalDouble;

/** Where the winds were measured (e.g. ORBM, WMO 40608 at Mosul). */
public record Station(String id, OptionalDouble latDeg, OptionalDouble lonDeg, OptionalDouble elevationMslM) {
    public Station {
        Objects.requireNonNull(id, "id");
    }
}
