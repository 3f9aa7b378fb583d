#!/usr/bin/env python3
"""Time and peak memory of `sitegen check` against hostile Markdown and SVG inputs.

    swift build -c release --product sitegen && scripts/hostile_shapes.py
    scripts/hostile_shapes.py [SIZE ...] [--shape NAME ...] [--timeout S] [--list]

The goal of security round 3: "A benchmark script generates each hostile shape at 100 KB and
1 MB and prints time and peak memory of `sitegen check`: at 1 MB every shape under 5 s and 1 GB
(a realistic 1 MB file of prose, lists and tables takes well under a second)."

For each shape and SIZE (bytes; default 100000 1000000; `100k` and `1m` work too) the script
writes a fresh small valid site into a temporary folder (one municipality, one framework with
two approaches and a role, a page: the layout of `minimalSiteFiles()` in
Tests/SitegenTestSupport/TemporarySite.swift) in which ONE part's Markdown body
(content/aarhus/grundlag/forste.md) holds about SIZE bytes of the hostile shape, or, for the
`svg_*` shapes, a picture content/aarhus/grundlag/tegning.svg beside it does. It then runs

    sitegen check --site DIR --format json

and measures the child's wall time, CPU time (user + sys) and peak resident set size (`ru_maxrss`
from `os.wait4`), with a timeout (default 120 s; the child is killed and the row says `timeout`).
The number of diagnostics is the number of JSON lines on stderr; the most frequent codes are shown.

A row PASSes when the run ends (no timeout, no crash by a signal, no configuration error, exit
status 0 or 1) in under 5 s with a peak under 1024 MB. The control shape (`control_realistic`,
ordinary prose, lists, tables, links and footnotes) must instead take under 1 s and check clean
(exit status 0). The script exits with status 1 if any row FAILs, 2 if sitegen cannot be run.

Environment:
    SITEGEN=PATH    the sitegen binary (default .build/release/sitegen, else .build/debug/sitegen;
                    the goal is about a release build)
    KEEP=1          keep the temporary sites (their folders are printed)

Only the Python standard library is used. Each run is one `sitegen check` at a time; the
generated files are built in memory by simple string repetition (no CPU-heavy generation).
"""

import argparse
import collections
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SECONDS_GOAL = 5.0           # every hostile shape, at 100 KB and at 1 MB
MEGABYTES_GOAL = 1024.0      # peak RSS
CONTROL_SECONDS_GOAL = 1.0   # "well under a second" for the realistic file
DEFAULT_SIZES = [100_000, 1_000_000]
DEFAULT_TIMEOUT = 120.0

# The part whose body is replaced, and the picture of the SVG shapes.
HOSTILE_PART = "content/aarhus/grundlag/forste.md"
HOSTILE_SVG = "content/aarhus/grundlag/tegning.svg"

# ---------------------------------------------------------------------------------------------
# The minimal valid site (minimalSiteFiles() in Tests/SitegenTestSupport/TemporarySite.swift).

SITE_CONFIG = "title: Testsite\nlanguage: da\n"

MINIMAL_SITE = {
    "content/aarhus/index.md": """\
---
kind: municipality
title: Aarhus Kommune
name: Aarhus Kommune
country: dk
color: "#00558c"
---
## Om kommunen

Aarhus har mange skoler.
""",
    "content/aarhus/grundlag/index.md": """\
---
kind: framework
title: Fælles ledelsesgrundlag
label: Ledelsesgrundlag
adopted: 2024-01-15
revised: 2025-03-01
purposes:
  - At lede sammen
expects:
  approaches: 2
  roles: 1
---
## Baggrund

Se [den første tilgang](forste.md#hvorfor).
""",
    "content/aarhus/grundlag/forste.md": """\
---
kind: approach
title: Den første tilgang
number: 1
statement: Vi leder læring.
actions:
  - Vi gør noget
related:
  - aarhus/grundlag/anden
---
## Hvorfor

Fordi det virker.
""",
    "content/aarhus/grundlag/anden.md": """\
---
kind: approach
title: Den anden tilgang
number: 2
statement: Vi leder trivsel.
actions:
  - Vi gør mere
---
Tilbage til [grundlaget](index.md).
""",
    "content/aarhus/grundlag/vejlederen.md": """\
---
kind: role
title: Vejlederens rolle
actor: Vejlederen
responsibilities:
  - Vejleder kolleger
---
""",
    "content/pages/om.md": """\
---
kind: page
title: Om sitet
menu: 1
---
## Om

Læs om [Aarhus](../aarhus/index.md).
""",
}

