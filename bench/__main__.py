"""`make bench`: run every bench/bench_*.py module's `run()` and print one JSON document.

Each benchmark runs against a throwaway test database (never real data). Results are
also written to bench/results/<name>.json. `python -m bench pages` runs only one.
"""

import importlib
import json
import os
import pkgutil
import sys
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")


def main(argv: list[str]) -> int:
    import django

    django.setup()
    from django.test.utils import (
        setup_databases,
        teardown_databases,
    )

    wanted = set(argv)
    names = sorted(
        m.name.removeprefix("bench_")
        for m in pkgutil.iter_modules([str(Path(__file__).parent)])
        if m.name.startswith("bench_")
    )
    if wanted:
        names = [n for n in names if n in wanted]
    out_dir = Path(__file__).parent / "results"
    out_dir.mkdir(exist_ok=True)
    report: dict = {
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "benchmarks": {},
    }
    failed = False
    # Not setup_test_environment(): it instruments template rendering for assertions
    # and would slow every page we measure.
    for name in names:
        old_config = setup_databases(verbosity=0, interactive=False)
        try:
            module = importlib.import_module(f"bench.bench_{name}")
            started = time.perf_counter()
            result = module.run()
            result["seconds"] = round(time.perf_counter() - started, 1)
        except Exception as exc:  # noqa: BLE001 — report and go on with the others
            failed = True
            result = {"error": f"{type(exc).__name__}: {exc}"}
        finally:
            teardown_databases(old_config, verbosity=0)
        report["benchmarks"][name] = result
        (out_dir / f"{name}.json").write_text(json.dumps(result, indent=2, default=str))
    json.dump(report, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
