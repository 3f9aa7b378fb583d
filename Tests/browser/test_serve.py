"""`sitegen serve`, `sitegen init` and `sitegen new`, run as a writer would, on loopback only."""
import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request

import pytest
import websocket
import yaml

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


def raw_get(port, target, host=None):
    """A request line sent as written, so nothing normalises the path on the way."""
    host = host or f"127.0.0.1:{port}"
    return raw(port, f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())


def raw(port, request, timeout=5):
    """Sends `request` as it is; the status and all that comes back before the server closes.
    The server must answer within `timeout` seconds, even if the request never ends."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(request)
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


def next_message(ws, timeout=15):
    """The next message the server sends on `ws`, which must come within `timeout` seconds.
    Nothing is skipped: a test compares what it gets with what it expects, so a message of the
    wrong type, or one too many, fails it."""
    ws.settimeout(timeout)
    try:
        return json.loads(ws.recv())
    except websocket.WebSocketTimeoutException:
        pytest.fail(f"no message within {timeout}s")


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
    assert next_message(ws) == {"type": "ok"}, "a page that connects to a site without problems hears that all is well"
    source = "content/hoeje-taastrup/ledelsesgrundlag/faglig-ledelse.md"
    page = site / source
    address = "/hoeje-taastrup/ledelsesgrundlag/faglig-ledelse/"
    original = page.read_text(encoding="utf-8")
    touch(page, original + "\nEn helt ny sætning om faglig ledelse.\n")
    assert next_message(ws) == {"type": "reload"}
    assert "En helt ny sætning" in get(port, address)[2]

    touch(page, original.replace("statement:", "statment:", 1))
    message = next_message(ws)
    assert message["type"] == "errors", message
    errors = message["diagnostics"]
    line = next(n for n, text in enumerate(original.splitlines(), 1) if text.startswith("statement:"))
    unknown = [d for d in errors if d["code"] == "unknown-key"]
    assert unknown == [{"file": source, "line": line, "column": 1, "severity": "error", "code": "unknown-key",
                        "message": "unknown key 'statment'", "hint": "did you mean 'statement'?"}], errors
    # Every diagnostic is about the one page that is wrong, at a line of it.
    assert all(d["file"] == source and d["line"] > 0 and d["message"] for d in errors), errors
    # The overlay's own words come in the writer's language (here --lang en).
    count = sum(1 for d in errors if d["severity"] == "error")
    assert message["title"] == f"sitegen: {count} error{'' if count == 1 else 's'}, 0 warnings", message
    assert message["words"] == {"error": "error", "warning": "warning"}, message
    # The site was not rebuilt: the page still has the sentence.
    assert "En helt ny sætning" in get(port, address)[2]
    # A page opened now gets the same errors at once.
    late = websocket.create_connection(f"ws://127.0.0.1:{port}/_sitegen/live", timeout=10)
    assert next_message(late) == message
    late.close()

    touch(page, original)
    assert next_message(ws) == {"type": "reload"}
    assert "En helt ny sætning" not in get(port, address)[2]
    # The errors are gone for a page opened now, too.
    fresh = websocket.create_connection(f"ws://127.0.0.1:{port}/_sitegen/live", timeout=10)
    assert next_message(fresh) == {"type": "ok"}
    fresh.close()
    ws.close()


def test_only_the_servers_own_host_names_are_answered(served):
    _, port, _ = served
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LocalHost:{port}", f"[::1]:{port}"):
        assert raw_get(port, "/", host=host)[0] == 200, host
    # DNS rebinding: a name of the attacker's that resolves to 127.0.0.1 comes with its own Host.
    for host in (f"evil.example.com:{port}", "evil.example.com", f"127.0.0.1:{port + 1}", f"127.0.0.1.nip.io:{port}"):
        status, data = raw_get(port, "/", host=host)
        assert status in (400, 421), (host, status)
        assert b"_sitegen" not in data
    # Without a Host at all (HTTP/1.1 requires one).
    assert raw(port, b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n")[0] == 400


def test_live_socket_refuses_other_sites(served):
    _, port, _ = served
    for origin in ("https://attacker.example", "null", f"http://evil.example.com:{port}"):
        with pytest.raises(websocket.WebSocketBadStatusException) as refused:
            websocket.create_connection(f"ws://127.0.0.1:{port}/_sitegen/live", timeout=10, origin=origin)
        assert refused.value.status_code == 403, origin
    with pytest.raises(websocket.WebSocketBadStatusException) as refused:
        websocket.create_connection(f"ws://127.0.0.1:{port}/_sitegen/live", timeout=10,
                                    host=f"evil.example.com:{port}", origin=f"http://evil.example.com:{port}")
    assert refused.value.status_code == 421
    for origin in (f"http://127.0.0.1:{port}", f"http://localhost:{port}", None):
        ws = websocket.create_connection(f"ws://127.0.0.1:{port}/_sitegen/live", timeout=10,
                                         origin=origin, suppress_origin=origin is None)
        assert next_message(ws) == {"type": "ok"}, origin
        ws.close()


def test_other_pages_cannot_load_the_previews_files(served, driver, tmp_path):
    """A page of another site, or a file:// page, may not read the preview's drafts through
    <script src>: Fetch Metadata gets 403, and every answer carries the isolation headers."""
    _, port, _ = served
    fetch = "GET /search/index.js HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nSec-Fetch-Site: {}\r\nSec-Fetch-Mode: {}\r\nSec-Fetch-Dest: {}\r\nConnection: close\r\n\r\n"
    for site, mode, dest in (("cross-site", "no-cors", "script"), ("same-site", "no-cors", "script"), ("cross-site", "navigate", "iframe")):
        status, data = raw(port, fetch.format(port, site, mode, dest).encode())
        assert status == 403 and b"sitegen" not in data.split(b"\r\n\r\n", 1)[1], (site, mode, dest)
    status, data = raw(port, fetch.format(port, "same-origin", "no-cors", "script").encode())
    assert status == 200
    head = data.split(b"\r\n\r\n", 1)[0].decode().lower()
    for header in ("cross-origin-resource-policy: same-origin", "x-content-type-options: nosniff", "x-frame-options: deny"):
        assert header in head, head
    # In Chromium: a local page's script tag gets nothing; the preview itself works.
    page = tmp_path / "other.html"
    page.write_text(f"""<!doctype html><title>waiting</title>
