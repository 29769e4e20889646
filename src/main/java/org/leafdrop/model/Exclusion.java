package org.leafdrop.model;

import java.util.Objects;
import java.util.Optional;

/** An area where leaflets must not land: friendly positions, a river, another country. */
public record Exclusion(String id, Optional<String> name, AreaGeometry geometry, Extras extras) {
    public Exclusion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(extras, "extras");
    }
}
