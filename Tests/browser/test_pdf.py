"""`sitegen build --pdf`: tagged PDF/UA files read back with poppler-utils."""
import os
import pathlib
import re
import subprocess
import sys
import tempfile
from xml.etree import ElementTree

import pytest
import yaml

from conftest import ROOT, SITEGEN

VENV_BIN = pathlib.Path(sys.executable).parent
DOCUMENTS = {
    "hoeje-taastrup/ledelsesgrundlag": ("Et fælles ledelsesgrundlag for skoleområdet", "approach"),
    "haderslev/laeringsledelse": ("Program for Læringsledelse", "initiative"),
    "horsens/grundkontrakt-vejlederrollen": (None, "role"),
    "aarhus/ressourcepersoner": (None, None),
    "utdanningsdirektoratet/veilederkorpset": ("Veilederkorpset", None),
}


def build_with_pdf(output, weasyprint_dir=VENV_BIN, extra_env=None):
    env = dict(os.environ, PATH=f"{weasyprint_dir}:{os.environ.get('PATH', '')}")
    env.pop("WEASYPRINT", None)
    env.update(extra_env or {})
    return subprocess.run([str(SITEGEN), "build", "--pdf", "--site", str(ROOT), "--output", str(output)],
                          env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def pdf_site():
    out = pathlib.Path(tempfile.mkdtemp(prefix="sitegen-pdf-")) / "output"
    run = build_with_pdf(out)
    assert run.returncode == 0, run.stderr
    return out


def pdf_path(site, document):
    return site / document / (document.split("/")[-1] + ".pdf")


def text(pdf, first=None, last=None):
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def info(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def parts(document, kind):
    """The parts of one kind, as (number, title) in their order, read from the content files."""
    found = []
    for path in sorted((ROOT / "content" / document).glob("*.md")):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        if front["kind"] == kind:
            found.append((front["number"], front["title"]))
    return sorted(found)


def headings(pdf):
    """The parts' headings in the PDF, in their order, as (page, number, title): a part opens with
    its kind and number in capitals on a line ("TILGANG 2", "AVSNITT 1") and its title on the next.
    A title is also found in the table of contents, the overview and other parts' text, so a search
    for it alone does not tell where the part is."""
    found = []
    for page, layout in enumerate(text(pdf).split("\f"), 1):
        lines = [line.strip() for line in layout.splitlines() if line.strip()]
        for label, title in zip(lines, lines[1:]):
            match = re.fullmatch(r"(\D+) (\d+)", label)
            if match and match.group(1).isupper():
                found.append((page, int(match.group(2)), title))
    return found


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_pdf_is_tagged_with_title_and_language(pdf_site, document):
    pdf = pdf_path(pdf_site, document)
    assert pdf.exists()
    meta = info(pdf)
    assert meta["Tagged"].strip() == "yes"
    assert meta["Page size"].strip().endswith("(A4)")
    title = DOCUMENTS[document][0]
    if title:
        assert meta["Title"].strip() == title
    xmp = subprocess.run(["pdfinfo", "-meta", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert 'pdfuaid:part="1"' in xmp, "PDF/UA-1 identification in the XMP metadata"
    if title:
        # dc:title itself: the title is in dc:description too ("Veilederkorpset gir ...").
        names = {"dc": "http://purl.org/dc/elements/1.1/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
        root = ElementTree.fromstring(xmp[xmp.index("<x:xmpmeta"):xmp.index("</x:xmpmeta>") + len("</x:xmpmeta>")])
        assert [li.text for li in root.iterfind(".//dc:title/rdf:Alt/rdf:li", names)] == [title], xmp


@pytest.mark.parametrize("document", ["hoeje-taastrup/ledelsesgrundlag", "haderslev/laeringsledelse"])
def test_parts_come_in_order(pdf_site, document):
    expected = parts(document, DOCUMENTS[document][1])
    assert len(expected) >= 4
    titles = {title for _, title in expected}
    found = [(number, title) for _, number, title in headings(pdf_path(pdf_site, document)) if title in titles]
    assert found == expected, "the parts' headings, in the PDF's order"


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_table_of_contents_page_numbers_match(pdf_site, document):
    pdf = pdf_path(pdf_site, document)
    toc = text(pdf, 2)
    entries = re.findall(r"^\s*(?:(\d+)\.\s*)?(.+?)\s*\.{3,}\s*(\d+)\s*$", toc, re.M)
    assert entries, toc
    found = headings(pdf)
    for number, title, page in entries:
        # The part's heading on that page, not the title anywhere on it: "Anvendelse" is also a
        # heading on page 4 of the framework, in its introduction.
        assert any(p == int(page) and t == title.strip() and (not number or n == int(number)) for p, n, t in found), \
            f"{number}. {title} is not a heading on page {page}: {found}"


def test_document_page_links_to_its_pdf(pdf_site):
    page = (pdf_site / "hoeje-taastrup/ledelsesgrundlag/index.html").read_text(encoding="utf-8")
    assert 'href="../../hoeje-taastrup/ledelsesgrundlag/ledelsesgrundlag.pdf"' in page


def test_pdfs_are_reproducible(pdf_site):
    again = pathlib.Path(tempfile.mkdtemp(prefix="sitegen-pdf-again-")) / "output"
    assert build_with_pdf(again).returncode == 0
    for document in DOCUMENTS:
        assert pdf_path(pdf_site, document).read_bytes() == pdf_path(again, document).read_bytes(), document


def test_without_weasyprint_pdf_fails_at_once_with_status_2(tmp_path):
    out = tmp_path / "output"
    run = build_with_pdf(out, extra_env={"WEASYPRINT": str(tmp_path / "no-weasyprint")})
    assert run.returncode == 2
    assert "[missing-weasyprint]" in run.stderr
    assert "pip install weasyprint" in run.stderr
    assert not out.exists()


def test_a_weasyprint_failure_names_the_document_and_leaves_output_alone(tmp_path):
    out = tmp_path / "output"  # a folder sitegen built before: its mark and an index.html
    out.mkdir()
    (out / "index.html").write_text("before")
    (out / ".sitegen-output").write_text("written by sitegen\n")
    # sitegen runs its own script ("python SCRIPT ROOT HTML PDF", or "python SCRIPT --check") with
    # the Python the weasyprint script names: here a fake one.
    python = tmp_path / "python3"
    python.write_text("#!/bin/sh\n"
                      "case \"$2\" in --check) echo 'pdf/ua-1'; exit 0;; esac\n"
                      "case \"$*\" in *haderslev*) echo 'boom: cannot render' >&2; exit 1;; esac\n"
                      "for last; do :; done; echo '%PDF-fake' > \"$last\"\n")
    fake = tmp_path / "weasyprint"
    fake.write_text(f"#!{python}\n")
    for script in (python, fake):
        script.chmod(0o755)
    run = build_with_pdf(out, extra_env={"WEASYPRINT": str(fake), "LANG": "C"})
    assert run.returncode == 1, run.stderr
    assert "content/haderslev/laeringsledelse/index.md" in run.stderr
    assert "[pdf-failed]" in run.stderr
    assert sorted(p.name for p in out.iterdir()) == [".sitegen-output", "index.html"]
    assert (out / "index.html").read_text() == "before"


def test_a_wide_table_fits_the_page(tmp_path):
    """Paper cannot scroll: a 12-column table with a long address in a cell keeps every column
    (they ran off the page's edge, found by an audit)."""
    site = tmp_path / "site"
    subprocess.run([str(SITEGEN), "init", str(site)], check=True, capture_output=True)
    part = next((site / "content").glob("*/*/*.md"))
    header = "| " + " | ".join(f"Kolonne {c}" for c in range(12)) + " |\n"
    rule = "|" + "---|" * 12 + "\n"
    rows = "".join("| " + " | ".join(f"celle {r}-{c}" for c in range(12)) + " |\n" for r in range(3))
    long_address = "https://www.eksempel.dk/" + "meget-lang-adresse-" * 8
    rows += "| " + long_address + " | " + " | ".join(f"sidste {c}" for c in range(1, 12)) + " |\n"
    part.write_text(part.read_text(encoding="utf-8") + "\n## Tabel\n\n" + header + rule + rows, encoding="utf-8")
    env = dict(os.environ, PATH=f"{VENV_BIN}:{os.environ.get('PATH', '')}")
    env.pop("WEASYPRINT", None)
    run = subprocess.run([str(SITEGEN), "build", "--pdf", "--site", str(site)], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    pdf = next((site / "output").glob("*/*/*.pdf"))
    # pdftotext gives each cell as a block of its own, between blank lines. Words may break
    # inside their cells: a block is compared with the cell's text without blanks and without the
    # hyphens (U+2010) hyphenation adds, and whole, so that "Kolonne1" is not found in "Kolonne10".
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    cells = {re.sub(r"\s|\u2010", "", block) for block in re.split(r"\n\s*\n", raw)}
    expected = [f"Kolonne {c}" for c in range(12)]
    expected += [f"celle {r}-{c}" for r in range(3) for c in range(12)]
    expected += [f"sidste {c}" for c in range(1, 12)]
    missing = [cell for cell in expected if cell.replace(" ", "") not in cells]
    assert missing == [], f"cells missing from the PDF: {missing}"