<script src="http://127.0.0.1:{port}/search/index.js" onload="document.title='loaded'" onerror="document.title='refused'"></script>
<iframe src="http://127.0.0.1:{port}/"></iframe>""", encoding="utf-8")
    driver.get(page.as_uri())
    deadline = time.time() + 10
    while driver.title == "waiting" and time.time() < deadline:
        time.sleep(0.1)
    assert driver.title == "refused"
    driver.get(f"http://127.0.0.1:{port}/")
    assert driver.execute_script("return [...document.styleSheets].some(s => s.cssRules.length > 0)")
    assert driver.execute_script("return document.querySelector('script[src=\"/_sitegen/live.js\"]') !== null")
    driver.get(f"http://127.0.0.1:{port}/search/index.js")
    assert "404" not in driver.page_source and "403" not in driver.page_source


def test_oversized_request_line_and_headers_are_refused_at_once(served):
    _, port, _ = served
    # None of these ends: the answer must come as soon as a limit is passed.
    status, data = raw(port, b"GET /" + b"A" * 9000)
    assert status == 414, data[:200]
    status, _ = raw(port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Long: ".encode() + b"A" * 9000)
    assert status == 431
    status, _ = raw(port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n".encode() + b"X-Many: " + b"A" * 4000 + b"\r\n" * 1
                    + (b"X-Many: " + b"A" * 4000 + b"\r\n") * 8)
    assert status == 431
    # Just under the limits is a normal request.
    assert raw_get(port, "/?" + "q" * 8000)[0] == 200


def start_burst(port, slow=30, oversized=20):
    """Connections of a hostile page: `slow` send a head a byte a second, `oversized` each send a
    32 KB header line and wait. Returns them and a function that stops the sending."""
    slow_sockets, big_sockets = [], []
    for _ in range(slow):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Slow: ".encode())
        slow_sockets.append(s)
    for _ in range(oversized):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        try:
            s.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Big: ".encode() + b"A" * 32768)
        except OSError:
            pass  # refused and closed already
        big_sockets.append(s)
    stop = threading.Event()

    def drip():
        for _ in range(20):  # at most 20 s
            if stop.wait(1):
                return
            for s in slow_sockets:
                try:
                    s.send(b"a")
                except OSError:
                    pass

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()

    def finish():
        stop.set()
        thread.join()
        for s in slow_sockets + big_sockets:
            s.close()
    return slow_sockets, big_sockets, finish


def test_slow_and_oversized_clients_do_not_delay_a_page(served):
    _, port, _ = served
    slow, big, finish = start_burst(port)
    try:
        time.sleep(1.5)
        started = time.monotonic()
        status, _, body = get(port, "/")
        elapsed = time.monotonic() - started
        assert status == 200 and "_sitegen/live.js" in body
        assert elapsed < 2, f"a page took {elapsed:.1f} s beside 50 hostile connections"
        # The slow clients were still connected: the page did not wait for them to be dropped.
        assert time.monotonic() - started < 3
        # Each oversized one was refused at once; each slow one is dropped after a few seconds.
        for s in big:
            s.settimeout(5)
            assert s.recv(65536).startswith(b"HTTP/1.1 431 ")
        deadline = time.monotonic() + 10
        for s in slow:
            s.settimeout(max(0.1, deadline - time.monotonic()))
            assert s.recv(65536).startswith(b"HTTP/1.1 408 "), "a slow client was not dropped"
    finally:
        finish()


def test_ctrl_c_stops_at_once_beside_a_burst(served):
    _, port, process = served
    ws = websocket.create_connection(f"ws://127.0.0.1:{port}/_sitegen/live", timeout=10)
    assert next_message(ws) == {"type": "ok"}
    _, _, finish = start_burst(port)
    try:
        time.sleep(1)
        started = time.monotonic()
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
        assert time.monotonic() - started < 3, "Ctrl-C took more than 3 s"
    finally:
        finish()
        ws.close()


def test_port_taken_is_a_clear_error(served):
    site, port, _ = served
    run = subprocess.run([str(SITEGEN), "serve", "--site", str(site), "--port", str(port), "--lang", "en"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    # Not just any "--port": a mistyped option gets status 2 and a usage line that has one too.
    assert f"cannot listen on 127.0.0.1:{port}:" in run.stderr and "in use" in run.stderr, run.stderr
    assert "choose another with --port" in run.stderr, run.stderr


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
    # The value, read as YAML: the text "number: 2" is in "number: 20" as well.
    front = yaml.safe_load((site / "content/min-kommune/ledelsesgrundlag/anden.md").read_text(encoding="utf-8").split("---")[1])
    assert front["number"] == 2, front
    assert subprocess.run([str(SITEGEN), "check", "--site", str(site)], capture_output=True).returncode == 0
    wrong = subprocess.run([str(SITEGEN), "new", "initiative", "content/min-kommune/x.md", "--site", str(site), "--lang", "en"],
                           capture_output=True, text=True)
    assert wrong.returncode == 2 and "belongs at" in wrong.stderr
    again = subprocess.run([str(SITEGEN), "init", str(site)], capture_output=True, text=True)
    assert again.returncode == 2
