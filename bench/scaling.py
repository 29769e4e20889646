#!/usr/bin/env python3
"""Scaling benchmark (the 10^7-particle case runs once): Leafdrop's run time and memory against the particle count and the release
height, and the 16-sortie city campaign on 1 and 2 threads. Whole processes (JVM start
included), each case timed R times; medians reported. Needs Java 17+ and GNU time (/usr/bin/time,
for the peak resident memory). Writes a Markdown table to stdout, the raw figures to
--csv (default docs/scaling.csv) and a plot to --svg (default docs/images/scaling.svg).

    python3 bench/scaling.py                 # everything, 3 runs per case (about 15 minutes)
    python3 bench/scaling.py --quick         # small counts, 1 run per case (a smoke test)
"""
import argparse
import json
import math
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile

root = pathlib.Path(__file__).resolve().parent.parent
jar = root / "target" / "leafdrop.jar"
city16 = root / "bench" / "city16.leafdrop.json"


def run(plan, particles, threads, xmx, out_dir, tag):
    result = pathlib.Path(out_dir) / f"{tag}.json"
    cmd = ["/usr/bin/time", "-f", "%e %M", "java", f"-Xmx{xmx}", "-jar", str(jar), "simulate", str(plan),
           "--particles", str(particles), "--threads", str(threads), "-o", str(result)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr[-2000:]}")
    wall, rss_kb = p.stderr.strip().splitlines()[-1].split()
    r = json.loads(result.read_text())
    steps = sum(s["particles"] * s["fallTimeS"]["mean"] for s in r["sorties"] if s.get("fallTimeS"))
    return float(wall), int(rss_kb) / 1024, r, steps


def height_plan(feet, tmp):
    """bench/p1.leafdrop.json released from another height (feet AGL)."""
    p = json.loads((root / "bench" / "p1.leafdrop.json").read_text())
    for s in p["sorties"]:
        s["altitudeAglM"] = round(feet * 0.3048, 1)
    path = pathlib.Path(tmp) / f"p1-{feet}ft.leafdrop.json"
    path.write_text(json.dumps(p))
    return path


def median_of(fn, rounds):
    runs = [fn() for _ in range(rounds)]
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), runs[0][2], runs[0][3],
            [r[0] for r in runs])


