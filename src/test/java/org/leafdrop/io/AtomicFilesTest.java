package org.leafdrop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: the new content or the old file, never half a file and never a stray temp file. */
class AtomicFilesTest {
    private static final byte[] OLD = "old plan \u00e9\n".getBytes(StandardCharsets.UTF_8);

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void writesTheContentAndLeavesNoTempFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("plan.leafdrop.json");
        Files.write(target, OLD);

        AtomicFiles.writeString(target, "new \u00e9");

        assertThat(Files.readString(target)).isEqualTo("new \u00e9");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void failingBodyLeavesThePreviousFileByteIdenticalAndNoTempFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("plan.leafdrop.json");
        Files.write(target, OLD);

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half a fi".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void bodyThrowingAnUncheckedExceptionAlsoLeavesNoTrace(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("plan.leafdrop.json");
        Files.write(target, OLD);

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void readOnlyFolderLeavesThePreviousFileUntouched(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path target = folder.resolve("plan.leafdrop.json");
        Files.write(target, OLD);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root (as in some CI containers) may write anyway; the check is meaningless then
            assumeFalse(Files.isWritable(folder), "the folder is still writable for this user");

            assertThatThrownBy(() -> AtomicFiles.writeString(target, "new")).isInstanceOf(IOException.class);

            assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
            assertThat(filesIn(folder)).containsExactly(target);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void targetThatIsAFolderFailsWithoutTouchingIt(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectory(dir.resolve("plan.leafdrop.json"));
        Files.writeString(target.resolve("inside.txt"), "keep");

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "new")).isInstanceOf(IOException.class);

        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("keep");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void keepsThePermissionsOfTheReplacedFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("plan.leafdrop.json");
        Files.write(target, OLD);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFiles.writeString(target, "new");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
    }

    @Test
    void closingTheStreamInTheBodyIsHarmless(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.csv");

        AtomicFiles.write(target, out -> {
            out.write("a,b\n".getBytes(StandardCharsets.US_ASCII));
            out.close();
        });

        assertThat(Files.readString(target)).isEqualTo("a,b\n");
    }

    @Test
    void aSaveTidiesOldLeftoversOfCrashedWritersOfTheSameFileOnly(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("plan.leafdrop.json");
        Files.write(target, OLD);
        Path old = Files.writeString(dir.resolve(".plan.leafdrop.json.8817263544.tmp"), "{\"format\": \"leafd");
        Path young = Files.writeString(dir.resolve(".plan.leafdrop.json.1234.tmp"), "{");
        Path otherFile = Files.writeString(dir.resolve(".other.leafdrop.json.99.tmp"), "{");
        Path users = Files.writeString(dir.resolve(".plan.leafdrop.json.backup.tmp"), "mine");
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path p : List.of(old, otherFile, users)) {
            Files.setLastModifiedTime(p, twoHoursAgo);
        }
        assertThat(AtomicFiles.tempFilesOf(target)).containsExactlyInAnyOrder(old, young);

        AtomicFiles.writeString(target, "new");

        assertThat(filesIn(dir)).containsExactlyInAnyOrder(target, young, otherFile, users);
    }
}
