#!/usr/bin/python3
"""The phone page and the viewer page in a real browser (Debian's chromium,
chromium-driver, python3-selenium): pair the phone with the PIN, press Next
and +1 minute on it, see the atelier's state change; the viewer page follows
a step change within a second; screenshots of both at phone and laptop sizes.

usage: xvfb-run -a remote_browser.py ATELIER_BIN OUT_DIR   (exit 77: no browser here)
"""
import json, os, shutil, socket, subprocess, sys, tempfile, time

try:
    from selenium import webdriver
    from selenium.webdriver.common.by import By
except ImportError:
    sys.exit(77)
if not shutil.which("chromedriver"):
    sys.exit(77)

BIN, OUT = sys.argv[1], sys.argv[2]
DEADLINE_S = 20  # how long a loaded machine may take; every wait returns as soon as it holds


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait(what, check, deadline=DEADLINE_S):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out waiting for " + what)


work = tempfile.mkdtemp(prefix="atelier-browser-")
state, config = work + "/state", work + "/config"
os.makedirs(config)
port = free_port()
with open(config + "/settings.json", "w") as f:
    json.dump({"step_guard_ms": 0, "remote": {"enabled": True, "port": port, "osc_port": 0}}, f)
# Under the test's X server (CTest runs this script with xvfb-run).
app = subprocess.Popen([BIN, "--windowed", "1280x720", "--state-dir", state, "--config-dir", config], stderr=subprocess.DEVNULL)


def send(*args):
    r = subprocess.run([BIN, "send", "--state-dir", state, *args], capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else ""


def status_line(name):
    for line in send("status").splitlines():
        if line.startswith(name + ": "):
            return line[len(name) + 2:]
    return None


def browser(width, height):
    o = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}", "--lang=en-GB"):
        o.add_argument(a)
    return webdriver.Chrome(options=o)


phone = viewer = None
try:
    info = wait("the atelier's remote", lambda: send("remote") if "pin: " in send("remote") else None)
    lines = dict(l.split(": ", 1) for l in info.strip().splitlines())
    base = f"http://127.0.0.1:{port}"
    send("toggle-timer")

    # The phone: pair with the PIN, then Next and +1 minute.
    phone = browser(360, 640)
    phone.get(base + "/phone")
    pin = wait("the PIN field", lambda: phone.find_element(By.ID, "pin"))
    pin.send_keys("000000" if lines["pin"] != "000000" else "111111")
    phone.find_element(By.ID, "pairButton").click()
    wait("wrong PIN said", lambda: "Wrong PIN" in phone.find_element(By.ID, "pairSaid").text)
    pin.clear()
    pin.send_keys(lines["pin"])
    phone.find_element(By.ID, "pairButton").click()
    wait("the remote shown", lambda: phone.find_element(By.ID, "step").text.strip())
    speaker = status_line("speaker")
    wait("Next enabled", lambda: phone.find_element(By.CSS_SELECTOR, "button[data-verb=next]").is_enabled())
    phone.find_element(By.CSS_SELECTOR, "button[data-verb=next]").click()
    wait("the speaker changed by the phone's Next", lambda: status_line("speaker") != speaker)
    wait("the phone shows the new speaker", lambda: phone.find_element(By.ID, "speaker").text == status_line("speaker"))
    remaining = int(status_line("remaining_ms"))
    phone.find_element(By.CSS_SELECTOR, "button[data-verb=add-minute]").click()
    wait("a minute more", lambda: int(status_line("remaining_ms")) > remaining + 50_000)
    phone.save_screenshot(OUT + "/phone-360x640.png")
    phone.set_window_size(1024, 768)
    phone.save_screenshot(OUT + "/phone-1024x768.png")

    # The viewer follows a step change within a second.
    viewer = browser(1280, 720)
    viewer.get(lines["viewer"].replace(lines["url"].rstrip("/"), base))
    wait("the viewer shows the step", lambda: viewer.find_element(By.ID, "step").text.strip())
    before = viewer.find_element(By.ID, "step").text
    sent_at = time.monotonic()
    send("goto-step", "2")
    wait("the viewer follows", lambda: viewer.find_element(By.ID, "step").text != before)
    followed_ms = (time.monotonic() - sent_at) * 1000
    print(f"viewer followed a step change in {followed_ms:.0f} ms")
    assert followed_ms < 1000, followed_ms
    viewer.save_screenshot(OUT + "/view-1280x720.png")
    viewer.set_window_size(360, 640)
    viewer.save_screenshot(OUT + "/view-360x640.png")
    print("ok")
finally:
    for b in (phone, viewer):
        if b:
            b.quit()
    app.terminate()
    app.wait(timeout=20)
    shutil.rmtree(work, ignore_errors=True)
