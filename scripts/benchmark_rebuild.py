#!/usr/bin/env python3
"""Times the rebuild `sitegen serve` does after one content file changed.

    python3 scripts/benchmark_rebuild.py [N] [--runs R]

Generates (or reuses, with BENCH_DIR) the corpus of scripts/generate_corpus.py with N files,
starts `sitegen serve` (release build) on a free loopback port, then edits one part file R times
in each of six ways and reads the "rebuilt in X ms" line sitegen prints after each edit:

  end      a sentence appended at the end of the body (the search index entry, which keeps the
           first 4,000 characters, stays the same)
  start    a sentence put at the start of the body (the search index is written again)
  title    the title changed (the front matter: pages that show the title are written again)
  link     a link to another part of the document appended (the target's backlinks change)
  heading  a heading appended (links to the part's headings are checked again)
  add      a new municipality added (a new file: the full comparison of every file)

All but the last take the quick path of `sitegen serve` (a title edit of an unnumbered part could
reorder its document's parts and take the full comparison; appending a number to the title, as
here, keeps the order). It prints the median, minimum and
maximum of each. The goal of issue 6 is at most 100 ms at 10,000 files for a changed file.
Before the edits it also measures the CPU time `sitegen serve` spends in 10 s without changes
(from /proc/PID/stat), the cost of watching the site.
"""
import argparse
import os
import pathlib
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="?", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=int(os.environ.get("RUNS", 5)))
    args = parser.parse_args()

    base = pathlib.Path(os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="sitegen-rebuild-"))
    corpus = base / f"corpus-{args.files}-seed1"
    if not (corpus / "sitegen" / "sitegen.yml").exists():
        subprocess.run([sys.executable, str(ROOT / "scripts/generate_corpus.py"), str(args.files), str(corpus)], check=True)
    site = base / f"rebuild-site-{args.files}"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(corpus / "sitegen", site)
    subprocess.run(["swift", "build", "-c", "release", "--product", "sitegen"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(base / "serve.log", "w+")
    server = subprocess.Popen([str(ROOT / ".build/release/sitegen"), "serve", "--site", str(site), "--port", str(port), "--lang", "en"],
                              stdout=log, stderr=log, text=True)
    try:
        deadline = time.time() + 600
        while "sitegen serves" not in pathlib.Path(log.name).read_text():
            if time.time() > deadline or server.poll() is not None:
                sys.exit("sitegen serve did not start:\n" + pathlib.Path(log.name).read_text())
            time.sleep(0.2)
        idle = idle_cpu(server.pid, seconds=10)
        parts = sorted(p for p in (site / "content").rglob("*.md") if p.name != "index.md" and p.parent.parent != site / "content")
        target = parts[len(parts) // 2]
        siblings = sorted(p.name for p in target.parent.glob("*.md") if p.name not in ("index.md", target.name))
        original = target.read_text(encoding="utf-8")
        head, fence, body = original.partition("\n---\n")[0], "\n---\n", original.partition("\n---\n")[2]

        def edit(kind, run):
            if kind == "end":
                return original + f"\nEn ny sætning nummer {run}.\n"
            if kind == "start":
                return head + fence + f"En ny indledende sætning nummer {run}.\n\n" + body
            if kind == "link":
                return original + f"\nSe også [den anden del]({siblings[run % len(siblings)]}).\n"
            if kind == "heading":
                return original + f"\n## Nyt afsnit {run}\n\nTekst.\n"
            return re.sub(r"(?m)^title: (.*)$", lambda m: f"title: {m.group(1)} {run}", original, count=1)

        def apply(kind, run):
            if kind != "add":
                target.write_text(edit(kind, run), encoding="utf-8")
                return
            # Written beside content/ and moved in with one rename, so the watcher sees it whole.
            staging = site / f"ny-kommune-{run}"
            staging.mkdir()
            (staging / "index.md").write_text(
                f"---\nkind: municipality\ntitle: Ny Kommune {run}\nname: Ny Kommune {run}\ncountry: dk\n---\nTekst.\n",
                encoding="utf-8")
            staging.rename(site / "content" / staging.name)

        results = {}
        for kind in ("end", "start", "title", "link", "heading", "add"):
            timings = []
            for run in range(args.runs):
                seen = pathlib.Path(log.name).read_text().count("rebuilt in")
                apply(kind, run)
                deadline = time.time() + 120
                while pathlib.Path(log.name).read_text().count("rebuilt in") <= seen:
                    if time.time() > deadline:
                        sys.exit("no rebuild seen:\n" + pathlib.Path(log.name).read_text()[-2000:])
                    time.sleep(0.05)
                line = [l for l in pathlib.Path(log.name).read_text().splitlines() if "rebuilt in" in l][-1]
                timings.append(int(re.search(r"rebuilt in (\d+) ms", line).group(1)))
                time.sleep(0.5)
            results[kind] = timings
        print(f"{args.files} files: sitegen serve used {idle:.1f} % of a core while idle")
        print(f"{args.files} files, one part edited, {args.runs} rebuilds each (goal: 100 ms at 10,000 files):")
        for kind, timings in results.items():
            print(f"  {kind:6s} median {statistics.median(timings):6.0f} ms, min {min(timings)} ms, max {max(timings)} ms")
    finally:
        server.terminate()
        server.wait(timeout=10)


def idle_cpu(pid, seconds):
    """The share of one core (in %) the process uses over `seconds` of doing nothing asked."""
    def ticks():
        fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    time.sleep(1)
    before, start = ticks(), time.time()
    time.sleep(seconds)
    used = (ticks() - before) / os.sysconf("SC_CLK_TCK")
    return 100 * used / (time.time() - start)


if __name__ == "__main__":
    main()
