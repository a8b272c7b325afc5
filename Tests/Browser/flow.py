"""Helpers the browser workflows share: form filling, waiting for the next page, signing in
(with an independent RFC 6238 code where the account has two-factor sign-in), and axe-core.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
import sys
import time
import traceback
from typing import Callable

from axe_selenium_python import Axe
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from smoke import FAILING_IMPACTS, WANTED_AXE_TAGS, make_driver, normalise, print_violations

DEMO_PASSWORD = "carepath-demo"


def axe_problems(driver) -> list[str]:
    axe = Axe(driver)
    axe.inject()
    known = set(driver.execute_script("return axe.getRules().reduce((t, r) => t.concat(r.tags), [])"))
    options = json.dumps({"runOnly": {"type": "tag", "values": [t for t in WANTED_AXE_TAGS if t in known]},
                          "resultTypes": ["violations"]})
    violations = axe.run(options=options).get("violations", [])
    print_violations(violations)
    return [f"axe: {v['id']} ({v['impact']})" for v in violations if v.get("impact") in FAILING_IMPACTS]


def page_text(driver) -> str:
    return normalise(driver.execute_script("return document.body.innerText"))


def fill(driver, values: dict[str, str]) -> None:
    for name, value in values.items():
        field = driver.find_element(By.ID, name)
        field.clear()
        field.send_keys(value)


def page_replaced(old_page):
    """A wait condition: true once `old_page` has left the document. Chromium reports a node of a
    replaced document either as stale or as "does not belong to the document"; both mean the same."""
    def check(_driver) -> bool:
        try:
            old_page.is_enabled()
            return False
        except WebDriverException:
            return True
    return check


def submit(driver, label: str) -> None:
    """Clicks the button and waits until the next page has replaced this one."""
    old_page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.XPATH, f"//main//button[normalize-space()='{label}']").click()
    WebDriverWait(driver, 60).until(page_replaced(old_page))


def totp(secret: bytes, at: float | None = None, digits: int = 6, period: int = 30) -> str:
    """RFC 6238 with HMAC-SHA1, written here from the RFC so the check does not trust Carepath's own."""
    counter = int((time.time() if at is None else at) // period)
    digest = hmac.new(secret, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10 ** digits).zfill(digits)


def demo_totp_secret(email: str) -> bytes:
    """The demo accounts' published secrets (DemoAccounts.totpSecret)."""
    return hashlib.sha256(f"carepath-demo-totp:{email}".encode()).digest()[:20]


def sign_in(driver, base: str, email: str, password: str = DEMO_PASSWORD, secret: bytes | None = None) -> list[str]:
    """Signs in through the pages; answers the code page when `secret` is given. Returns problems."""
    driver.delete_all_cookies()
    driver.get(base + "/sign-in")
    problems = axe_problems(driver)
    fill(driver, {"email": email, "password": password})
    submit(driver, "Sign in")
    if secret is not None:
        if "/sign-in/two-factor" not in driver.current_url:
            return problems + [f"no code page after the password: {driver.current_url}"]
        problems += axe_problems(driver)
        fill(driver, {"code": totp(secret)})
        submit(driver, "Continue")
    if "/sign-in" in driver.current_url:
        problems.append(f"still on {driver.current_url} after signing in: {page_text(driver)[:200]}")
    return problems


def run_checks(title: str, checks: list[tuple[str, Callable]]) -> int:
    """Runs each (label, check(base, driver)) in one headless Chromium against the URL given on the
    command line, prints one line per check and "N passed, M failed", and returns the exit status."""
    base = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080").rstrip("/")
    print(f"{title} against {base}")
    driver = make_driver()
    passed = failed = 0
    for label, check in checks:
        print(f"- {label}")
        try:
            problems = check(base, driver)
        except Exception as error:  # noqa: BLE001 - one check's crash must not hide the rest
            traceback.print_exc()
            problems = [f"{type(error).__name__}: {error}"]
        for problem in problems:
            print(f"    FAIL: {problem}")
        if problems:
            failed += 1
        else:
            passed += 1
            print("  ok")
    driver.quit()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0
