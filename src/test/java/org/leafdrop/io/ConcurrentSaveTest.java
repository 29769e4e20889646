package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafdrop.model.Plan;

/**
 * Two writers saving different plans to one file at the same time, as two windows of one user
 * might: every save succeeds, a reader watching the file only ever sees one of the plans whole,
 * the last rename wins, and no temporary file is left.
 */
class ConcurrentSaveTest {
    private static final int SAVES = 150;

    private static String plan(String sample) throws Exception {
        Plan p = TestPlans.READER.read(Path.of("samples", sample + ".leafdrop.json")).value().orElseThrow();
        return new PlanWriter().toJson(p);
    }

    /** Reads the file over and over until told to stop; records anything that is not an allowed content. */
    private static Thread watch(Path target, Set<String> allowed, AtomicBoolean stop, Set<String> seen,
                                List<String> wrong, AtomicInteger reads) {
        Thread t = new Thread(() -> {
            while (!stop.get()) {
                try {
                    String now = Files.readString(target, StandardCharsets.UTF_8);
                    reads.incrementAndGet();
                    if (allowed.contains(now)) {
                        seen.add(now);
                    } else {
                        wrong.add(now.length() + " characters: " + now.substring(0, Math.min(80, now.length())));
                    }
                } catch (NoSuchFileException e) {
                    wrong.add("the file was missing for a moment");
                } catch (Exception e) {
                    wrong.add(e.toString());
                }
            }
        }, "watcher");
        t.start();
        return t;
    }

    @Test
    void twoThreadsSavingAtOnceAlwaysLeaveOneWholePlan(@TempDir Path dir) throws Exception {
        String old = plan("mosul-central-2016-10-16");
        String a = plan("nineveh-2016-09");
        String b = plan("west-mosul-2017-02-18");
        Path target = dir.resolve("shared.leafdrop.json");
        Files.writeString(target, old, StandardCharsets.UTF_8);
        AtomicBoolean stop = new AtomicBoolean();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> wrong = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> writers = List.of(a, b).stream().map(text -> new Thread(() -> {
            try {
                go.await();
                for (int i = 0; i < SAVES; i++) {
                    new PlanWriter().write(TestPlans.read(text).value().orElseThrow(), target);
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        })).toList();
        writers.forEach(Thread::start);
        Thread watcher = watch(target, Set.of(old, a, b), stop, seen, wrong, reads);

        go.countDown();
        for (Thread w : writers) {
            w.join(60_000);
        }
        stop.set(true);
        watcher.join(10_000);

        assertThat(failures).as("saves that failed").isEmpty();
        assertThat(wrong).as("reads that were not a whole plan (of %d)", reads.get()).isEmpty();
        assertThat(seen).as("both writers' plans were seen").contains(a, b);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isIn(a, b);
        assertThat(AtomicFiles.tempFilesOf(target)).isEmpty();
    }

    @Test
    void twoProcessesSavingAtOnceAlwaysLeaveOneWholePlan(@TempDir Path dir) throws Exception {
        String old = plan("mosul-central-2016-10-16");
        String a = plan("nineveh-2016-09");
        String b = plan("west-mosul-2017-02-18");
        Path target = dir.resolve("shared.leafdrop.json");
        Files.writeString(target, old, StandardCharsets.UTF_8);
        Path contents = Files.createDirectory(dir.resolve("contents"));
        Path aFile = Files.writeString(contents.resolve("a.json"), a, StandardCharsets.UTF_8);
        Path bFile = Files.writeString(contents.resolve("b.json"), b, StandardCharsets.UTF_8);
        AtomicBoolean stop = new AtomicBoolean();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> wrong = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        Thread watcher = watch(target, Set.of(old, a, b), stop, seen, wrong, reads);

        try (ChildJvm first = ChildJvm.start(SaveLoopChild.class, "fast", target.toString(), "400", aFile.toString());
             ChildJvm second = ChildJvm.start(SaveLoopChild.class, "fast", target.toString(), "400",
                     bFile.toString())) {
            first.await("ready", 20);
            second.await("ready", 20);
            assertThat(first.waitFor(60)).as("exit code of the first saver").isZero();
            assertThat(second.waitFor(60)).as("exit code of the second saver").isZero();
        } finally {
            stop.set(true);
            watcher.join(10_000);
        }

        assertThat(wrong).as("reads that were not a whole plan (of %d)", reads.get()).isEmpty();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isIn(a, b);
        assertThat(TestPlans.READER.read(target).value()).isPresent();
        assertThat(AtomicFiles.tempFilesOf(target)).isEmpty();
    }
}