def svg(particle_rows, height_rows, path):
    """Two log-log panels: seconds against total particles, seconds against release height."""
    w, h, pad = 900, 420, 60
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">',
           '<rect width="100%" height="100%" fill="white"/>']

    def panel(x0, title, xlabel, rows, xfmt):
        pw, ph = w / 2 - pad - 20, h - 2 * pad
        xs = [math.log10(r[0]) for r in rows]
        ys = [math.log10(max(r[1], 1e-3)) for r in rows]
        xmin, xmax = math.floor(min(xs)), math.ceil(max(xs))
        ymin, ymax = math.floor(min(ys)), math.ceil(max(ys))
        ymax = max(ymax, ymin + 1)
        xmax = max(xmax, xmin + 1)
        sx = lambda v: x0 + pad + (v - xmin) / (xmax - xmin) * pw
        sy = lambda v: pad + ph - (v - ymin) / (ymax - ymin) * ph
        out.append(f'<text x="{x0 + pad}" y="{pad - 25}" font-weight="bold">{title}</text>')
        out.append(f'<rect x="{x0 + pad}" y="{pad}" width="{pw}" height="{ph}" fill="none" stroke="#999"/>')
        for e in range(xmin, xmax + 1):
            out.append(f'<line x1="{sx(e)}" y1="{pad}" x2="{sx(e)}" y2="{pad + ph}" stroke="#eee"/>')
            out.append(f'<text x="{sx(e)}" y="{pad + ph + 16}" text-anchor="middle">{xfmt(10 ** e)}</text>')
        for e in range(ymin, ymax + 1):
            out.append(f'<line x1="{x0 + pad}" y1="{sy(e)}" x2="{x0 + pad + pw}" y2="{sy(e)}" stroke="#eee"/>')
            out.append(f'<text x="{x0 + pad - 6}" y="{sy(e) + 4}" text-anchor="end">{10 ** e:g} s</text>')
        pts = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in zip(xs, ys))
        out.append(f'<polyline points="{pts}" fill="none" stroke="#1e5aa8" stroke-width="2"/>')
        for x, y, r in zip(xs, ys, rows):
            out.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3.5" fill="#1e5aa8"/>')
            out.append(f'<text x="{sx(x) + 6:.1f}" y="{sy(y) - 6:.1f}" fill="#555">{r[2]:.0f} MB</text>')
        out.append(f'<text x="{x0 + pad + pw / 2}" y="{pad + ph + 34}" text-anchor="middle">{xlabel}</text>')

    panel(0, "Run time against particles (city campaign, 2 threads)", "particles in all (log scale)", particle_rows,
          lambda v: f"{v:,.0f}")
    panel(w / 2, "Run time against release height (P1, 10^5 particles)", "release height, ft AGL (log scale)",
          height_rows, lambda v: f"{v:,.0f}")
    out.append(f'<text x="10" y="{h - 8}" fill="#777" font-size="10">Whole processes (JVM start included), medians; '
               'labels: peak resident memory. bench/scaling.py</text>')
    out.append("</svg>")
    pathlib.Path(path).write_text("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="small counts, one run each")
    ap.add_argument("--csv", default=str(root / "docs" / "scaling.csv"))
    ap.add_argument("--svg", default=str(root / "docs" / "images" / "scaling.svg"))
    a = ap.parse_args()
    rounds = 1 if a.quick else a.rounds
    subprocess.run([str(root / "leafdrop"), "--version"], check=True, capture_output=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        # 1. the city campaign, 10^6 particles, 1 GB heap, 1 and 2 threads: time, speed-up, same results
        per_sortie = 625 if a.quick else 62_500
        city = {}
        for t in (1, 2):
            wall, rss, r, steps, runs = median_of(lambda: run(city16, per_sortie, t, "1g", tmp, f"city-{t}"), rounds)
            city[t] = (wall, rss, r, runs)
            rows.append(("city16", 16 * per_sortie, "1200 m", t, wall, rss, steps))
        same = all(city[1][2][k] == city[2][2][k] for k in ("sorties", "targets", "exclusions", "totals"))
        print(f"## City campaign: 16 sorties, {16 * per_sortie:,} particles, -Xmx1g\n")
        print("| threads | median s | runs s | peak RSS MB |\n|---|---|---|---|")
        for t in (1, 2):
            print(f"| {t} | {city[t][0]:.2f} | {', '.join(f'{x:.2f}' for x in city[t][3])} | {city[t][1]:.0f} |")
        print(f"\nspeed-up 1 -> 2 threads: {city[1][0] / city[2][0]:.2f}x; results identical: {same}\n")
        # 2. particles 10^4 .. 10^7 on the city plan, 2 threads
        particle_rows = []
        counts = [10_000, 100_000] if a.quick else [10_000, 100_000, 1_000_000, 10_000_000]
        print("## Particles (city campaign, 2 threads)\n\n| particles | median s | peak RSS MB | particle-steps/s |\n|---|---|---|---|")
        for n in counts:
            xmx = "4g" if n >= 10_000_000 else "1g"
            # 10^7 particles take minutes: one run is enough to place it on the curve
            wall, rss, r, steps, _ = median_of(lambda: run(city16, n // 16, 2, xmx, tmp, f"n{n}"),
                                               1 if n >= 10_000_000 else rounds)
            particle_rows.append((n, wall, rss))
            rows.append(("city16", n, "1200 m", 2, wall, rss, steps))
            print(f"| {n:,} | {wall:.2f} | {rss:.0f} | {steps / wall:,.0f} |")
        # 3. release height 500 .. 30,000 ft on P1, 10^5 particles, 2 threads
        height_rows = []
        feet = [500, 5000] if a.quick else [500, 1000, 2000, 5000, 10000, 20000, 30000]
        n = 10_000 if a.quick else 100_000
        print(f"\n## Release height (P1, {n:,} particles, 2 threads)\n\n| ft AGL | median s | peak RSS MB | mean fall s |\n|---|---|---|---|")
        for ft in feet:
            plan = height_plan(ft, tmp)
            wall, rss, r, steps, _ = median_of(lambda: run(plan, n, 2, "1g", tmp, f"h{ft}"), rounds)
            fall = r["sorties"][0]["fallTimeS"]["mean"]
            height_rows.append((ft, wall, rss))
            rows.append(("p1", n, f"{ft} ft", 2, wall, rss, steps))
            print(f"| {ft:,} | {wall:.2f} | {rss:.0f} | {fall:,.0f} |")
    pathlib.Path(a.csv).parent.mkdir(parents=True, exist_ok=True)
    with open(a.csv, "w") as f:
        f.write("plan,particles,release,threads,median_s,peak_rss_mb,particle_steps\n")
        for r in rows:
            f.write(",".join(str(x) if not isinstance(x, float) else f"{x:.3f}" for x in r) + "\n")
    pathlib.Path(a.svg).parent.mkdir(parents=True, exist_ok=True)
    svg(particle_rows, height_rows, a.svg)
    print(f"\nwrote {a.csv} and {a.svg}")


if __name__ == "__main__":
    main()
