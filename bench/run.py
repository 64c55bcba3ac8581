#!/usr/bin/env python3
"""`make bench`: escalate measured beside its peers in one run, on this machine.

Each case runs once to warm up, then RUNS times alternating with its peers; the table gives the
median wall time, min–max, peak resident memory, CPU ÷ wall, and the ratio of escalate's median
to each peer's. Inputs are generated first (bench/corpus.py, `escalate cases generate`), under
.build/bench/. Peers: Hugo and the cmark-gfm CLI (Debian packages), DuckDB and pandas
(bench/stats_duckdb.py, bench/stats_pandas.py). Not part of `make test` or CI.
"""
import argparse
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / ".build" / "bench"
ESCALATE = pathlib.Path(os.environ.get("ESCALATE", ROOT / ".build" / "release" / "escalate"))
PY = ROOT / ".build" / "bench-venv" / "bin" / "python"
HOLIDAYS = ROOT / "content" / "calendars" / "bank-holidays.json"


class Run:
    def __init__(self, wall, rss_mib, cpu):
        self.wall, self.rss_mib, self.cpu = wall, rss_mib, cpu


def measure(argv, cwd=None, setup=None, env=None):
    """One run of argv: wall seconds, peak RSS of the process tree's largest member, CPU seconds."""
    if setup:
        setup()
    # stderr goes to a file, not a pipe: a tool that writes more than a pipe holds (warnings
    # of a big corpus) would block on it while this waits for it to exit.
    # The peak RSS is GNU time's (%M) when it is there: a child forked from this Python process
    # carries this process's high-water mark across exec, so wait4's ru_maxrss can report the
    # bench's own memory for a tool that uses less.
    with tempfile.TemporaryFile() as errors, tempfile.NamedTemporaryFile("r") as peak:
        wrapped = (["/usr/bin/time", "-f", "%M", "-o", peak.name] if os.path.exists("/usr/bin/time") else []) + list(argv)
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors,
                                env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        errors.seek(0)
        err = errors.read().decode(errors="replace")
        peak.seek(0)
        reported = peak.read().strip().splitlines()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"failed ({code}): {' '.join(map(str, argv))}\n{err[-2000:]}")
    rss_kib = int(reported[-1]) if reported and reported[-1].isdigit() else usage.ru_maxrss
    return Run(wall, rss_kib / 1024, usage.ru_utime + usage.ru_stime)


class Case:
    """A piece of work done by escalate and, where there is one, by peers on the same input."""

    def __init__(self, name, target, escalate, peers=(), setup=None, env=None):
        self.name, self.target, self.escalate, self.peers, self.setup = name, target, escalate, list(peers), setup
        # escalate's environment: its chart cache (XDG_CACHE_HOME) is the bench's own, never the user's.
        self.env = env or {"XDG_CACHE_HOME": str(WORK / "cache-warm")}

    def run(self, runs):
        sides = [("escalate", self.escalate)] + self.peers
        results = {label: [] for label, _ in sides}
        for label, argv in sides:  # warm-up: caches, page cache, first-run costs
            measure(argv, setup=self.setup if label == "escalate" else None, env=self.env if label == "escalate" else None)
        for _ in range(runs):
            for label, argv in sides:
                results[label].append(measure(argv, setup=self.setup if label == "escalate" else None,
                                              env=self.env if label == "escalate" else None))
        return results


def summary(runs):
    walls = [r.wall for r in runs]
    med = statistics.median(walls)
    rss = max(r.rss_mib for r in runs)
    cpu = statistics.median([r.cpu / r.wall for r in runs])
    return med, min(walls), max(walls), rss, cpu


def build_release():
    subprocess.run(["swift", "build", "-c", "release", "--product", "escalate"], cwd=ROOT, check=True)


def generate(procedures, rows, big_mb):
    """The inputs, made once per size and kept under .build/bench/."""
    corpus = WORK / f"corpus-{procedures}"
    if not (corpus / "content").exists():
        subprocess.run([sys.executable, ROOT / "bench" / "corpus.py", corpus, "--procedures", str(procedures)],
                       check=True, stdout=subprocess.DEVNULL)
    big = WORK / f"big-{big_mb}mb"
    if not (big / "policies").exists():
        big.mkdir(parents=True, exist_ok=True)
        sys.path.insert(0, str(ROOT / "bench"))
        import corpus as corpus_module
        (big / "site.yml").write_text(corpus_module.site_yml(keep=("herts",)))
        shutil.copytree(ROOT / "content" / "calendars", big / "calendars", dirs_exist_ok=True)
        corpus_module.write_big(big / "policies" / "big.md", big_mb)
    logs = []
    for n in rows:
        log = WORK / f"cases-{n}.csv"
        if not log.exists():
            subprocess.run([ESCALATE, "cases", "generate", "--content", ROOT / "content", "--rows", str(n),
                            "--seed", "16", "--output", log, "--force"], check=True, stdout=subprocess.DEVNULL)
        logs.append(log)
    return corpus, big, logs


def forget_previous_build(output=WORK / "out-escalate"):
    """What lets a rebuild keep pages or stop early, removed: the next build renders everything."""
    for name in (f".{output.name}.manifest.json", f".{output.name}.build.json"):
        (output.parent / name).unlink(missing_ok=True)


