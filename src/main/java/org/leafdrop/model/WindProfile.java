package org.leafdrop.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Wind levels valid at one time (or at any time when {@code validTimeUtc} is empty), sorted by
 * height, at least one level, no two at the same height.
 */
public record WindProfile(Optional<Instant> validTimeUtc, List<WindLevel> levels) {
    public WindProfile {
        Objects.requireNonNull(validTimeUtc, "validTimeUtc");
        levels = levels.stream().sorted(Comparator.comparingDouble(WindLevel::altitudeMslM)).toList();
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a wind profile needs at least one level");
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).altitudeMslM() == levels.get(i - 1).altitudeMslM()) {
                throw new IllegalArgumentException("two wind levels at " + levels.get(i).altitudeMslM() + " m MSL");
            }
        }
    }

    public WindProfile withLevels(List<WindLevel> l) {
        return new WindProfile(validTimeUtc, l);
    }
}