# The hostile part keeps its front matter and its '## Hvorfor' heading (index.md links to
# forste.md#hvorfor); the hostile text follows.
HOSTILE_PART_HEAD = MINIMAL_SITE[HOSTILE_PART].rstrip("\n") + "\n\n"


# ---------------------------------------------------------------------------------------------
# Helpers for the shapes: each shape is a function size -> text of about `size` UTF-8 bytes.

def nbytes(text):
    return len(text.encode("utf-8"))


def fill(unit, size, minimum=1):
    """`unit` repeated to about `size` bytes."""
    return unit * max(minimum, size // max(1, nbytes(unit)))


def count_for(unit, size):
    return max(1, size // max(1, nbytes(unit)))


def items(size, make, sep=""):
    """make(0), make(1), ... joined by sep until about `size` bytes."""
    parts, total, i = [], 0, 0
    while total < size:
        piece = make(i)
        parts.append(piece)
        total += nbytes(piece) + len(sep)
        i += 1
    return sep.join(parts)


def wrap_lines(pieces, per_line):
    """Pieces joined by spaces, `per_line` a line."""
    return "\n".join(" ".join(pieces[i:i + per_line]) for i in range(0, len(pieces), per_line))


SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ' \
           'width="100" height="100" viewBox="0 0 100 100">\n'
SVG_CLOSE = "\n</svg>\n"


def svg(inner):
    return SVG_OPEN + inner + SVG_CLOSE


# ---------------------------------------------------------------------------------------------
# Markdown shapes.

def footnote_one_cited_n(size):
    """One footnote cited N times in non-ASCII prose, one paragraph on one line."""
    return fill("Blåbærgrød æøå[^a] ", size).rstrip() + "\n\n[^a]: Én fælles note om æbler.\n"


def footnote_one_cited_n_lines(size):
    """One footnote cited N times in non-ASCII prose, ten citations a line."""
    n = count_for("Blåbærgrød æøå[^a] ", size)
    return wrap_lines(["Blåbærgrød æøå[^a]"] * n, 10) + "\n\n[^a]: Én fælles note om æbler.\n"


def footnotes_n(size):
    """N footnotes, each defined and cited once."""
    n = max(1, size // (nbytes("Tekst æ[^n00000] ") + nbytes("[^n00000]: Note 00000.\n")))
    cites = wrap_lines([f"Tekst æ[^n{i}]" for i in range(n)], 10)
    defs = "\n".join(f"[^n{i}]: Note {i}." for i in range(n))
    return cites + "\n\n" + defs + "\n"


def footnote_definitions_only(size):
    """N footnote definitions that nothing cites (footnote-unused for each)."""
    return items(size, lambda i: f"[^u{i}]: Ubrugt note {i}.\n", sep="\n")


def footnote_undefined_refs(size):
    """N references to a footnote label that is not defined, on one line."""
    return fill("Tekst[^findes-ikke] ", size).rstrip() + "\n"


def footnote_openers_line(size):
    """N `[^` on one line."""
    return fill("[^", size) + "\n"


def html_comments_line(size):
    """N HTML comments on one line."""
    return "Tekst " + fill("<!-- x --> a ", size) + "\n"


def unclosed_pi(size):
    """N unclosed `<?` on one line."""
    return "Tekst " + fill("<?a ", size) + "\n"


def unclosed_pi_lines(size):
    """N unclosed `<?`, one a line, in one paragraph."""
    return fill("a <?b\n", size)


def unclosed_cdata(size):
    """N unclosed `<![CDATA[` on one line."""
    return "Tekst " + fill("<![CDATA[ a ", size) + "\n"


def unclosed_declaration(size):
    """N unclosed `<!A` on one line."""
    return "Tekst " + fill("<!A a ", size) + "\n"


def unclosed_comment(size):
    """N unclosed `<!--` on one line."""
    return "Tekst " + fill("<!-- a ", size) + "\n"


def pipes_line(size):
    """One line of N `|`."""
    return fill("|", size) + "\n"


def pipes_lines_under_limit(size):
    """Lines of 999 `|` each (under the per-line limit), one paragraph."""
    return fill("|" * 999 + "\n", size)


def table_under_pipe_limit(size):
    """A table with a 999-column header and one-cell rows (cmark fills every row to 999 cells)."""
    head = "|" + "a|" * 999 + "\n" + "|" + "-|" * 999 + "\n"
    return head + fill("x\n", max(2, size - nbytes(head)))


def many_small_tables(size):
    """Many tables of 10 columns x 50 rows (500 cells, under the per-table limit), adding up."""
    row = "|" + "|".join(["c"] * 10) + "|\n"
    table = row + "|" + "|".join(["-"] * 10) + "|\n" + row * 49
    return fill(table + "\n", size)


def one_big_table(size):
    """One table of 20 short columns and as many rows as fit (over the cell limit at 1 MB)."""
    row = "|" + "|".join(["c"] * 20) + "|\n"
    head = row + "|" + "|".join(["-"] * 20) + "|\n"
    return head + fill(row, max(1, size - nbytes(head)))


def broken_links(size):
    """N broken links `[x](findes-ikke-N.md)`, ten a line (each a did-you-mean search)."""
    n = max(1, size // nbytes("[x](findes-ikke-00000.md) "))
    return wrap_lines([f"[x](findes-ikke-{i}.md)" for i in range(n)], 10) + "\n"


def broken_links_near_miss(size):
    """N broken links whose names are close to real ones (`forstx-N.md`), ten a line."""
    n = max(1, size // nbytes("[x](andeN-00000.md) "))
    return wrap_lines([f"[x](ande{i % 10}-{i}.md)" for i in range(n)], 10) + "\n"


def missing_fragments(size):
    """N links to a missing fragment of a real file, ten a line."""
    n = max(1, size // nbytes("[x](anden.md#mangler-00000) "))
    return wrap_lines([f"[x](anden.md#mangler-{i})" for i in range(n)], 10) + "\n"


def www_autolinks_line(size):
    """N `www.` autolinks on one line."""
    return fill("www.a.dk ", size) + "\n"


def www_run_line(size):
    """`www.` repeated without a break on one line."""
    return fill("www.", size) + "\n"


def link_closers_line(size):
    """N `](` on one line."""
    return fill("](", size) + "\n"


def link_unclosed_destinations_line(size):
    """N `[a](` on one line (a destination that never ends)."""
    return fill("[a](", size) + "\n"


def link_openers_line(size):
    """N `[` on one line, then one `]`."""
    return fill("[", size) + "]\n"


def nested_blockquotes(size):
    """`>` * N, a blockquote N deep."""
    return fill(">", size) + " æ\n"


def nested_blockquotes_spaced(size):
    """`> ` * N, a blockquote N deep."""
    return fill("> ", size) + "æ\n"


def nested_lists_one_line(size):
    """`- ` * N, a list N deep on one line."""
    return fill("- ", size) + "æ\n"


def nested_ordered_lists_one_line(size):
    """`1. ` * N, an ordered list N deep on one line."""
    return fill("1. ", size) + "æ\n"


def nested_lists_indented(size):
    """A list nested as deep as fits, one level a line (depth about sqrt(size))."""
    return items(size, lambda d: "  " * d + "- æ\n")


def nested_mixed_containers(size):
    """`> - ` * N, blockquotes and lists inside each other."""
    return fill("> - ", size) + "æ\n"


def emphasis_openers_line(size):
    """A long line of `*` and `_` emphasis openers that never close."""
    return fill("*a _a **a __a ", size) + "\n"


def emphasis_closers_line(size):
    """A long line of `*` and `_` emphasis closers without openers."""
    return fill("a* a_ a** a__ ", size) + "\n"


def emphasis_delimiter_runs(size):
    """Alternating runs of `*` and `_` of growing lengths on one line."""
    return items(size, lambda i: "a" + "*" * (1 + i % 7) + "b" + "_" * (1 + i % 5) + " ") + "\n"


def backtick_runs(size):
    """Code-span openers of growing lengths that never close, on one line."""
    return items(size, lambda i: "`" * (1 + i % 50) + "a ") + "\n"


def entity_references(size):
    """N character references on one line."""
    return fill("&#x1F600;&amp;&aelig;&#0; ", size) + "\n"


def image_references(size):
    """N images of a missing file, ten a line."""
    n = max(1, size // nbytes("![x](mangler-00000.png) "))
    return wrap_lines([f"![x](mangler-{i}.png)" for i in range(n)], 10) + "\n"


def headings_many(size):
    """N `##` headings with the same text (an id each: hvorfor-1, hvorfor-2, ...)."""
    return fill("## Hvorfor\n\n", size)


def control_realistic(size):
    """Realistic prose, lists, tables, links and footnotes (the control: well under a second)."""
    rnd = random.Random(1)
    subjects = ["Skolelederen", "Lederteamet", "Vejlederen", "Det pædagogiske personale",
                "Forvaltningen", "Teamet omkring klassen", "Skolebestyrelsen", "Afdelingslederen"]
    verbs = ["styrker", "understøtter", "følger op på", "prioriterer", "udvikler", "drøfter",
             "sætter retning for", "evaluerer", "tydeliggør", "skaber rum for"]
    objects = ["elevernes læring og trivsel", "de professionelle læringsfællesskaber",
               "den faglige ledelse", "samarbejdet med forældrene", "arbejdsmiljøet på skolen",
               "brugen af data i undervisningen", "overgangen fra børnehave til skole",
               "inklusionen i almenundervisningen", "feedbackkulturen", "den tidlige indsats"]
    purposes = ["så alle elever bliver så dygtige, som de kan", "med afsæt i forskningsbaseret viden",
                "i tæt dialog med medarbejderne", "for at sikre en høj faglig kvalitet",
                "så kerneopgaven altid er i centrum", "gennem tydelige rammer og klare forventninger"]
    bullets = ["faste møder i teamet hver fjortende dag", "en årlig status på læring og trivsel",
               "sparring mellem ledere på tværs af skolerne", "observation og feedback i undervisningen",
               "tydelige aftaler om roller og ansvar", "fælles værktøjer til dokumentation"]
    months = ["August", "Oktober", "December", "Februar", "April", "Juni"]

    def sentence():
        s = f"{rnd.choice(subjects)} {rnd.choice(verbs)} {rnd.choice(objects)} {rnd.choice(purposes)}."
        r = rnd.random()
        if r < 0.1:
            s = s[:-1] + ", som beskrevet i [den anden tilgang](anden.md)."
        elif r < 0.15:
            s = s[:-1] + " (se [grundlaget](index.md))."
        elif r < 0.25:
            words = s.split(" ")
            k = rnd.randrange(1, len(words) - 1)
            words[k] = f"**{words[k]}**"
            s = " ".join(words)
        return s

    def section(i):
        out = [f"## Afsnit {i}: {rnd.choice(objects).capitalize()}\n"]
        for _ in range(2):
            out.append(" ".join(sentence() for _ in range(rnd.randint(3, 6))) + "\n")
        out.append(f"Det følger vi op på hvert år.[^k{i}] Læs mere under [Hvorfor](#hvorfor).\n")
        out.append("\n".join(f"- {rnd.choice(bullets).capitalize()}" for _ in range(rnd.randint(3, 6))) + "\n")
        out.append(f"### Årshjul {i}\n")
        rows = ["| Måned | Aktivitet | Ansvarlig |", "| --- | --- | --- |"]
        for month in months:
            rows.append(f"| {month} | {rnd.choice(bullets).capitalize()} | {rnd.choice(subjects)} |")
        out.append("\n".join(rows) + "\n")
        out.append("\n".join(f"{n}. {sentence()}" for n in range(1, rnd.randint(3, 5))) + "\n")
        out.append(f"[^k{i}]: Kilde {i}: kommunens kvalitetsrapport.\n")
        return "\n".join(out)

    return items(size, section, sep="\n")


# ---------------------------------------------------------------------------------------------
# SVG shapes (the picture content/aarhus/grundlag/tegning.svg, shown by the hostile part).

def svg_nested_g(size):
    """N nested `<g>` around one `<use>` of a plain rectangle (a safe picture)."""
    n = count_for("<g></g>", size)
    return svg('<rect id="r" width="1" height="1"/>' + "<g>" * n + '<use href="#r"/>' + "</g>" * n)


def svg_nested_g_use_outer(size):
    """N nested `<g>`, the innermost a `<use>` of the outermost (a use that holds itself)."""
    n = count_for("<g></g>", size)
    return svg('<g id="g0">' + "<g>" * n + '<use href="#g0"/>' + "</g>" * n + "</g>")


def svg_use_chain(size):
    """N groups, each a `<use>` of the one before (grows 2^N in a browser if not refused)."""
    return svg('<rect id="g0" width="1" height="1"/>\n' + items(
        size, lambda i: f'<g id="g{i + 1}"><use href="#g{i}"/><use xlink:href="#g{i}"/></g>\n'))


def svg_many_uses(size):
    """N flat `<use>` of one plain rectangle (a safe picture: every scan runs to the end)."""
    return svg('<rect id="r" width="1" height="1"/>\n' + fill('<use href="#r" x="1"/>\n', size))


def svg_attribute_junk_single(size):
    """Overlapping attribute junk: ` to='` repeated inside one `<set>`."""
    return svg("<set" + fill(" to='", size) + "/>")


def svg_attribute_junk_double(size):
    """Overlapping attribute junk: ` href="` repeated inside one `<a>`."""
    return svg("<a" + fill(' href="', size) + "/>")


def svg_attribute_junk_values(size):
    """` values='a;` repeated inside one `<animate>` (lists of values)."""
    return svg('<animate attributeName="x"' + fill(" values='a;b;", size) + "/>")


def svg_open_tags(size):
    """N `<g ` that never end."""
    return svg(fill("<g ", size))


def svg_character_references(size):
    """N character references in text (decoded in a second copy)."""
    return svg("<text>" + fill("&#60;&#x3C;&lt;&amp;", size) + "</text>")


def svg_unclosed_comments(size):
    """N `<!--` that never end, and N `<![CDATA[`."""
    return svg(fill("<!-- <![CDATA[ <? ", size))


def svg_entities(size):
    """An internal DTD of N plain entities and a reference to each."""
    n = max(1, size // nbytes('<!ENTITY e00000 "x">&e00000;'))
    decls = "\n".join(f'<!ENTITY e{i} "x">' for i in range(n))
    refs = "".join(f"&e{i};" for i in range(n))
    return ('<?xml version="1.0"?>\n<!DOCTYPE svg [\n' + decls + "\n]>\n" + SVG_OPEN +
            "<text>" + refs + "</text>" + SVG_CLOSE)


def svg_style_junk(size):
    """A `<style>` of N `url(` and `@import` openings that never end."""
    return svg("<style>" + fill("a{b:url( @import ", size) + "</style>")


# ---------------------------------------------------------------------------------------------

MARKDOWN_SHAPES = [
    footnote_one_cited_n, footnote_one_cited_n_lines, footnotes_n, footnote_definitions_only,
    footnote_undefined_refs, footnote_openers_line,
    html_comments_line, unclosed_pi, unclosed_pi_lines, unclosed_cdata, unclosed_declaration,
    unclosed_comment,
    pipes_line, pipes_lines_under_limit, table_under_pipe_limit, many_small_tables, one_big_table,
    broken_links, broken_links_near_miss, missing_fragments,
    www_autolinks_line, www_run_line, link_closers_line, link_unclosed_destinations_line,
    link_openers_line,
    nested_blockquotes, nested_blockquotes_spaced, nested_lists_one_line,
    nested_ordered_lists_one_line, nested_lists_indented, nested_mixed_containers,
    emphasis_openers_line, emphasis_closers_line, emphasis_delimiter_runs, backtick_runs,
    entity_references, image_references, headings_many,
]
SVG_SHAPES = [
    svg_nested_g, svg_nested_g_use_outer, svg_use_chain, svg_many_uses,
    svg_attribute_junk_single, svg_attribute_junk_double, svg_attribute_junk_values,
    svg_open_tags, svg_character_references, svg_unclosed_comments, svg_entities, svg_style_junk,
]
CONTROL = "control_realistic"
SHAPES = collections.OrderedDict(
    [(f.__name__, ("markdown", f)) for f in [control_realistic] + MARKDOWN_SHAPES] +
    [(f.__name__, ("svg", f)) for f in SVG_SHAPES])


def site_files(kind, text):
    """The files (path -> text) of a site whose hostile part or picture holds `text`."""
    files = dict(MINIMAL_SITE)
    files["sitegen.yml"] = SITE_CONFIG
    if kind == "markdown":
        files[HOSTILE_PART] = HOSTILE_PART_HEAD + text
    else:
        files[HOSTILE_PART] = HOSTILE_PART_HEAD + "![Tegning](tegning.svg)\n"
        files[HOSTILE_SVG] = text
    return files


def write_site(files):
    site = tempfile.mkdtemp(prefix="sitegen-hostile-")
    for path, text in files.items():
        full = os.path.join(site, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return site


# ---------------------------------------------------------------------------------------------
# Running one check.

Run = collections.namedtuple("Run", "seconds cpu megabytes status timed_out signal diagnostics codes stderr_head")


def wait_for_exit(pid, timeout):
    """Waits, without reaping, until `pid` has ended; False when `timeout` passed first."""
    if hasattr(os, "pidfd_open"):
        try:
            fd = os.pidfd_open(pid)
        except OSError:
            fd = None
        if fd is not None:
            try:
                poller = select.poll()
                poller.register(fd, select.POLLIN)
                return bool(poller.poll(int(timeout * 1000)))
            finally:
                os.close(fd)
    # No pidfd: poll with waitid(WNOWAIT), which leaves the child for wait4 to reap.
    deadline, pause = time.monotonic() + timeout, 0.001
    while time.monotonic() < deadline:
        info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        if info is not None and info.si_pid == pid:
            return True
        time.sleep(pause)
        pause = min(pause * 2, 0.02)
    return False


def max_rss_megabytes(usage):
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    return usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def run_check(sitegen, site, timeout):
    cmd = [sitegen, "check", "--site", site, "--format", "json"]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, start_new_session=True)
        ended = wait_for_exit(proc.pid, timeout)
        if not ended:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.monotonic() - start
        if os.WIFSIGNALED(status):
            proc.returncode, sig, code = -os.WTERMSIG(status), os.WTERMSIG(status), None
        else:
            proc.returncode, sig, code = os.WEXITSTATUS(status), None, os.WEXITSTATUS(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", errors="replace")
    diagnostics, codes, other = 0, collections.Counter(), []
    for line in stderr.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            other.append(line)
            continue
        if isinstance(obj, dict):
            diagnostics += 1
            codes[str(obj.get("code", "?"))] += 1
        else:
            other.append(line)
    head = "\n".join(other[:5])
    return Run(seconds, usage.ru_utime + usage.ru_stime, max_rss_megabytes(usage), code,
               not ended, sig, diagnostics, codes, head)


def verdict(shape, run):
    """(PASS or FAIL, reason)."""
    control = shape == CONTROL
    limit = CONTROL_SECONDS_GOAL if control else SECONDS_GOAL
    if run.timed_out:
        return "FAIL", "timeout"
    if run.signal is not None:
        return "FAIL", f"killed by {signal_name(run.signal)}"
    if run.status not in (0, 1):
        return "FAIL", f"exit status {run.status} (the test site or the command is wrong)"
    reasons = []
    if run.seconds >= limit:
        reasons.append(f">= {limit:g} s")
    if run.megabytes >= MEGABYTES_GOAL:
        reasons.append(f">= {MEGABYTES_GOAL:g} MB")
    if control and run.status != 0:
        reasons.append("the control does not check clean")
    return ("FAIL", ", ".join(reasons)) if reasons else ("PASS", "")


def signal_name(sig):
    try:
        return signal.Signals(sig).name
    except ValueError:
        return f"signal {sig}"


# ---------------------------------------------------------------------------------------------

def parse_size(text):
    """Bytes: `100000`, `100k`, `100KB`, `1m`, `1MB`, `1.5m` (decimal: k = 1000, m = 1000000)."""
    t = text.strip().lower().replace("_", "")
    if t.endswith("b"):
        t = t[:-1]
    factor = 1
    if t.endswith("k"):
        factor, t = 1000, t[:-1]
    elif t.endswith("m"):
        factor, t = 1_000_000, t[:-1]
    try:
        value = int(float(t) * factor)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (bytes, or e.g. 100k, 1m)")
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a positive size: {text!r}")
    return value


def human_size(n):
    if n >= 1_000_000 and n % 100_000 == 0:
        return f"{n / 1_000_000:g} MB"
    if n >= 1000 and n % 100 == 0:
        return f"{n / 1000:g} KB"
    return f"{n} B"


def find_sitegen():
    env = os.environ.get("SITEGEN")
    if env:
        return env
    for config in ("release", "debug"):
        path = os.path.join(ROOT, ".build", config, "sitegen")
        if os.access(path, os.X_OK):
            return path
    return os.path.join(ROOT, ".build", "release", "sitegen")


def main():
    parser = argparse.ArgumentParser(
        description="Time and peak memory of `sitegen check` against hostile inputs.",
        epilog="Build first: swift build -c release --product sitegen")
    parser.add_argument("sizes", nargs="*", type=parse_size,
                        help="sizes of the hostile text in bytes (default: 100000 1000000; 100k, 1m work)")
    parser.add_argument("--shape", action="append", default=[], metavar="NAME",
                        help="run only this shape (repeatable; a comma-separated list works; "
                             "a name ending in '*' is a prefix)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help=f"seconds per run before the child is killed (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--list", action="store_true", help="list the shapes and exit")
    args = parser.parse_args()

    if args.list:
        for name, (kind, make) in SHAPES.items():
            doc = (make.__doc__ or "").strip().splitlines()[0]
            print(f"{name:34} {kind:8} {doc}")
        return 0

    sizes = args.sizes or DEFAULT_SIZES
    wanted = [w.strip() for arg in args.shape for w in arg.split(",") if w.strip()]
    names = []
    for w in wanted:
        matched = [n for n in SHAPES if (n.startswith(w[:-1]) if w.endswith("*") else n == w)]
        if not matched:
            print(f"hostile_shapes: unknown shape {w!r} (see --list)", file=sys.stderr)
            return 2
        names += [n for n in matched if n not in names]
    if not names:
        names = list(SHAPES)

    sitegen = find_sitegen()
    if not os.access(sitegen, os.X_OK):
        print(f"hostile_shapes: no sitegen binary at {sitegen}: "
              "swift build -c release --product sitegen, or set SITEGEN", file=sys.stderr)
        return 2
    keep = os.environ.get("KEEP") == "1"

    print(f"sitegen: {sitegen}")
    print(f"goal: every shape < {SECONDS_GOAL:g} s and < {MEGABYTES_GOAL:g} MB peak RSS; "
          f"{CONTROL} < {CONTROL_SECONDS_GOAL:g} s and clean; timeout {args.timeout:g} s")

    # The unmodified minimal site first: the fixed cost, and proof that the site is valid.
    base_site = write_site(site_files("markdown", "Fordi det virker.\n"))
    try:
        base = run_check(sitegen, base_site, args.timeout)
    finally:
        if not keep:
            shutil.rmtree(base_site, ignore_errors=True)
    print(f"baseline (minimal site): {base.seconds:.3f} s, {base.megabytes:.1f} MB, "
          f"exit {base.status if base.signal is None else signal_name(base.signal)}, "
          f"{base.diagnostics} diagnostics")
    if base.status != 0 or base.diagnostics:
        print("warning: the minimal site does not check clean; the rows below measure a broken site:",
              file=sys.stderr)
        for code, n in base.codes.most_common(5):
            print(f"  {code} x{n}", file=sys.stderr)
        if base.stderr_head:
            print(base.stderr_head, file=sys.stderr)
    print()

    header = f"{'shape':34} {'size':>8} {'bytes':>9} {'seconds':>8} {'cpu s':>7} {'peak MB':>8} " \
             f"{'exit':>7} {'diags':>7}  {'result':6} codes / reason"
    print(header)
    print("-" * len(header))
    failures = []
    for name in names:
        kind, make = SHAPES[name]
        for size in sizes:
            text = make(size)
            files = site_files(kind, text)
            site = write_site(files)
            try:
                run = run_check(sitegen, site, args.timeout)
            finally:
                if not keep:
                    shutil.rmtree(site, ignore_errors=True)
            result, reason = verdict(name, run)
            if run.timed_out:
                exit_text = "timeout"
            elif run.signal is not None:
                exit_text = signal_name(run.signal)
            else:
                exit_text = str(run.status)
            codes = ", ".join(f"{c} x{n}" for c, n in run.codes.most_common(3))
            if len(run.codes) > 3:
                codes += ", ..."
            note = "; ".join(x for x in (reason, codes) if x)
            print(f"{name:34} {human_size(size):>8} {nbytes(text):>9} {run.seconds:>8.3f} {run.cpu:>7.2f} "
                  f"{run.megabytes:>8.1f} {exit_text:>7} {run.diagnostics:>7}  {result:6} {note}", flush=True)
            if keep:
                print(f"    site kept: {site}", flush=True)
            if run.stderr_head and (result == "FAIL" or run.status not in (0, 1)):
                for line in run.stderr_head.splitlines():
                    print(f"    stderr: {line[:200]}", flush=True)
            if result == "FAIL":
                failures.append((name, size, reason))

    print()
    if failures:
        print(f"{len(failures)} FAIL:")
        for name, size, reason in failures:
            print(f"  {name} at {human_size(size)}: {reason}")
        return 1
    print(f"all {len(names) * len(sizes)} runs PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
