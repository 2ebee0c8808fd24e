"""Would compiling the engine's Python with Cython reach the engine speed target?

    pip install cython setuptools
    python benchmarks/compiled_probe.py [--build-dir DIR] [--rounds 2] [--conllu PARSED.conllu]

Copies the `eventcoder` package into a build folder, compiles its engine modules with Cython (pure
Python mode, no type declarations: the code as it is; a module Cython cannot compile is left as
Python and listed), and times `benchmarks/coding_speed.py --parse-sample 0 --repeat 3` on the plain
package and on the compiled copy, alternated `--rounds` times. Nothing is installed or shipped: this
measures whether a compiled build of the same code is a path to the 6,000 sentences/s target.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINE_MODULES = ("coder", "patterns", "actors", "repairs", "document", "phrases", "locations", "dates",
                  "events", "speech", "quantities", "places", "lemmas", "ud")

SETUP = """
import sys
from setuptools import setup
from Cython.Build import cythonize
exts, failed = [], []
for m in sys.argv[1].split(","):
    try:
        exts += cythonize([f"eventcoder/{m}.py"], compiler_directives={"language_level": 3}, quiet=True)
    except Exception:  # Cython reports the reason on stderr; the module stays Python
        failed.append(m)
print("NOT_COMPILED=" + ",".join(failed))
setup(ext_modules=exts, script_args=["build_ext", "--inplace"])
"""


def build(build_dir: Path) -> list[str]:
    """The compiled copy under `build_dir`; returns the modules left as Python."""
    if build_dir.exists():
        shutil.rmtree(build_dir)
    build_dir.mkdir(parents=True)
    shutil.copytree(ROOT / "eventcoder", build_dir / "eventcoder")
    (build_dir / "dictionaries").symlink_to(ROOT / "dictionaries")
    (build_dir / "setup_probe.py").write_text(SETUP)
    proc = subprocess.run([sys.executable, "setup_probe.py", ",".join(ENGINE_MODULES)], cwd=build_dir,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"build failed:\n{proc.stderr[-2000:]}")
    line = next(l for l in proc.stdout.splitlines() if l.startswith("NOT_COMPILED="))
    return [m for m in line.split("=", 1)[1].split(",") if m]


def time_engine(pythonpath: Path, conllu: Path | None) -> dict:
    cmd = [sys.executable, str(ROOT / "benchmarks" / "coding_speed.py"), "--parse-sample", "0", "--repeat", "3", "--json"]
    if conllu:
        cmd += ["--conllu", str(conllu)]
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    proc = subprocess.run(cmd, cwd="/", env=env, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build-dir", type=Path, default=Path(tempfile.gettempdir()) / "eventcoder-compiled-probe")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--conllu", type=Path, default=None)
    args = ap.parse_args()
    left = build(args.build_dir)
    compiled = sorted(p.name.split(".")[0] for p in (args.build_dir / "eventcoder").glob("*.so"))
    print(f"compiled: {', '.join(compiled)}; left as Python: {', '.join(left) or 'none'}")
    rows = []
    for r in range(args.rounds):
        for label, path in (("python", ROOT), ("cython", args.build_dir)):
            got = time_engine(path, args.conllu)
            rows.append((label, r + 1, got))
            print(f"round {r + 1} {label:7s} events {got['events']:,}  engine best {got['engine_sentences_per_second']:,}"
                  f" median {got['engine_sentences_per_second_median']:,} sentences/s"
                  f"  eventcoder code {got['cli_sentences_per_second']:,} sentences/s", flush=True)
    by = {label: [g["engine_sentences_per_second_median"] for lab, _, g in rows if lab == label] for label in ("python", "cython")}
    ratio = sum(by["cython"]) / sum(by["python"])
    print(f"compiled/plain engine speed (medians summed over rounds): {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
