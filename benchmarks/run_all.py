"""Run every benchmark (each in its own process, one after another) and print one summary table.

    .venv/bin/python benchmarks/run_all.py [--quick] [--only NAME ...] [--json-out FILE]

Each benchmark's own output is shown as it runs; the summary lists every goal with PASS/FAIL. The exit
status is 0 whatever the results (benchmarks are not tests); it is 1 only when a benchmark crashed or
printed no result line.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = [
    "trainer_overhead",
    "conv_layout",
    "gui_responsiveness",
    "launch",
    "startup",
    "predict_latency",
    "text_training",
    "text_predict",
    "audio",
    "listen_latency",
    "explain",
    "timings_from_tests",
    "quality",
    "train_process",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="pass --quick to every benchmark")
    parser.add_argument("--only", nargs="+", choices=ORDER, help="run only these benchmarks")
    parser.add_argument("--json-out", type=Path, help="also write all result lines to this file (a JSON list)")
    args = parser.parse_args()

    results, broken = [], []
    for name in args.only or ORDER:
        script = HERE / f"bench_{name}.py"
        command = [sys.executable, str(script)] + (["--quick"] if args.quick else [])
        print(f"\n=== {name}: {' '.join(command[1:])}", flush=True)
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=HERE.parent, stdout=subprocess.PIPE, text=True)
        last = None
        for line in process.stdout:
            sys.stdout.write(line)
            sys.stdout.flush()
            if line.startswith("{"):
                last = line
        process.wait()
        seconds = time.perf_counter() - started
        try:
            result = json.loads(last) if last else None
        except json.JSONDecodeError:
            result = None
        if process.returncode != 0 or result is None:
            broken.append(name)
            print(f"=== {name} FAILED TO RUN (exit status {process.returncode})", flush=True)
            continue
        result["seconds"] = round(seconds, 1)
        results.append(result)

    print("\n=== summary")
    rows = []
    for result in results:
        for goal in result["goals"]:
            value = "n/a" if goal["value"] is None else f"{goal['value']:g} {goal['unit']}".strip()
            rows.append([result["benchmark"], goal["name"], value, f"{goal['goal']} {goal['unit']}".strip(),
                         "PASS" if goal["pass"] else "FAIL", f"{result['seconds']:.0f} s"])
    for name in broken:
        rows.append([name, "(did not run)", "", "", "ERROR", ""])
    headers = ["benchmark", "goal", "measured", "target", "result", "took"]
    widths = [max(len(h), *(len(str(r[i])) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=2))
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
