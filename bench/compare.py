#!/usr/bin/env python3
"""Time Leafdrop against the NumPy reference (bench/ref_sim.py) and check that they agree.

Runs N rounds, alternating, of
  (a) python3 bench/ref_sim.py PLAN --mode particles                     (whole process)
  (b) java [JAVA_OPTS] -jar target/leafdrop.jar simulate PLAN -o TMP/r.json  (whole process,
      JVM start included)
timing each with time.perf_counter around subprocess.run, and prints the per-run wall times,
their medians and the speed-up (median reference / median Leafdrop). Then it checks agreement on
the first sortie:
  - landing centroid: the distance between the reference's landingCentroid {lon, lat} and
    Leafdrop's sorties[0].landingCentroid is within 2 % of the reference's driftM;
  - mean fall time: Leafdrop's sorties[0].fallTimeS.mean is within 1 % of the reference's
    fallTimeMeanS.
It also runs the reference once with --mode integral and prints the deterministic drift (no
turbulence, no descent spread) for orientation; that figure is not part of the checks.

    python3 bench/compare.py [--rounds 5] [--plan bench/p1.leafdrop.json] [--threads N]
                             [--java-opts "-Xmx2g ..."] [--markdown]

Exit status: 0 when both checks pass, 1 on disagreement or when a run fails, 2 on bad options.
Java is JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH. Before timing, it runs
./leafdrop --version, which builds the jar with `mvn -B -q package -DskipTests` when it is missing
or older than pom.xml or src/main.
Requires Python 3 and NumPy (for the reference).
"""

import argparse
import datetime
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

import numpy

HERE = os.path.dirname(os.path.realpath(__file__))
ROOT = os.path.dirname(HERE)
JAR = os.path.join(ROOT, "target", "leafdrop.jar")
REF = os.path.join(HERE, "ref_sim.py")

CENTROID_TOLERANCE_OF_DRIFT = 0.02  # bench/README.md: landing centroid within 2 % of the drift
FALL_TIME_TOLERANCE = 0.01  # bench/README.md: mean fall time within 1 %
SPEED_UP_TARGET = 3.0  # bench/README.md: at least 3x faster, whole process against whole process

sys.dont_write_bytecode = True  # importing ref_sim must not leave bench/__pycache__ behind
sys.path.insert(0, HERE)
import ref_sim  # noqa: E402  (the reference's own geodesic distance, so both sides measure alike)


class BenchError(Exception):
    """A run that failed or produced unusable output."""


def java_command():
    home = os.environ.get("JAVA_HOME")
    return os.path.join(home, "bin", "java") if home else "java"


