#!/usr/bin/env python3
"""Benchmark `sitegen build` against Hugo on generated corpora.

    scripts/benchmark.sh [N ...]          (default: 1000 10000)
    python3 scripts/benchmark.py [N ...]

For each N: generates a corpus of about N Markdown files with scripts/generate_corpus.py
(once), then builds it with sitegen and with Hugo alternately, RUNS times each, clearing the
output folder before every run, and reports per tool the median wall time, median CPU time
(user + sys) and median peak resident set size, measured by GNU time. The goal of the issue
"Speed: a 10,000-file site in half of Hugo's time and a quarter of its memory" is a
sitegen/Hugo ratio of at most 0.50 for wall time and at most 0.25 for peak RSS.

Environment:
    RUNS=5          timed runs per tool and N
    WARMUP=1        untimed runs per tool before the timed ones (fills the page cache)
    SEED=1          corpus seed
    BENCH_DIR=DIR   keep corpora and outputs in DIR (reused on the next run); default: a temp
                    folder that is removed at the end
    NO_BUILD=1      do not run `swift build -c release --product sitegen` first
    SITEGEN=PATH    sitegen binary (default .build/release/sitegen); HUGO=PATH (default hugo)
    BARE_THEME=1    also time sitegen with a bare theme, whose templates print only each page's
                    language, title and body: the rest of the build (reading, Markdown, checks,
                    writing, search index, sitemap) without the cost of the default theme's
                    templates. Its ratio to Hugo is the least a faster template engine could reach.

After the timed runs, sitegen builds each corpus once more with SITEGEN_TIMINGS=1 and the
script prints the wall time of each of its stages (scan, parse, assemble and validate, render and
write, search index, sitemap, commit).

Needs python3, GNU time (/usr/bin/time: apt-get install -y time), Hugo (apt-get install -y hugo)
and, unless NO_BUILD=1, Swift. Nothing else.
"""

import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GNU_TIME = "/usr/bin/time"
WALL_GOAL, MEM_GOAL = 0.50, 0.25


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def die(msg, status=1):
    log(f"benchmark: {msg}")
    sys.exit(status)


def need_tools(hugo):
    if not os.access(GNU_TIME, os.X_OK):
        die("GNU time is missing: apt-get install -y time", 2)
    probe = subprocess.run([GNU_TIME, "-f", "%M", "true"], capture_output=True, text=True)
    if probe.returncode != 0 or not probe.stderr.strip().isdigit():
        die(f"{GNU_TIME} is not GNU time (needs -f '%e %U %S %M'): apt-get install -y time", 2)
    if not shutil.which(hugo):
        die(f"Hugo ({hugo}) is missing: apt-get install -y hugo", 2)


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                    break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {model}, {mem} RAM, " \
           f"Linux {platform.release()}"


def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except Exception:
        return "?"


def git_rev():
    try:
        rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--", "Sources", "Package.swift"],
                               capture_output=True, text=True).stdout.strip()
        return rev + ("+local changes" if dirty else "") if rev else "?"
    except Exception:
        return "?"


def build_sitegen(binary):
    if os.environ.get("NO_BUILD") == "1":
        if not os.access(binary, os.X_OK):
            die(f"{binary} does not exist and NO_BUILD=1", 2)
        return
    log("building sitegen (swift build -c release --product sitegen) ...")
    r = subprocess.run(["swift", "build", "-c", "release", "--product", "sitegen"], cwd=ROOT,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        log("\n".join(r.stdout.splitlines()[-30:]))
        die("swift build failed", 2)


def corpus(base, n, seed):
    """Generate (or reuse) the corpus for n; returns its folder and the number of .md files."""
    d = os.path.join(base, f"corpus-{n}-seed{seed}")
    stamp = os.path.join(d, ".complete")
    if not os.path.exists(stamp):
        log(f"generating a corpus of {n} files in {d} ...")
        t0 = time.monotonic()
        r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "generate_corpus.py"),
                            str(n), d, "--seed", str(seed)], stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            log(r.stderr)
            die("corpus generation failed", 2)
        log(f"  {r.stderr.strip()} ({time.monotonic() - t0:.1f} s)")
        open(stamp, "w").close()
    md = sum(1 for _, _, fs in os.walk(os.path.join(d, "sitegen", "content")) for f in fs if f.endswith(".md"))
    return d, md


