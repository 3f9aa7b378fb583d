"""Shared fixtures: the example site built once into a temporary folder, and a headless Chromium."""
import os
import pathlib
import subprocess
import tempfile

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
SITEGEN = ROOT / ".build" / "debug" / "sitegen"


@pytest.fixture(scope="session")
def site():
    """The example site, built by the sitegen binary into a fresh folder."""
    out = pathlib.Path(tempfile.mkdtemp(prefix="sitegen-browser-")) / "output"
    subprocess.run([str(SITEGEN), "build", "--site", str(ROOT), "--output", str(out)], check=True)
    return out


@pytest.fixture(scope="session")
def driver():
    """Debian's Chromium through Debian's chromedriver (Selenium Manager never downloads)."""
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1024"):
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    yield browser
    browser.quit()
