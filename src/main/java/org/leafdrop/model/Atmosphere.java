package org.leafdrop.model;

import java.util.Comparator;
import java.util.List;

/** The atmosphere of a plan: the ISA, or a sounding of pressure and temperature. */
public sealed interface Atmosphere {
    /** The International Standard Atmosphere (PHYSICS.md section 2). */
    record Isa() implements Atmosphere {
    }

    /** Sounding levels sorted by height; ISA fills heights the sounding does not reach. */
    record Sounding(List<SoundingLevel> levels) implements Atmosphere {
        public Sounding {
            levels = levels.stream().sorted(Comparator.comparingDouble(SoundingLevel::altitudeMslM)).toList();
            if (levels.isEmpty()) {
                throw new IllegalArgumentException("a sounding needs at least one level");
            }
        }
    }

    /** One sounding level. */
    record SoundingLevel(double altitudeMslM, double pressureHpa, double temperatureC) {
        public SoundingLevel {
            if (!(pressureHpa > 0 && Double.isFinite(pressureHpa))) {
                throw new IllegalArgumentException("pressureHpa must be above 0, was " + pressureHpa);
            }
            if (!(temperatureC > -273.15 && Double.isFinite(temperatureC))) {
                throw new IllegalArgumentException("temperatureC must be above absolute zero, was " + temperatureC);
            }
            if (!Double.isFinite(altitudeMslM)) {
                throw new IllegalArgumentException("altitudeMslM must be finite");
            }
        }

        public double densityKgM3() {
            return pressureHpa * 100.0 / (287.053 * (temperatureC + 273.15));
        }
    }
}