BARE_TEMPLATE = '<!DOCTYPE html><html lang="{{lang}}"><title>{{title}}</title><main>{{{body}}}</main></html>\n'
BARE_TEMPLATES = ["base", "document", "home", "municipality", "notfound", "page", "part", "print", "search"]


def bare_site(d):
    """A copy of the corpus's sitegen site (once) whose theme prints only lang, title and body."""
    site = os.path.join(d, "sitegen-bare")
    stamp = os.path.join(site, ".complete")
    if not os.path.exists(stamp):
        clear(site)
        shutil.copytree(os.path.join(d, "sitegen", "content"), os.path.join(site, "content"))
        with open(os.path.join(d, "sitegen", "sitegen.yml")) as fh:
            config = fh.read()
        with open(os.path.join(site, "sitegen.yml"), "w") as fh:
            fh.write(config.rstrip("\n") + "\ntheme: bare\n")
        templates = os.path.join(site, "themes", "bare", "templates")
        os.makedirs(templates)
        for name in BARE_TEMPLATES:
            with open(os.path.join(templates, name + ".mustache"), "w") as fh:
                fh.write(BARE_TEMPLATE)
        open(stamp, "w").close()
    return site


def clear(path):
    if os.path.lexists(path):
        shutil.rmtree(path)


def timed(cmd, workdir, tag):
    """Run cmd under GNU time; returns (returncode, wall, cpu, rss_kb, stdout+stderr path)."""
    tfile = os.path.join(workdir, f"{tag}.time")
    ofile = os.path.join(workdir, f"{tag}.log")
    with open(ofile, "w") as out:
        r = subprocess.run([GNU_TIME, "-f", "%e %U %S %M", "-o", tfile] + cmd, stdout=out, stderr=out)
    with open(tfile) as fh:
        last = [ln for ln in fh.read().splitlines() if ln.strip()][-1]
    e, u, s, m = last.split()
    return r.returncode, float(e), float(u) + float(s), int(m), ofile


def html_pages(path):
    return sum(1 for _, _, fs in os.walk(path) for f in fs if f.endswith(".html"))


def bench_one(n, base, seed, runs, warmup, sitegen, hugo, bare):
    d, md = corpus(base, n, seed)
    s_out, h_out = os.path.join(d, "out-sitegen"), os.path.join(d, "out-hugo")
    tools = [
        ("sitegen", [sitegen, "build", "--site", os.path.join(d, "sitegen"), "--output", s_out], s_out),
        ("Hugo", [hugo, "--source", os.path.join(d, "hugo"), "--destination", h_out, "--quiet"], h_out),
    ]
    if bare:
        b_out = os.path.join(d, "out-sitegen-bare")
        tools.append(("bare", [sitegen, "build", "--site", bare_site(d), "--output", b_out], b_out))
    samples = {name: [] for name, _, _ in tools}
    pages = {}
    total = warmup + runs
    for i in range(total):
        for name, cmd, out in tools:  # alternately: sitegen, Hugo, sitegen, Hugo ...
            clear(out)
            rc, wall, cpu, rss, logf = timed(cmd, d, name)
            if rc != 0:
                with open(logf, errors="replace") as fh:
                    lines = fh.read().splitlines()
                log(f"{name} exited with status {rc} on N={n}; its first 20 lines of output:")
                log("\n".join("  " + ln for ln in lines[:20]))
                die(f"{name} failed: {' '.join(cmd)}")
            kind = "warm-up" if i < warmup else f"run {i - warmup + 1}/{runs}"
            log(f"  N={n} {name:8s} {kind:10s} wall {wall:7.2f} s  cpu {cpu:7.2f} s  rss {rss / 1024:8.1f} MB")
            if i >= warmup:
                samples[name].append((wall, cpu, rss))
            pages[name] = html_pages(out)
    med = {name: tuple(statistics.median(x[k] for x in v) for k in range(3)) for name, v in samples.items()}
    # One more sitegen run with SITEGEN_TIMINGS=1, for where its time goes (not in the medians).
    clear(s_out)
    env = dict(os.environ, SITEGEN_TIMINGS="1")
    r = subprocess.run(tools[0][1], env=env, capture_output=True, text=True)
    stages = [ln[len("timing: "):] for ln in r.stderr.splitlines() if ln.startswith("timing: ")]
    return {"n": n, "md": md, "med": med, "pages": pages, "stages": stages}


def fmt_row(cells):
    return "| " + " | ".join(cells) + " |"