def cases(procedure_counts, rows, big_mb):
    out = []
    for n in procedure_counts:
        corpus, big, _ = generate(n, [], big_mb)
        hugo = ["hugo", "--quiet", "-s", corpus / "hugo", "-d", WORK / "out-hugo"]
        cold = WORK / "cache-cold"
        out.append(Case(f"build {n} procedures, charts on, cold chart cache", "≤ 1.0 × Hugo",
                        [ESCALATE, "build", "--clean", "--content", corpus / "content", "--output", WORK / "out-escalate"],
                        [("Hugo", hugo)], setup=lambda: shutil.rmtree(cold, ignore_errors=True),
                        env={"XDG_CACHE_HOME": str(cold)}))
        # A full build each run: the previous build's page manifest and record are removed, so
        # no page is kept and the build does not stop as up to date (the chart cache stays warm).
        out.append(Case(f"build {n} procedures, charts on, warm chart cache", "(report)",
                        [ESCALATE, "build", "--content", corpus / "content", "--output", WORK / "out-escalate"],
                        [("Hugo", hugo)], setup=forget_previous_build))
        out.append(Case(f"build {n} procedures, charts off", "≤ 0.5 × Hugo",
                        [ESCALATE, "build", "--no-charts", "--content", corpus / "content", "--output",
                         WORK / "out-escalate"], [("Hugo", hugo)], setup=forget_previous_build))
        # One procedure edited between builds (a word toggled), the other n - 1 unchanged.
        edited = sorted((corpus / "content" / "policies").glob("*.md"))[0]
        def toggle(path=edited):
            text = path.read_text()
            path.write_text(text.replace("disagreement", "disagreements", 1) if "disagreements" not in text
                            else text.replace("disagreements", "disagreement", 1))
        out.append(Case(f"rebuild {n} procedures after a one-procedure edit", "(report; re-renders only it)",
                        [ESCALATE, "build", "--content", corpus / "content", "--output", WORK / "out-escalate"],
                        setup=toggle))
        out.append(Case(f"no-op rebuild of {n} procedures", "(report)",
                        [ESCALATE, "build", "--content", corpus / "content", "--output", WORK / "out-escalate"]))
    _, big, logs = generate(procedure_counts[0], rows, big_mb)
    out.append(Case(f"check one {big_mb} MB procedure", "≤ 1.43 × cmark-gfm (≥ 0.7 × its throughput)",
                    [ESCALATE, "check", "--content", big],
                    [("cmark-gfm", ["cmark-gfm", "-e", "table", "-e", "autolink", "-e", "strikethrough",
                                    "-e", "tasklist", big / "policies" / "big.md"])]))
    out.append(Case("no-op rebuild of the bundled site", "≤ 50 ms",
                    [ESCALATE, "build", "--content", ROOT / "content", "--output", WORK / "out-bundled"]))
    for n, log in zip(rows, logs):
        out.append(Case(f"statistics, {n:,} case rows", "≤ 1.0 × DuckDB, ≤ 0.4 × pandas, ≤ 64 MiB",
                        [ESCALATE, "stats", "--content", ROOT / "content", "--cases", log, "--output",
                         WORK / "out-stats"],
                        [("DuckDB", [PY, ROOT / "bench" / "stats_duckdb.py", log, HOLIDAYS, WORK / "duckdb.txt"]),
                         ("pandas", [PY, ROOT / "bench" / "stats_pandas.py", log, HOLIDAYS, WORK / "pandas.txt"])]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--full", action="store_true", help="add 3,000 procedures and 3M rows")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--procedures", type=int, nargs="*", help="override the procedure counts")
    ap.add_argument("--rows", type=int, nargs="*", help="override the case-log sizes")
    ap.add_argument("--big-mb", type=int, default=20)
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--only", nargs="*", help="run only the cases whose name contains one of these words")
    ap.add_argument("--skip", nargs="*", help="leave out the cases whose name contains one of these words")
    a = ap.parse_args()
    procedure_counts = a.procedures or ([1000, 3000] if a.full else [1000])
    rows = a.rows if a.rows is not None else ([100_000, 1_000_000, 3_000_000] if a.full else [1_000_000])
    WORK.mkdir(parents=True, exist_ok=True)
    if not a.skip_build:
        build_release()
    dot = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; {dot}")
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; runs: {a.runs} after a warm-up; "
          f"command: make bench{' FULL=1' if a.full else ''}\n")
    print("| work | target | tool | median s | min–max s | peak RSS MiB | cpu ÷ wall | ratio |")
    print("|---|---|---|---|---|---|---|---|")
    for case in cases(procedure_counts, rows, a.big_mb):
        if a.only and not any(w in case.name for w in a.only) or a.skip and any(w in case.name for w in a.skip):
            continue
        results = case.run(a.runs)
        mine = summary(results["escalate"])
        for label, runs in results.items():
            med, lo, hi, rss, cpu = summary(runs)
            ratio = "" if label == "escalate" else f"{mine[0] / med:.2f}×"
            print(f"| {case.name} | {case.target if label == 'escalate' else ''} | {label} | {med:.3f} | "
                  f"{lo:.3f}–{hi:.3f} | {rss:.0f} | {cpu:.2f} | {ratio} |", flush=True)


if __name__ == "__main__":
    main()
