package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.model.Plan;

/**
 * A saving process killed with SIGKILL (no finally, no shutdown hook) at seeded random moments,
 * many of them in the middle of writing: the plan file is always a complete plan, the one from
 * before the save or the one being saved. The child writes slowly (small chunks with pauses) so
 * that most kills land inside a write.
 */
class CrashDuringSaveTest {
    private static final long SEED = 20161017L;
    private static final int KILLS = 20;
    private static final long PAUSE_MS = 3;

    @Test
    void killingTheSaverAtRandomMomentsLeavesTheOldPlanOrTheNewOneNeverPartOfOne(@TempDir Path dir)
            throws Exception {
        List<String> texts = List.of(normalised("mosul-central-2016-10-16"), normalised("nineveh-2016-09"),
                normalised("mosul-2016-10-17-launch-day"));
        Path target = dir.resolve("plan.leafdrop.json");
        Files.writeString(target, texts.get(0), StandardCharsets.UTF_8);
        Path contents = Files.createDirectory(dir.resolve("contents"));
        Path a = Files.writeString(contents.resolve("a.json"), texts.get(1), StandardCharsets.UTF_8);
        Path b = Files.writeString(contents.resolve("b.json"), texts.get(2), StandardCharsets.UTF_8);
        int chunk = 512;
        // about 36 chunks of 3 ms each: a save takes some 110 ms plus the fsync
        long saveMs = PAUSE_MS * (texts.get(1).length() / chunk + 1);

        SplittableRandom rng = new SplittableRandom(SEED);
        String onDisk = texts.get(0);
        int midWrite = 0;
        int betweenWrites = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            int save = rng.nextInt(3);
            long delayMs = rng.nextLong(saveMs * 3 / 2);
            try (ChildJvm child = ChildJvm.start(SaveLoopChild.class, "slow", target.toString(),
                    Integer.toString(chunk), Long.toString(PAUSE_MS), a.toString(), b.toString())) {
                child.await("begin " + save, 20);
                TimeUnit.MILLISECONDS.sleep(delayMs);
                child.kill();

                String last = child.lastLine();
                int lastStarted = last.startsWith("begin ") ? Integer.parseInt(last.substring(6))
                        : Integer.parseInt(last.substring(6)) + 1;
                boolean inside = last.startsWith("begin ");
                midWrite += inside ? 1 : 0;
                betweenWrites += inside ? 0 : 1;
                // the save under way may or may not have renamed before it died (it could not say so)
                String previous = lastStarted == 0 ? onDisk : texts.get(1 + (lastStarted - 1) % 2);
                String underWay = texts.get(1 + lastStarted % 2);

                String now = Files.readString(target, StandardCharsets.UTF_8);
                assertThat(now).as("kill %d (%d ms after save %d began; last line \"%s\")", kill, delayMs, save,
                        last).isIn(previous, underWay);
                assertThat(TestPlans.READER.read(target).value()).as("kill %d: the file reads as a plan", kill)
                        .contains(TestPlans.read(now).value().orElseThrow());
                onDisk = now;
            }
        }
        assertThat(midWrite).as("kills inside a write").isGreaterThanOrEqualTo(KILLS / 3);

        List<Path> leftovers = AtomicFiles.tempFilesOf(target);
        assertThat(leftovers).as("each kill inside a write leaves its temporary file").isNotEmpty();
        PathMatcher planFiles = FileSystems.getDefault().getPathMatcher("glob:*.{json,leafdrop.json}");
        assertThat(leftovers).allSatisfy(t -> {
            assertThat(t.getFileName().toString()).startsWith(".plan.leafdrop.json.").endsWith(".tmp");
            assertThat(planFiles.matches(t.getFileName())).as("%s looks like a plan to a file chooser", t).isFalse();
        });

        // leftovers that are old are tidied by the next save; a young one may be a live writer's
        for (Path t : leftovers) {
            Files.setLastModifiedTime(t, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        }
        Path young = Files.writeString(dir.resolve(".plan.leafdrop.json.123456789.tmp"), "{\"format\"");
        AtomicFiles.writeString(target, texts.get(0));
        assertThat(AtomicFiles.tempFilesOf(target)).containsExactly(young);
        assertThat(betweenWrites + midWrite).isEqualTo(KILLS);
    }

    /** A sample as PlanWriter writes it, so every content the test compares is a writer's output. */
    private static String normalised(String sample) throws IOException {
        Path file = Path.of("samples", sample + ".leafdrop.json");
        Optional<Plan> plan = TestPlans.READER.read(file).value();
        return new PlanWriter().toJson(plan.orElseThrow());
    }
}
