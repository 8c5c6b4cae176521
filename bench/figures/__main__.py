"""One figure in this interpreter: ``python -m bench.figures NAME --scale S --repeat N
--work DIR``; prints its result as one JSON line (read by ``python -m bench``)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--work", type=Path, required=True)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    os.environ["CLUSTERDESK_HOME"] = str(args.work / "home")

    from bench.core import as_dict, judge
    from bench.figures import load

    module = load(args.name)
    measured = module.run(args.scale, args.repeat, args.work)
    print("BENCH-RESULT " + json.dumps(as_dict(judge(module, args.scale, measured)),
                                       ensure_ascii=False, default=str), flush=True)
    sys.stdout.flush()
    os._exit(0)  # Qt's and SQLAlchemy's teardown are not what is measured


if __name__ == "__main__":
    sys.exit(main())
