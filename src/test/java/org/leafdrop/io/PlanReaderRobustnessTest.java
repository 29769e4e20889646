package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafdrop.model.Loaded;
import org.leafdrop.model.Plan;

/**
 * Seeded mutations of the full sample (cut, deleted, inserted and replaced characters): the
 * reader never throws, and whenever it fails it says where, without stack-trace text.
 */
class PlanReaderRobustnessTest {
    private static final String ALPHABET = "{}[]\",:0123456789.-eE \ntrufalsn\\x\u00e9";

    static Stream<Arguments> mutations() {
        SplittableRandom rng = new SplittableRandom(20161016L);
        return IntStream.range(0, 400).mapToObj(i -> Arguments.of(i, rng.nextLong()));
    }

    @ParameterizedTest(name = "seed 20161016 case {0}")
    @MethodSource("mutations")
    void mutatedPlansGiveProblemsNeverExceptions(int i, long seed) throws IOException {
        String text = Files.readString(TestPlans.resource("plans/full.leafdrop.json"));
        SplittableRandom rng = new SplittableRandom(seed);
        StringBuilder mutated = new StringBuilder(text);
        for (int k = 0; k < 1 + rng.nextInt(3); k++) {
            int at = rng.nextInt(mutated.length());
            char c = ALPHABET.charAt(rng.nextInt(ALPHABET.length()));
            switch (rng.nextInt(4)) {
                case 0 -> mutated.setLength(at);
                case 1 -> mutated.deleteCharAt(at);
                case 2 -> mutated.insert(at, c);
                default -> mutated.setCharAt(at, c);
            }
            if (mutated.length() == 0) {
                break;
            }
        }

        Loaded<Plan> loaded = TestPlans.read(mutated.toString());

        assertThat(loaded.value().isPresent()).isNotEqualTo(loaded.hasErrors());
        assertThat(loaded.problems()).allSatisfy(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.jsonPath()).startsWith("$");
            assertThat(p.message()).doesNotContain("Exception").doesNotContain("at org.");
        });
    }
}