def ensure_jar():
    """Builds target/leafdrop.jar through ./leafdrop, the one place that knows when the jar is
    missing or stale (it then runs mvn -B -q package -DskipTests)."""
    proc = subprocess.run([os.path.join(ROOT, "leafdrop"), "--version"], cwd=ROOT,
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    if proc.returncode != 0 or not os.path.isfile(JAR):
        raise BenchError(f"./leafdrop --version failed (exit {proc.returncode}); see the messages above")


def timed(cmd):
    """Runs cmd as a whole process; returns (wall time in s, stdout). Raises BenchError on failure."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    except FileNotFoundError:
        raise BenchError(f"{cmd[0]}: not found") from None
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise BenchError(f"{shlex.join(cmd)} exited {proc.returncode}:\n{proc.stderr.strip()}")
    return wall, proc.stdout


def reference_command(plan, mode):
    return [sys.executable, REF, plan, "--mode", mode]


def run_reference(plan, mode):
    wall, out = timed(reference_command(plan, mode))
    try:
        return wall, json.loads(out)
    except json.JSONDecodeError as exc:
        raise BenchError(f"ref_sim.py --mode {mode} printed no JSON: {exc}") from None


def run_leafdrop(cmd, result_path):
    if os.path.exists(result_path):
        os.remove(result_path)
    wall, _ = timed(cmd)
    try:
        with open(result_path, encoding="utf-8") as fh:
            return wall, json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:
        raise BenchError(f"leafdrop wrote no readable result file {result_path}: {exc}") from None


def check_agreement(ref, ours):
    """Agreement of the first sortie. ref: ref_sim.py particle-mode JSON; ours: Leafdrop's result
    JSON (PLAN-FORMAT.md "Result file"). Returns a list of check dicts (name, ours, ref,
    difference, tolerance, passed, all as display strings except passed)."""
    try:
        sortie = ours["sorties"][0]
        our_lon = float(sortie["landingCentroid"]["lon"])
        our_lat = float(sortie["landingCentroid"]["lat"])
        our_fall = float(sortie["fallTimeS"]["mean"])
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise BenchError(f"the Leafdrop result lacks sorties[0].landingCentroid or .fallTimeS.mean ({exc!r})") from None
    ref_lon = float(ref["landingCentroid"]["lon"])
    ref_lat = float(ref["landingCentroid"]["lat"])
    ref_drift = float(ref["driftM"])
    ref_fall = float(ref["fallTimeMeanS"])
    ref_id = ref["sorties"][0]["id"]
    if sortie.get("id") != ref_id:
        print(f"warning: first sortie ids differ (Leafdrop {sortie.get('id')!r}, reference {ref_id!r})",
              file=sys.stderr)

    distance, _ = ref_sim.vincenty_inverse(ref_lon, ref_lat, our_lon, our_lat)
    centroid_limit = CENTROID_TOLERANCE_OF_DRIFT * ref_drift
    fall_diff = abs(our_fall - ref_fall)
    fall_limit = FALL_TIME_TOLERANCE * ref_fall
    return [
        {"name": "landing centroid",
         "ours": f"{our_lon:.5f}, {our_lat:.5f}", "ref": f"{ref_lon:.5f}, {ref_lat:.5f}",
         "difference": f"{distance:.0f} m ({100 * distance / ref_drift:.2f} % of drift {ref_drift:.0f} m)",
         "tolerance": f"{centroid_limit:.0f} m (2 % of drift)",
         "passed": distance <= centroid_limit},
        {"name": "mean fall time",
         "ours": f"{our_fall:.1f} s", "ref": f"{ref_fall:.1f} s",
         "difference": f"{fall_diff:.1f} s ({100 * fall_diff / ref_fall:.2f} %)",
         "tolerance": f"{fall_limit:.1f} s (1 %)",
         "passed": fall_diff <= fall_limit},
    ]


def java_version(java):
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    except OSError:
        return "unknown"
    for line in out.splitlines():
        if ' version "' in line:
            return line.split('"')[1]
    return "unknown"


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def fmt_times(times):
    return ", ".join(f"{t:.2f}" for t in times)


def print_markdown(args, plan_rel, ref_times, our_times, ref_compute, speed_up, checks, java):
    with open(args.plan, encoding="utf-8") as fh:
        particles = json.load(fh).get("simulation", {}).get("particlesPerSortie")
    options = " ".join(x for x in (f"--threads {args.threads}" if args.threads else "",
                                   f'--java-opts "{args.java_opts}"' if args.java_opts else "") if x)
    print()
    print(f"Measured {datetime.date.today().isoformat()} with `python3 bench/compare.py --rounds {args.rounds}"
          f"{' ' + options if options else ''}` on `{plan_rel}`"
          f"{f' ({particles:,} particles)' if particles else ''}.")
    print(f"Machine: {cpu_model()}, {os.cpu_count()} cores; Java {java_version(java)}; "
          f"Python {platform.python_version()}, NumPy {numpy.__version__}.")
    print()
    print("| Run (whole process) | Median wall time (s) | All runs (s) |")
    print("|---|---:|---|")
    print(f"| ref_sim.py --mode particles | {statistics.median(ref_times):.2f} | {fmt_times(ref_times)} |")
    print(f"| leafdrop simulate (JVM start included) | {statistics.median(our_times):.2f} | {fmt_times(our_times)} |")
    print(f"| Speed-up, median ref / median leafdrop | {speed_up:.2f}x | target at least {SPEED_UP_TARGET:.0f}x |")
    print()
    print(f"The reference's own compute time (its `elapsedS`, without Python start and imports): "
          f"median {statistics.median(ref_compute):.2f} s.")
    print()
    print("| Agreement, first sortie | Leafdrop | Reference | Difference | Tolerance | Result |")
    print("|---|---|---|---|---|---|")
    for c in checks:
        print(f"| {c['name']} | {c['ours']} | {c['ref']} | {c['difference']} | {c['tolerance']} | "
              f"{'PASS' if c['passed'] else 'FAIL'} |")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5, help="alternating rounds of both runs (default 5)")
    ap.add_argument("--plan", default=os.path.join(HERE, "p1.leafdrop.json"),
                    help="plan file (default bench/p1.leafdrop.json)")
    ap.add_argument("--java-opts", default="", help='JVM options for Leafdrop, e.g. "-Xmx2g"')
    ap.add_argument("--threads", type=int, default=None, help="passed to leafdrop simulate as --threads N")
    ap.add_argument("--markdown", action="store_true", help="also print markdown tables for docs/performance.md")
    args = ap.parse_args(argv)
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")
    if args.threads is not None and args.threads < 1:
        ap.error("--threads must be at least 1")
    args.plan = os.path.abspath(args.plan)
    if not os.path.isfile(args.plan):
        ap.error(f"plan not found: {args.plan}")
    plan_rel = os.path.relpath(args.plan, ROOT)

    try:
        ensure_jar()
        java = java_command()
        with tempfile.TemporaryDirectory(prefix="leafdrop-bench-") as tmp:
            result_path = os.path.join(tmp, "r.json")
            ref_cmd = reference_command(args.plan, "particles")
            our_cmd = [java, *shlex.split(args.java_opts), "-jar", JAR, "simulate", args.plan, "-o", result_path]
            if args.threads is not None:
                our_cmd += ["--threads", str(args.threads)]
            print(f"reference: {shlex.join(ref_cmd)}")
            print(f"leafdrop:  {shlex.join(our_cmd)}")
            ref_times, our_times, ref_compute = [], [], []
            ref_out = ours = None
            for i in range(1, args.rounds + 1):
                wall_ref, ref_out = run_reference(args.plan, "particles")
                ref_times.append(wall_ref)
                ref_compute.append(float(ref_out["elapsedS"]))
                wall_ours, ours = run_leafdrop(our_cmd, result_path)
                our_times.append(wall_ours)
                print(f"round {i}/{args.rounds}: reference {wall_ref:.3f} s, leafdrop {wall_ours:.3f} s",
                      flush=True)
        _, integral = run_reference(args.plan, "integral")
        checks = check_agreement(ref_out, ours)
    except BenchError as exc:
        print(f"compare.py: {exc}", file=sys.stderr)
        return 1

    ref_median = statistics.median(ref_times)
    our_median = statistics.median(our_times)
    speed_up = ref_median / our_median
    print()
    print(f"reference (whole process): median {ref_median:.3f} s over {len(ref_times)} runs "
          f"[{fmt_times(ref_times)}]; its own compute time (elapsedS): median "
          f"{statistics.median(ref_compute):.3f} s")
    print(f"leafdrop  (whole process): median {our_median:.3f} s over {len(our_times)} runs "
          f"[{fmt_times(our_times)}]")
    print(f"speed-up (median reference / median leafdrop): {speed_up:.2f}x "
          f"(target at least {SPEED_UP_TARGET:.0f}x: {'met' if speed_up >= SPEED_UP_TARGET else 'not met'})")
    print()
    print(f"reference --mode integral (deterministic: no turbulence, no descent spread): drift "
          f"{integral['driftM']:.1f} m towards {integral['driftBearingDeg']:.1f} deg, fall time "
          f"{integral['fallTimeMeanS']:.1f} s")
    doctrinal = ours["sorties"][0].get("doctrinal")
    if isinstance(doctrinal, dict) and "driftM" in doctrinal:
        print(f"leafdrop doctrinal layer sum (for orientation): drift {doctrinal['driftM']:.1f} m towards "
              f"{doctrinal.get('driftBearingDeg', float('nan')):.1f} deg, fall time "
              f"{doctrinal.get('fallTimeS', float('nan')):.1f} s")
    print()
    for c in checks:
        print(f"{'PASS' if c['passed'] else 'FAIL'} {c['name']}: leafdrop {c['ours']}, reference {c['ref']}, "
              f"difference {c['difference']}, tolerance {c['tolerance']}")
    if args.markdown:
        print_markdown(args, plan_rel, ref_times, our_times, ref_compute, speed_up, checks, java)
    return 0 if all(c["passed"] for c in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
