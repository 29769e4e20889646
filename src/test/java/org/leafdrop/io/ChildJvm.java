package org.leafdrop.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second Java process on the test's own class path, running a test main class, whose stdout
 * lines the test can wait for; for tests that kill a process (SIGKILL) or race two of them.
 * Started lean (client compiler, serial GC, small heap) so that many starts stay cheap on two cores.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread pump;
    private volatile String lastLine = "";

    private ChildJvm(Process process) {
        this.process = process;
        pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lastLine = line;
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed: its output simply ends
            }
        }, "child-stdout");
        pump.setDaemon(true);
        pump.start();
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx128m", "-XX:-UsePerfData", "-Xshare:auto", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** Waits for a line starting with {@code prefix} (earlier lines are skipped); fails after {@code seconds}. */
    public String await(String prefix, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("the child printed no line starting with \"" + prefix + "\" within "
                        + seconds + " s (alive: " + process.isAlive() + ", last line: \"" + lastLine + "\")");
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** The last line the child printed (all of them, once it was killed). */
    public String lastLine() {
        return lastLine;
    }

    /** SIGKILL on Unix: no shutdown hooks, no finally blocks, no flushing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not die within 10 s of SIGKILL");
        }
        // every line the child wrote before it died is read once the pipe ends
        pump.join(TimeUnit.SECONDS.toMillis(10));
    }

    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not end within " + seconds + " s");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
