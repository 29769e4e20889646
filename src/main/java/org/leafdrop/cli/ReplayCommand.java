package org.leafdrop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leafdrop.planning.CampaignReplay;
import org.leafdrop.report.ReplayAnimation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code leafdrop replay PLAN}: opens the planner in replay mode on a campaign. With
 * {@code --summary}, {@code --frames} or {@code --gif} it runs without a window: prints the
 * timeline and the reported beside the simulated figures, and writes the animation.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Open the planner in replay mode on a campaign (a plan whose sorties have release times): sorties in time order, leaflet clouds falling and drifting, the density building up on the ground, reported beside simulated figures. Without a window: --summary prints the timeline and the comparison; --frames DIR writes PNG frames; --gif FILE writes an animated GIF.")
final class ReplayCommand extends PlanCommand implements Callable<Integer> {
    @ParentCommand
    LeafdropCli parent;

    @Option(names = "--summary", description = "Print the timeline and the reported and simulated figures; no window.")
    boolean summary;

    @Option(names = "--frames", paramLabel = "DIR",
            description = "Write the replay as PNG frames (frame-0001.png, ...) into DIR (new or empty); no window.")
    Path frames;

    @Option(names = "--gif", paramLabel = "FILE", description = "Write the replay as an animated GIF; no window.")
    Path gif;

    @Option(names = "--frame-count", paramLabel = "N", defaultValue = "" + ReplayAnimation.DEFAULT_FRAMES,
            description = "Pictures in the animation, 2 to 5,000, evenly spaced (default: ${DEFAULT-VALUE}).")
    int frameCount;

    @Option(names = "--size", paramLabel = "WxH",
            description = "Picture size in pixels (default: 1280x900 for frames, 800x600 for the GIF).")
    String size;

    @Mixin
    SimulationOptions options;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!summary && frames == null && gif == null) {
            return openWindow(err);
        }
        if (frameCount < 2 || frameCount > ReplayAnimation.MAX_FRAMES) {
            throw new UserInputException("--frame-count " + frameCount + ": must be from 2 to 5,000");
        }
        int[] framesSize = size(ReplayAnimation.DEFAULT_PNG_WIDTH_PX, ReplayAnimation.DEFAULT_PNG_HEIGHT_PX);
        int[] gifSize = size(ReplayAnimation.DEFAULT_GIF_WIDTH_PX, ReplayAnimation.DEFAULT_GIF_HEIGHT_PX);
        if (frames != null) {
            checkFramesFolder(frames);
        }
        if (gif != null) {
            PlanLoading.checkOutput(gif, plan, "--gif");
        }
        Optional<CampaignReplay> replay = PlanSimulation.replay(plan, options, err);
        if (replay.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        CampaignReplay r = replay.get();
        PrintWriter out = spec.commandLine().getOut();
        out.print(SummaryTable.replayTimeline(r));
        out.print(SummaryTable.replayComparison(r));
        out.flush();
        CliProgress progress = new CliProgress(err, System.console() != null);
        if (frames != null) {
            try {
                int n = ReplayAnimation.writePngFrames(r, frames, frameCount, framesSize[0], framesSize[1], progress)
                        .size();
                err.println(String.format(Locale.ROOT, "Written %d frames to %s", n, frames));
            } catch (IOException e) {
                throw new UserInputException("--frames " + frames + ": " + e.getMessage());
            }
        }
        if (gif != null) {
            try {
                ReplayAnimation.writeGif(r, PlanLoading.writeTarget(gif), frameCount, gifSize[0], gifSize[1], progress);
                err.println("Written to " + gif);
            } catch (IOException e) {
                throw new UserInputException("--gif " + gif + ": cannot write the animation (" + e.getMessage() + ")");
            }
        }
        return ExitCodes.OK;
    }

    /** The window: the plan is read first, so a broken plan or one without release times exits 2 here. */
    private int openWindow(PrintWriter err) {
        if (options.seed != null || options.particles != null || options.threads != null) {
            throw new UserInputException("--seed, --particles and --threads apply with --summary, --frames or --gif; "
                    + "the window uses the plan's settings");
        }
        if (size != null) {
            throw new UserInputException("--size applies with --frames or --gif");
        }
        Optional<org.leafdrop.model.Loaded<org.leafdrop.model.Plan>> loaded = PlanSimulation.load(plan, err);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
        }
        Optional<String> why = CampaignReplay.whyNotReplayable(loaded.get().value().orElseThrow());
        if (why.isPresent()) {
            PlanSimulation.notReplayable(plan, why.get(), err);
            return ExitCodes.INVALID_INPUT;
        }
        return parent.windowOpener.open(Optional.of(plan), true, err);
    }

    private void checkFramesFolder(Path folder) {
        try {
            ReplayAnimation.checkFolder(folder);
        } catch (java.io.IOException e) {
            throw new UserInputException("--frames " + e.getMessage());
        }
        Path parentDir = folder.toAbsolutePath().normalize().getParent();
        if (!Files.exists(folder) && (parentDir == null || !Files.isDirectory(parentDir))) {
            throw new UserInputException("--frames " + folder + ": folder " + parentDir + " does not exist");
        }
    }

    /** --size as {width, height}, or the defaults. */
    private int[] size(int defaultWidth, int defaultHeight) {
        if (size == null) {
            return new int[] {defaultWidth, defaultHeight};
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{2,5})[xX](\\d{2,5})").matcher(size.trim());
        if (!m.matches()) {
            throw new UserInputException("--size " + size + ": must be WIDTHxHEIGHT in pixels, e.g. 1280x900");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < 200 || h < 150 || w > 8000 || h > 8000) {
            throw new UserInputException("--size " + size + ": each side from 200x150 to 8000x8000 pixels");
        }
        return new int[] {w, h};
    }
}
