#!/usr/bin/env python3
"""Prints the studio's speed goals as ratios against floors measured in the same run.

Each goal: a benchmark of ours ÷ a floor benchmark (what Qt or the JSON library
alone needs for the same work), with the limit from issue 13. Exit status 1 when
a ratio misses its limit or a benchmark is missing, so `make bench` says so.
"""
import json
import sys

GOALS = [
    ("edit → updated scores and charts", "BM_EditToUpdatedScores5000", "BM_Floor_CoreEvaluate5000", 1.5),
    ("pan/zoom frame, 5,000 components", "BM_PanZoomFrame5000", "BM_Floor_PlainScenePanFrame5000", 1.5),
    ("load + save, 5,000 components", "BM_LoadAndSave5000", "BM_Floor_JsonParseDump5000", 2.0),
]


def main(paths):
    times = {}
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for b in json.load(f).get("benchmarks", []):
                if b.get("run_type", "iteration") == "iteration":
                    times[b["name"]] = b["real_time"] / {"ns": 1e6, "us": 1e3, "ms": 1.0, "s": 1e-3}[b["time_unit"]]
    print("\nSpeed goals (ratio to a floor measured in this run)")
    ok = True
    for label, ours, floor, limit in GOALS:
        if ours not in times or floor not in times:
            print(f"  ? {label}: {ours} or {floor} did not run")
            ok = False
            continue
        ratio = times[ours] / times[floor]
        mark = "✓" if ratio <= limit else "✗"
        ok &= ratio <= limit
        print(f"  {mark} {label}: {times[ours]:.2f} ms ÷ {times[floor]:.2f} ms = {ratio:.2f} (goal ≤ {limit})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