def main():
    ns = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    if any(a in ("-h", "--help") for a in sys.argv[1:]):
        print(__doc__)
        return
    runs = int(os.environ.get("RUNS", "5"))
    warmup = int(os.environ.get("WARMUP", "1"))
    seed = int(os.environ.get("SEED", "1"))
    sitegen = os.environ.get("SITEGEN", os.path.join(ROOT, ".build", "release", "sitegen"))
    hugo = os.environ.get("HUGO", "hugo")
    bare = os.environ.get("BARE_THEME") == "1"
    if runs < 1:
        die("RUNS must be at least 1", 2)

    need_tools(hugo)
    build_sitegen(sitegen)
    keep = "BENCH_DIR" in os.environ
    base = os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="sitegen-bench-")
    os.makedirs(base, exist_ok=True)
    t_start = time.monotonic()
    results = []
    try:
        for n in ns:
            results.append(bench_one(n, base, seed, runs, warmup, sitegen, hugo, bare))
    finally:
        if not keep:
            shutil.rmtree(base, ignore_errors=True)

    print()
    print(f"Machine: {machine()}")
    print(f"sitegen {git_rev()} (release build) vs {version([hugo, 'version']).split(' BuildDate')[0]}; "
          f"median of {runs} alternating runs per tool after {warmup} warm-up run(s); "
          f"outputs on {base if keep else tempfile.gettempdir()}")
    print()
    print(fmt_row(["Files", "Tool", "Wall (s)", "CPU user+sys (s)", "Peak RSS (MB)", "HTML pages"]))
    print(fmt_row(["---:", "---", "---:", "---:", "---:", "---:"]))
    for r in results:
        s, h = r["med"]["sitegen"], r["med"]["Hugo"]
        for name, m in (("sitegen", s), ("Hugo", h)):
            print(fmt_row([f"{r['md']:,}", name, f"{m[0]:.2f}", f"{m[1]:.2f}", f"{m[2] / 1024:.0f}",
                           f"{r['pages'][name]:,}"]))
        wall_ratio = s[0] / h[0] if h[0] else float("inf")
        cpu_ratio = s[1] / h[1] if h[1] else float("inf")
        mem_ratio = s[2] / h[2] if h[2] else float("inf")
        verdict = ("goal met" if wall_ratio <= WALL_GOAL and mem_ratio <= MEM_GOAL else "goal not met") + \
            f" (≤ {WALL_GOAL:.2f} time, ≤ {MEM_GOAL:.2f} memory)"
        print(fmt_row([f"{r['md']:,}", "**sitegen/Hugo**", f"**{wall_ratio:.2f}**", f"{cpu_ratio:.2f}",
                       f"**{mem_ratio:.2f}**", verdict]))
        if "bare" in r["med"]:
            b = r["med"]["bare"]
            print(fmt_row([f"{r['md']:,}", "sitegen, bare theme", f"{b[0]:.2f}", f"{b[1]:.2f}", f"{b[2] / 1024:.0f}",
                           f"{r['pages']['bare']:,}"]))
            print(fmt_row([f"{r['md']:,}", "bare theme/Hugo", f"{b[0] / h[0]:.2f}" if h[0] else "∞",
                           f"{b[1] / h[1]:.2f}" if h[1] else "∞", f"{b[2] / h[2]:.2f}" if h[2] else "∞",
                           "without the default theme's templates"]))
    print()
    for r in results:
        if r.get("stages"):
            print(f"sitegen stages at {r['md']:,} files (one more run, wall time): " + "; ".join(r["stages"]))
    by_n = {r["n"]: r for r in results}
    ordered = sorted(by_n)
    growth = []
    for a, b in zip(ordered, ordered[1:]):
        ra, rb = by_n[a], by_n[b]
        growth.append(f"sitegen wall time {a:,} → {b:,} files: ×{rb['med']['sitegen'][0] / ra['med']['sitegen'][0]:.2f} "
                      f"(files ×{rb['md'] / ra['md']:.2f}; Hugo ×{rb['med']['Hugo'][0] / ra['med']['Hugo'][0]:.2f})")
    if 10000 in by_n and 30000 in by_n:
        g = by_n[30000]["med"]["sitegen"][0] / by_n[10000]["med"]["sitegen"][0]
        growth.append(f"sitegen growth 30,000 vs 10,000: ×{g:.2f} (×3.00 would be linear)")
    if growth:
        print()
        for line in growth:
            print(line)
    log(f"benchmark took {time.monotonic() - t_start:.0f} s")


if __name__ == "__main__":
    main()
