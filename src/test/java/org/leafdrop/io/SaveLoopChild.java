package org.leafdrop.io;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child process of {@link CrashDuringSaveTest} and {@link ConcurrentSaveTest}: saves the
 * given contents to one target through {@link AtomicFiles}, in turn, and says on stdout when each
 * save begins and when its rename is done, so the parent can kill it at known moments.
 *
 * <pre>
 * slow &lt;target&gt; &lt;chunkBytes&gt; &lt;pauseMs&gt; &lt;content file&gt;...   saves for ever, pausing between chunks
 * fast &lt;target&gt; &lt;saves&gt; &lt;content file&gt;...                    saves {@code saves} times at full speed
 * </pre>
 */
public final class SaveLoopChild {
    private SaveLoopChild() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path target = Path.of(args[1]);
        boolean slow = args[0].equals("slow");
        int firstContent = slow ? 4 : 3;
        List<byte[]> contents = new ArrayList<>();
        for (int i = firstContent; i < args.length; i++) {
            contents.add(Files.readAllBytes(Path.of(args[i])));
        }
        out.println("ready");
        if (slow) {
            int chunk = Integer.parseInt(args[2]);
            long pauseMs = Long.parseLong(args[3]);
            for (int i = 0; ; i++) {
                byte[] content = contents.get(i % contents.size());
                out.println("begin " + i);
                AtomicFiles.write(target, o -> {
                    for (int at = 0; at < content.length; at += chunk) {
                        o.write(content, at, Math.min(chunk, content.length - at));
                        o.flush();
                        sleep(pauseMs);
                    }
                });
                out.println("moved " + i);
            }
        }
        int saves = Integer.parseInt(args[2]);
        for (int i = 0; i < saves; i++) {
            AtomicFiles.write(target, o -> o.write(contents.get(0)));
        }
        out.println("done");
    }

    private static void sleep(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
