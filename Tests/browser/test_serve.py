"""`sitegen serve`, `sitegen init` and `sitegen new`, run as a writer would, on loopback only."""
import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest
import websocket

from conftest import ROOT, SITEGEN


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return response.status, response.headers.get("Content-Type"), response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read().decode("utf-8", "replace")


def raw_get(port, target):
    """A request line sent as written, so nothing normalises the path on the way."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data


def touch(path, text):
    path.write_text(text, encoding="utf-8")
    stamp = time.time() + 2
    os.utime(path, (stamp, stamp))


@pytest.fixture()
def served(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    shutil.copytree(ROOT / "content", site / "content")
    shutil.copy(ROOT / "sitegen.yml", site / "sitegen.yml")
    port = free_port()
    process = subprocess.Popen([str(SITEGEN), "serve", "--site", str(site), "--port", str(port), "--lang", "en"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if get(port, "/")[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("sitegen serve did not start: " + process.stderr.read())
    yield site, port, process
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def next_message(ws, wanted, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        ws.settimeout(max(0.1, deadline - time.time()))
        try:
            message = json.loads(ws.recv())
        except websocket.WebSocketTimeoutException:
            break
        if message["type"] == wanted:
            return message
    pytest.fail(f"no '{wanted}' message within {timeout}s")


def test_pages_types_and_404(served):
    _, port, _ = served
    status, kind, body = get(port, "/")
    assert status == 200 and kind == "text/html; charset=utf-8"
    assert '<script src="/_sitegen/live.js"></script>' in body
    assert get(port, "/assets/style.css")[1] == "text/css; charset=utf-8"
    assert get(port, "/search/index.js")[1] == "text/javascript; charset=utf-8"
    assert get(port, "/aarhus/ressourcepersoner/model.png")[1] == "image/png"
    status, _, body = get(port, "/findes-ikke/")
    assert status == 404 and "Siden findes ikke" in body
    # The injected script is never written to output/.
    assert "_sitegen" not in (served[0] / "output" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("target", [
    "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
    "/assets/..%5c..%5c..%5cetc%5cpasswd", "/%00", "//etc/passwd", "/aarhus/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
])
def test_no_path_leaves_output(served, target):
    _, port, _ = served
    status, data = raw_get(port, target)
    assert status in (400, 404), (target, status)
    assert b"root:" not in data


def test_symbolic_link_out_of_output_is_not_followed(served):
    site, port, _ = served
    (site / "output" / "ud").symlink_to("/etc")
    status, _, body = get(port, "/ud/passwd")
    assert status == 404 and "root:" not in body


def test_change_reloads_and_errors_show_in_the_browser(served):
    site, port, _ = served
    ws = websocket.create_connection(f"ws://127.0.0.1:{port}/_sitegen/live", timeout=10)
    assert next_message(ws, "ok")["type"] == "ok"
    page = site / "content/hoeje-taastrup/ledelsesgrundlag/faglig-ledelse.md"
    original = page.read_text(encoding="utf-8")
    touch(page, original + "\nEn helt ny sætning om faglig ledelse.\n")
    next_message(ws, "reload")
    assert "En helt ny sætning" in get(port, "/hoeje-taastrup/ledelsesgrundlag/faglig-ledelse/")[2]

    touch(page, original.replace("statement:", "statment:", 1))
    errors = next_message(ws, "errors")["diagnostics"]
    codes = {(d["file"], d["code"]) for d in errors}
    assert ("content/hoeje-taastrup/ledelsesgrundlag/faglig-ledelse.md", "unknown-key") in codes
    assert all(d["line"] > 0 and d["message"] for d in errors)
    # A page opened now gets the errors at once.
    late = websocket.create_connection(f"ws://127.0.0.1:{port}/_sitegen/live", timeout=10)
    assert next_message(late, "errors")["diagnostics"]
    late.close()

    touch(page, original)
    next_message(ws, "reload")
    ws.close()


def test_port_taken_is_a_clear_error(served):
    site, port, _ = served
    run = subprocess.run([str(SITEGEN), "serve", "--site", str(site), "--port", str(port)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "--port" in run.stderr


def test_ctrl_c_stops_cleanly(served):
    _, _, process = served
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 0


def test_init_makes_a_site_that_builds_and_new_adds_files(tmp_path):
    site = tmp_path / "ny-site"
    assert subprocess.run([str(SITEGEN), "init", str(site)], capture_output=True).returncode == 0
    built = subprocess.run([str(SITEGEN), "build", "--site", str(site)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert (site / "output/min-kommune/ledelsesgrundlag/forste-tilgang/index.html").exists()
    new = subprocess.run([str(SITEGEN), "new", "approach", "content/min-kommune/ledelsesgrundlag/anden.md", "--site", str(site)],
                         capture_output=True, text=True)
    assert new.returncode == 0, new.stderr
    assert "number: 2" in (site / "content/min-kommune/ledelsesgrundlag/anden.md").read_text(encoding="utf-8")
    assert subprocess.run([str(SITEGEN), "check", "--site", str(site)], capture_output=True).returncode == 0
    wrong = subprocess.run([str(SITEGEN), "new", "initiative", "content/min-kommune/x.md", "--site", str(site), "--lang", "en"],
                           capture_output=True, text=True)
    assert wrong.returncode == 2 and "belongs at" in wrong.stderr
    again = subprocess.run([str(SITEGEN), "init", str(site)], capture_output=True, text=True)
    assert again.returncode == 2
