package org.leafdrop.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** How a sortie's leaflets leave the aircraft (PHYSICS.md section 6). */
public sealed interface ReleaseMethod {
    /** The name used in plan files. */
    String id();

    /** Loose leaflets leave the aircraft along the track; forward throw neglected. */
    record FreeFall() implements ReleaseMethod {
        @Override
        public String id() {
            return "free-fall";
        }
    }

    /** Boxes on a static line open a short drop below the aircraft and scatter their leaflets. */
    record StaticLineBox(OptionalLong leafletsPerBox, OptionalDouble boxOpeningDropM,
                         OptionalDouble openingRadiusM) implements ReleaseMethod {
        /** Boxes open this far below the aircraft unless the plan says (an assumption). */
        public static final double DEFAULT_OPENING_DROP_M = 15;

        public StaticLineBox {
            if (leafletsPerBox.isPresent() && leafletsPerBox.getAsLong() < 1) {
                throw new IllegalArgumentException("leafletsPerBox must be at least 1");
            }
            if (boxOpeningDropM.isPresent() && !(boxOpeningDropM.getAsDouble() >= 0)) {
                throw new IllegalArgumentException("boxOpeningDropM must be >= 0");
            }
            if (openingRadiusM.isPresent() && !(openingRadiusM.getAsDouble() >= 0)) {
                throw new IllegalArgumentException("openingRadiusM must be >= 0");
            }
        }

        @Override
        public String id() {
            return "static-line-box";
        }
    }

    /** A leaflet bomb falls ballistically to its burst height AGL, then bursts into a cloud. */
    record LeafletBomb(double burstAltitudeAglM, Optional<String> device, OptionalDouble openingRadiusM)
            implements ReleaseMethod {
        public LeafletBomb {
            Objects.requireNonNull(device, "device");
            if (!(burstAltitudeAglM > 0 && Double.isFinite(burstAltitudeAglM))) {
                throw new IllegalArgumentException("burstAltitudeAglM must be above 0");
            }
            if (openingRadiusM.isPresent() && !(openingRadiusM.getAsDouble() >= 0)) {
                throw new IllegalArgumentException("openingRadiusM must be >= 0");
            }
        }

        @Override
        public String id() {
            return "leaflet-bomb";
        }
    }
}
