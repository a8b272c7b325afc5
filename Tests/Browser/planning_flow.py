#!/usr/bin/env python3
"""Real-browser test of the scenario workflow on the planning pages.

Usage: python3 Tests/Browser/planning_flow.py [BASE_URL]

Against a server started with `carepath serve --demo`, in headless Chromium,
signed in as the demo region's editor (only editors of an area may save its
scenarios): submits the "create a scenario" form with an out-of-range lever and checks the
error summary; saves a valid scenario and checks the comparison page (an SVG
chart with a title, and the same figures as a table); compares the demo
scenarios chosen with checkboxes; downloads the CSV. axe-core runs on every
page reached, failing on serious or critical violations. The last line is
"N passed, M failed"; the exit status is 1 when M > 0.
"""

from __future__ import annotations

import sys
import time

from selenium.webdriver.common.by import By

from flow import axe_problems, fill, page_text, sign_in, run_checks, submit
from smoke import http_get, normalise

AREA = "/planning/E12000006"
REGION_EDITOR = "region@demo.carepath.test"
DEMO_SCENARIOS = ("Values-based recruitment", "International recruitment halved")


def invalid_scenario(base: str, driver) -> list[str]:
    driver.get(base + AREA)
    fill(driver, {"name": "", "turnoverRate": "150"})
    submit(driver, "Save scenario")
    problems = []
    if not driver.title.startswith("Error:"):
        problems.append(f"title {driver.title!r} does not start with 'Error:'")
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".cp-error-summary a")]
    if not any(link.endswith("#turnoverRate") for link in links):
        problems.append(f"error summary has no link to #turnoverRate: {links}")
    if "turnover must be between 0% and 100%" not in page_text(driver):
        problems.append("no message for the out-of-range turnover")
    return problems + axe_problems(driver)


def save_and_compare(base: str, driver) -> list[str]:
    name = f"Browser check {int(time.time())}"
    driver.get(base + AREA)
    fill(driver, {"name": name, "valuesBasedRecruitmentShare": "100", "payAboveLivingWageShare": "50"})
    submit(driver, "Save scenario")
    problems = []
    if "/compare?scenario=" not in driver.current_url:
        problems.append(f"saving did not lead to the comparison: {driver.current_url}")
    text = page_text(driver)
    for want in (name, "gap (posts) by year and scenario", "levers in " + name.lower()):
        if normalise(want) not in text:
            problems.append(f"comparison lacks {want!r}")
    titles = driver.find_elements(By.CSS_SELECTOR, "svg.cp-chart[role='img'] > title")
    if not titles or not titles[0].get_attribute("textContent"):
        problems.append("the chart has no SVG <title> naming it")
    headers = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.cp-table thead th")]
    if name not in headers or "Baseline" not in headers:
        problems.append(f"the table alternative lacks the scenario's column: {headers}")
    csv_link = driver.find_element(By.PARTIAL_LINK_TEXT, "Download these projections").get_attribute("href")
    csv = http_get(csv_link)
    if csv.status != 200 or not csv.body.startswith("area_code,area_name,role_group,scenario,year"):
        problems.append(f"CSV download failed: HTTP {csv.status}, {csv.body[:60]!r}")
    return problems + axe_problems(driver)


def compare_demo_scenarios(base: str, driver) -> list[str]:
    driver.get(base + AREA)
    boxes = driver.find_elements(By.CSS_SELECTOR, "input[name='scenario']")
    for box in boxes:
        label = driver.find_element(By.CSS_SELECTOR, f"label[for='{box.get_attribute('id')}']").text
        if (label in DEMO_SCENARIOS) != box.is_selected():
            box.click()
    submit(driver, "Compare scenarios")
    problems = []
    headers = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.cp-table thead th")]
    for want in ("Baseline",) + DEMO_SCENARIOS:
        if want not in headers:
            problems.append(f"comparison table lacks the column {want!r}: {headers}")
    lines = driver.find_elements(By.CSS_SELECTOR, "svg.cp-chart polyline")
    if len(lines) != 1 + len(DEMO_SCENARIOS):
        problems.append(f"the chart has {len(lines)} lines, expected {1 + len(DEMO_SCENARIOS)}")
    return problems + axe_problems(driver)


def main() -> int:
    return run_checks("Planning workflow in a real browser", [
        ("the demo region's editor signs in", lambda base, driver: sign_in(driver, base, REGION_EDITOR)),
        ("an out-of-range lever is refused with an error summary", invalid_scenario),
        ("a saved scenario is compared with the baseline, with a chart, table and CSV", save_and_compare),
        ("demo scenarios chosen with checkboxes are compared", compare_demo_scenarios),
    ])


if __name__ == "__main__":
    sys.exit(main())
