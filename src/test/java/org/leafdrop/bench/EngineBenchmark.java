package org.leafdrop.bench;

import java.util.concurrent.TimeUnit;
import org.leafdrop.model.Turbulence;
import org.leafdrop.sim.DirectIntegrator;
import org.leafdrop.sim.ParticleEngine;
import org.leafdrop.sim.ProgressMonitor;
import org.leafdrop.sim.Scenario;
import org.leafdrop.sim.SimulationRun;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine in process (no JVM start, no file I/O): the P1 plan of bench/ (50,000 particles,
 * 2 km, constant turbulence) on 1 and 2 threads, the boundary-layer model, and the direct fast
 * path. Run with bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(1)
public class EngineBenchmark {
    @Param({"1", "2"})
    public int threads;

    private Scenario constant;
    private Scenario boundaryLayer;

    @Setup
    public void setUp() {
        constant = Scenario.prepare(BenchPlans.p1());
        boundaryLayer = Scenario.prepare(BenchPlans.p1(Turbulence.BoundaryLayer.assumedDefault()));
    }

    @Benchmark
    public SimulationRun p1ConstantTurbulence() {
        return new ParticleEngine(threads).run(constant, 50_000, 1, 1.0, ProgressMonitor.NONE);
    }

    @Benchmark
    public SimulationRun p1BoundaryLayer() {
        return new ParticleEngine(threads).run(boundaryLayer, 50_000, 1, 1.0, ProgressMonitor.NONE);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public double[] directFastPath() {
        return DirectIntegrator.sortieLanding(constant, constant.sorties().get(0));
    }
}
