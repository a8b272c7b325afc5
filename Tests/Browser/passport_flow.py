#!/usr/bin/env python3
"""Real-browser test of the training passport, end to end.

Usage: python3 Tests/Browser/passport_flow.py [BASE_URL]

Against a server started with `carepath serve --demo`, in headless Chromium: the demo care worker
signs in and sees credentials from two employers; checks their passport bundle on the verify page;
shares all but one credential with a third employer (Next Step Homecare) for 7 days. That
employer's admin signs in with a TOTP code worked out here from RFC 6238, opens the share link,
sees the credentials verified, and adds them to one of its own staff records. The worker then sees
that view in the share's log, stops the share, and the link no longer opens. axe-core runs on every
page. The last line is "N passed, M failed".
"""

from __future__ import annotations

import sys
import time
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from flow import axe_problems, demo_totp_secret, page_text, run_checks, sign_in, submit
from smoke import normalise

WORKER = "worker@demo.carepath.test"
NEXT_EMPLOYER = "next.employer@demo.carepath.test"
STATE: dict[str, str] = {}


def expect_text(driver, *texts: str) -> list[str]:
    text = page_text(driver)
    return [f"{driver.current_url} lacks {want!r}" for want in texts if normalise(want) not in text]


def worker_sees_two_employers(base: str, driver) -> list[str]:
    problems = sign_in(driver, base, WORKER)
    driver.get(base + "/passport")
    problems += expect_text(driver, "Your training passport", "Other Demo Provider", "Current")
    issuers = {row.find_elements(By.TAG_NAME, "td")[0].text
               for row in driver.find_elements(By.CSS_SELECTOR, "table.cp-table tbody tr")}
    if len(issuers) < 2:
        problems.append(f"credentials from {len(issuers)} issuers, not two: {sorted(issuers)}")
    return problems + axe_problems(driver)


def bundle_verifies_on_the_verify_page(base: str, driver) -> list[str]:
    driver.get(base + "/passport")
    bundle = driver.execute_async_script(
        "const done = arguments[0]; fetch('/passport/bundle.json').then(r => r.text()).then(done);")
    driver.get(base + "/verify")
    problems = axe_problems(driver)
    driver.execute_script("document.getElementById('credential').value = arguments[0];", bundle)
    submit(driver, "Check")
    text = page_text(driver)
    if "can be relied on today" not in text:
        return problems + [f"no verdicts on the verify page: {text[:300]}"]
    return problems + expect_text(driver, "Current") + axe_problems(driver)


def worker_shares_a_subset(base: str, driver) -> list[str]:
    driver.get(base + "/passport")
    boxes = driver.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name^='share-']")
    if len(boxes) < 2:
        return [f"only {len(boxes)} credentials offered for sharing"]
    boxes[-1].click()
    STATE["shared"] = str(len(boxes) - 1)
    Select(driver.find_element(By.ID, "organisation")).select_by_visible_text("Next Step Homecare")
    Select(driver.find_element(By.ID, "days")).select_by_value("7")
    submit(driver, "Share")
    problems = expect_text(driver, "Shared with Next Step Homecare", "Open")
    if not driver.find_elements(By.CSS_SELECTOR, ".cp-qr svg"):
        problems.append("the share page has no QR code")
    links = [c.text for c in driver.find_elements(By.TAG_NAME, "code") if "/shared/" in c.text]
    if not links:
        return problems + ["the share page shows no link"]
    STATE["link"] = links[0]
    STATE["share_page"] = driver.current_url
    return problems + axe_problems(driver)


def next_employer_verifies_and_accepts(base: str, driver) -> list[str]:
    problems = sign_in(driver, base, NEXT_EMPLOYER, secret=demo_totp_secret(NEXT_EMPLOYER))
    driver.get(base + "/providers/DEMO-NEXT")
    links = driver.find_elements(By.CSS_SELECTOR, "table.cp-table a[href$='/staff']")
    if not links:
        return problems + ["Next Step Homecare's page links to no staff records"]
    links[0].click()
    workplace = urllib.parse.unquote(driver.current_url.rstrip("/").split("/")[-2])
    staff = driver.find_elements(By.CSS_SELECTOR, "table.cp-table tbody tr th, table.cp-table tbody tr td")
    if not staff:
        return problems + [f"no staff records at DEMO-NEXT workplace {workplace}"]
    worker = staff[0].text.strip()
    driver.get(STATE["link"])
    shared = STATE["shared"]
    problems += expect_text(driver, "A shared training passport", f"of {shared} credentials can be relied on")
    problems += axe_problems(driver)
    driver.find_element(By.ID, "workplace").send_keys(workplace)
    driver.find_element(By.ID, "worker").send_keys(worker)
    submit(driver, "Add to training records")
    problems += expect_text(driver, f"credentials added to the training records of {worker}")
    return problems + axe_problems(driver)


def worker_sees_the_view_and_stops_sharing(base: str, driver) -> list[str]:
    problems = sign_in(driver, base, WORKER)
    driver.get(STATE["share_page"])
    problems += expect_text(driver, "Who has looked", NEXT_EMPLOYER) + axe_problems(driver)
    submit(driver, "Stop sharing")
    problems += expect_text(driver, "Stopped")
    # A TOTP code works once: wait for the next 30-second step before the employer signs in again.
    time.sleep(31 - time.time() % 30)
    problems += sign_in(driver, base, NEXT_EMPLOYER, secret=demo_totp_secret(NEXT_EMPLOYER))
    driver.get(STATE["link"])
    return problems + expect_text(driver, "Page not found")


def main() -> int:
    return run_checks("The training passport in a real browser", [
        ("the worker sees credentials from two employers", worker_sees_two_employers),
        ("the worker's bundle verifies on the verify page", bundle_verifies_on_the_verify_page),
        ("the worker shares all but one credential with a third employer", worker_shares_a_subset),
        ("the third employer verifies the share and accepts it into its records", next_employer_verifies_and_accepts),
        ("the worker sees who looked, stops sharing, and the link closes", worker_sees_the_view_and_stops_sharing),
    ])


if __name__ == "__main__":
    sys.exit(main())
