#!/usr/bin/env python3
"""Writes bench/city16.leafdrop.json: the 16-sortie city campaign of the scaling benchmark.

A synthetic plan, not a reconstruction: 16 target squares of 1.2 km on a 4 x 4 grid over
Mosul (1.6 km apart), one C-130 free-fall pass of 50,000 standard leaflets per square at
1,200 m AGL, the central Mosul sample's assumed winds and night boundary layer, 62,500
particles per sortie (10^6 in all). The tracks are first placed 4 km up the mean wind; run
`leafdrop solve` on the file to put each landing centroid on its square (the benchmark does
not need that: the work per particle is the same).
"""
import json
import math
import pathlib

here = pathlib.Path(__file__).resolve().parent
sample = json.loads((here.parent / "samples" / "mosul-central-2016-10-16.leafdrop.json").read_text())
lon0, lat0 = 43.105, 36.315          # south-west corner of the grid
dlat = 1.6 / 111.2                   # 1.6 km in degrees of latitude
dlon = 1.6 / (111.32 * math.cos(math.radians(36.34)))
half_lat = 0.6 / 111.2
half_lon = 0.6 / (111.32 * math.cos(math.radians(36.34)))
targets, sorties = [], []
for row in range(4):
    for col in range(4):
        n = row * 4 + col + 1
        clon, clat = lon0 + col * dlon, lat0 + row * dlat
        ring = [[clon - half_lon, clat - half_lat], [clon + half_lon, clat - half_lat],
                [clon + half_lon, clat + half_lat], [clon - half_lon, clat + half_lat],
                [clon - half_lon, clat - half_lat]]
        targets.append({"id": f"d{n:02d}", "name": f"District {n} (synthetic 1.2 km square)",
                        "desiredDensityPerKm2": 10000,
                        "geometry": {"type": "Polygon", "coordinates": [[[round(x, 5), round(y, 5)] for x, y in ring]]}})
        # 4 km up the wind (from about 305 deg), a 1.5 km pass across it
        up_lon = clon - 4.0 * math.sin(math.radians(125)) / (111.32 * math.cos(math.radians(36.34)))
        up_lat = clat - 4.0 * math.cos(math.radians(125)) / 111.2
        a = (up_lon - 0.75 * math.sin(math.radians(35)) / 89.7, up_lat - 0.75 * math.cos(math.radians(35)) / 111.2)
        b = (up_lon + 0.75 * math.sin(math.radians(35)) / 89.7, up_lat + 0.75 * math.cos(math.radians(35)) / 111.2)
        sorties.append({"id": f"s{n:02d}", "aircraft": "C-130", "targetId": f"d{n:02d}", "releaseMethod": "free-fall",
                        "track": {"type": "LineString", "coordinates": [[round(a[0], 5), round(a[1], 5)],
                                                                        [round(b[0], 5), round(b[1], 5)]]},
                        "altitudeAglM": 1200, "groundSpeedMps": 72, "leafletType": "6x3-20lb",
                        "leafletCount": 50000,
                        "releaseTimeUtc": f"2016-10-15T{22 + (n - 1) // 8:02d}:{((n - 1) % 8) * 7:02d}:00Z"})
plan = {"format": "leafdrop-plan", "version": 1,
        "name": "Benchmark: 16-sortie city campaign (synthetic)",
        "notes": "Synthetic benchmark plan written by bench/make_city16.py: 16 squares over Mosul, one free-fall "
                 "pass each, the central Mosul sample's assumed winds and boundary layer. Not a reconstruction.",
        "groundElevationMslM": sample["groundElevationMslM"], "targets": targets,
        "exclusions": sample["exclusions"], "weather": sample["weather"], "sorties": sorties,
        "simulation": {"particlesPerSortie": 62500, "seed": 16, "timeStepS": 1, "gridCellM": 100,
                       "densityThresholdPerKm2": 1000}}
(here / "city16.leafdrop.json").write_text(json.dumps(plan, indent=2) + "\n")
print("wrote", here / "city16.leafdrop.json")
