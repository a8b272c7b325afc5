#!/usr/bin/env python3
"""Real-browser test of signing in, two-factor sign-in, and who sees a provider's own records.

Usage: python3 Tests/Browser/account_flow.py [BASE_URL]

Against a server started with `carepath serve --demo`, in headless Chromium: the demo provider's
admin signs in with a password and a TOTP code worked out here from RFC 6238; opens the provider,
a workplace's staff records, the audit log (which must show that view) and the benchmarks; uploads
the spec's example files with an invalid Staff file and sees the errors, which block completing; makes
an API token on the account page, uses it, revokes it and sees it refused; signs out. Then the
demo council, which has the provider's consent for commissioning, sees the benchmarks but not
staff records. axe-core runs on every page. The last line is "N passed, M failed".
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from flow import axe_problems, demo_totp_secret, page_replaced, page_text, sign_in, run_checks, submit
from smoke import normalise

PROVIDER_ADMIN = "provider.admin@demo.carepath.test"
COUNCIL = "council@demo.carepath.test"


def api_status(url: str, token: str) -> int:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def expect_text(driver, *texts: str) -> list[str]:
    text = page_text(driver)
    return [f"{driver.current_url} lacks {want!r}" for want in texts if normalise(want) not in text]


def provider_admin_signs_in(base: str, driver) -> list[str]:
    return sign_in(driver, base, PROVIDER_ADMIN, secret=demo_totp_secret(PROVIDER_ADMIN))


def staff_records_and_audit(base: str, driver) -> list[str]:
    driver.get(base + "/providers")
    problems = expect_text(driver, "DEMO-EAST") + axe_problems(driver)
    driver.get(base + "/providers/DEMO-EAST")
    problems += axe_problems(driver)
    links = driver.find_elements(By.CSS_SELECTOR, "table.cp-table a[href$='/staff']")
    if not links:
        return problems + ["the provider page links to no staff records"]
    links[0].click()
    problems += expect_text(driver, "Staff records", "Unique worker ID", "recorded in the audit log")
    problems += axe_problems(driver)
    driver.get(base + "/providers/DEMO-EAST/audit")
    problems += expect_text(driver, "Audit log", "Staff records viewed", PROVIDER_ADMIN) + axe_problems(driver)
    driver.get(base + "/providers/DEMO-EAST/workforce")
    return problems + expect_text(driver, "Same council") + axe_problems(driver)


EXAMPLES = Path(__file__).resolve().parents[3] / "shared" / "specs" / "ascwds-examples"


def upload_lists_findings(base: str, driver) -> list[str]:
    """Uploads the spec's example files with the invalid Staff file: the check page lists the errors by
    file and rule, offers the CSV, and does not offer to complete. Nothing is stored."""
    driver.get(base + "/providers/DEMO-EAST/returns/new")
    problems = expect_text(driver, "Upload a return") + axe_problems(driver)
    for field, name in [("workplace", "workplace-valid.csv"), ("staff", "staff-invalid.csv"),
                        ("training", "training-valid.csv")]:
        driver.find_element(By.ID, field).send_keys(str(EXAMPLES / name))
    # upload-progress.js shows the region while the files are sent; sessionStorage outlives the page.
    driver.execute_script("""
        const region = document.getElementById('upload-progress');
        sessionStorage.removeItem('uploadProgress');
        new MutationObserver(() => {
          if (!region.hidden) sessionStorage.setItem('uploadProgress', region.textContent);
        }).observe(region, {attributes: true, childList: true, subtree: true, characterData: true});
    """)
    submit(driver, "Check the files")
    problems += expect_text(driver, "Check your upload", "There is a problem", "What the return changes",
                            "Download every finding (CSV)", "cannot be completed")
    shown = driver.execute_script("return sessionStorage.getItem('uploadProgress');") or ""
    if "Sending the files" not in shown and "Checking every row" not in shown:
        problems.append(f"the upload showed no progress while it was sent (saw {shown!r})")
    if driver.find_elements(By.XPATH, "//main//button[normalize-space()='Complete upload']"):
        problems.append("an upload with errors offers to complete")
    return problems + axe_problems(driver)


def api_token_lifecycle(base: str, driver) -> list[str]:
    driver.get(base + "/account")
    problems = expect_text(driver, "Your account", "Two-factor sign-in", "Signed in") + axe_problems(driver)
    driver.find_element(By.ID, "name").send_keys("Browser check")
    driver.find_element(By.ID, "scope-providers-read").click()
    submit(driver, "Create token")
    token = driver.find_element(By.ID, "new-token").text.strip()
    problems += axe_problems(driver)
    if api_status(base + "/api/v1/providers/DEMO-EAST", token) != 200:
        problems.append("the new token was not accepted")
    if api_status(base + "/api/v1/providers/DEMO-EAST/workplaces/X/staff", token) != 403:
        problems.append("a token without staff:read reached staff records")
    submit(driver, "Revoke Browser check")
    if api_status(base + "/api/v1/providers/DEMO-EAST", token) != 401:
        problems.append("the revoked token was still accepted")
    return problems


def sign_out(base: str, driver) -> list[str]:
    driver.get(base + "/account")
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.XPATH, "//header//button[normalize-space()='Sign out']").click()
    WebDriverWait(driver, 30).until(page_replaced(old))
    driver.get(base + "/account")
    return [] if "/sign-in" in driver.current_url else [f"/account still open after signing out: {driver.current_url}"]


def council_sees_figures_not_staff(base: str, driver) -> list[str]:
    problems = sign_in(driver, base, COUNCIL)
    driver.get(base + "/providers/DEMO-EAST/workforce")
    problems += expect_text(driver, "Same council") + axe_problems(driver)
    driver.get(base + "/providers/DEMO-EAST")
    if driver.find_elements(By.CSS_SELECTOR, "table.cp-table a[href$='/staff']"):
        problems.append("the council is offered links to staff records")
    workplace = driver.find_elements(By.CSS_SELECTOR, "table.cp-table tbody td")
    reference = workplace[0].text if workplace else "X"
    driver.get(base + f"/providers/DEMO-EAST/workplaces/{reference}/staff")
    return problems + expect_text(driver, "You cannot do this") + axe_problems(driver)


def main() -> int:
    return run_checks("Accounts and access in a real browser", [
        ("the provider's admin signs in with a password and a TOTP code", provider_admin_signs_in),
        ("staff records open, and the view shows in the audit log", staff_records_and_audit),
        ("an upload with errors lists them by file and rule and cannot be completed", upload_lists_findings),
        ("an API token is made, used, revoked and refused", api_token_lifecycle),
        ("signing out ends the session", sign_out),
        ("the consented council sees benchmarks but not staff records", council_sees_figures_not_staff),
    ])


if __name__ == "__main__":
    sys.exit(main())
