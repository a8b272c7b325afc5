#!/usr/bin/env python3
"""Real-browser accessibility smoke test for Carepath.

Usage: python3 Tests/Browser/smoke.py [BASE_URL] [--screenshots DIR]

Loads each page in PAGES in headless Chromium (Debian's chromium and
chromedriver), checks its structure (title, <h1>, skip link, <main
id="main-content">, html[lang]) and expected text, and runs axe-core on it
(axe_selenium_python's bundled copy). A page fails on any axe violation of
impact "serious" or "critical"; every violation is printed either way. The
JSON API and /metrics get plain HTTP checks. The last line is
"N passed, M failed", and the exit status is 1 when M > 0.

.ci/run installs the dependencies (Tests/Browser/requirements.txt) into
.venv-ci/ and starts the server with `swift run carepath serve --demo`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import traceback
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Callable, Union

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

# A required piece of text: a string that must appear, or a tuple of
# alternatives of which one must appear. Matching ignores case and collapses
# whitespace.
Text = Union[str, tuple[str, ...]]

NOT_FOUND = ("page not found", "not found")


@dataclass(frozen=True)
class PageSpec:
    path: str
    description: str
    statuses: tuple[int, ...] = (200,)
    texts: tuple[Text, ...] = ()
    # CSS selectors that must each match at least one element (a selector
    # list such as "a, b" matches when either does).
    selectors: tuple[str, ...] = ()


PAGES: list[PageSpec] = [
    PageSpec(
        "/",
        "home: England and its 9 regions, and the demo accounts",
        texts=(
            "England",
            "Demo accounts",
            "council@demo.carepath.test",
            "North East",
            "North West",
            "Yorkshire and the Humber",
            "East Midlands",
            "West Midlands",
            "East of England",
            "London",
            "South East",
            "South West",
        ),
    ),
    PageSpec(
        "/areas/E12000006",
        "East of England region, listing its councils",
        texts=("East of England", "Norfolk", "Bedford"),
    ),
    PageSpec(
        "/areas/E10000020",
        "Norfolk county council, listing its districts",
        texts=("Norfolk", "Norwich", "Breckland"),
    ),
    PageSpec(
        "/areas/E07000148",
        "Norwich district",
        texts=("Norwich", "Norfolk"),
    ),
    PageSpec(
        "/areas/E06000055",
        "Bedford unitary authority",
        texts=("Bedford", "East of England"),
    ),
    PageSpec(
        "/postcodes?postcode=NR1+3JU",
        "postcode lookup result",
        texts=("NR1 3JU", "Norwich", "Norfolk", "E10000020", "East of England"),
    ),
    PageSpec(
        "/postcodes?postcode=ZZ",
        "postcode lookup with a validation error",
        statuses=(400, 422),
        selectors=(".govuk-error-summary, [role='alert']",),
    ),
    PageSpec(
        "/postcodes?postcode=NR1+9ZZ",
        "postcode not found, with a suggestion",
        statuses=(200, 404),
        # The suggestion names the district of the postcode's sector or outcode.
        texts=("NR1 9ZZ", ("not found", "could not find", "couldn't find"), "Norwich"),
    ),
    PageSpec(
        "/sign-in",
        "sign-in page, listing the demo accounts (provider pages are checked signed in by account_flow.py)",
        texts=("Sign in to Carepath", "Demo accounts", "provider.admin@demo.carepath.test"),
    ),
    PageSpec(
        "/planning",
        "planning start page, listing areas with returns",
        texts=("Plan the workforce", "East of England", "SYNTHETIC demo data, not ONS figures"),
    ),
    PageSpec(
        "/planning/E12000006",
        "East of England baseline projection with chart, table, assumptions and demo scenarios",
        texts=("Workforce projection: East of England", "Baseline projection by year", "Assumptions behind the baseline",
               "Values-based recruitment", "Create a scenario"),
        selectors=("svg.cp-chart[role='img'] title", "table.cp-table"),
    ),
    PageSpec(
        "/planning/E12000006?role=direct-care&horizon=10",
        "East of England projection for direct care roles over 10 years",
        texts=("Direct care roles",),
    ),
    PageSpec(
        "/planning/E12000001",
        "an area with no returns says so instead of showing zeros",
        texts=("No returns yet",),
    ),
    PageSpec(
        "/workforce/E12000006",
        "East of England workforce dashboard: key figures, trends, breakdowns",
        texts=("Workforce: East of England", "Key figures", "Trends", "By council", "Every measure"),
        selectors=("svg.cp-chart--trend[role='img'] title", "table.cp-table", "details.cp-details"),
    ),
    PageSpec(
        "/workforce/E10000020?role=direct-care&service=adult-residential",
        "Norfolk dashboard for direct care roles in residential services",
        texts=("Workforce: Norfolk", "Key figures"),
    ),
    PageSpec(
        "/workforce/E12000001",
        "a region with no returns says so instead of showing zeros",
        texts=("No returns yet",),
    ),
    PageSpec(
        "/workforce/map?area=E12000006&kpi=turnover",
        "hotspot map of East of England councils, with its table",
        texts=("Staff turnover rate: East of England", "suppressed or no figure"),
        selectors=("svg.cp-chart--map[role='img'] title", "svg.cp-chart--map circle", "table.cp-table"),
    ),
    PageSpec(
        "/workforce/E12000006/data-quality",
        "East of England data quality",
        texts=("Data quality: East of England", "Returns received", "How complete the answers are"),
    ),
    PageSpec(
        "/areas/E99999999",
        "unknown area: 404 page",
        statuses=(404,),
        texts=(NOT_FOUND,),
    ),
    PageSpec(
        "/no-such-page",
        "unknown path: 404 page",
        statuses=(404,),
        texts=(NOT_FOUND,),
    ),
]

# axe-core tags to run. Tags the bundled axe-core does not know (wcag21a and
# wcag22aa are missing from axe-core 3.x) are dropped at run time and reported.
WANTED_AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
FAILING_IMPACTS = {"serious", "critical"}

STRUCTURE_SELECTORS = {
    "skip link (a.skip-link or a[href='#main-content'])": "a.skip-link, a[href='#main-content']",
    "<main id='main-content'>": "main#main-content",
}

CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"]
CHROMEDRIVER_CANDIDATES = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def missing_texts(haystack: str, texts: tuple[Text, ...]) -> list[str]:
    hay = normalise(haystack)
    missing = []
    for want in texts:
        options = (want,) if isinstance(want, str) else want
        if not any(normalise(o) in hay for o in options):
            missing.append(" or ".join(repr(o) for o in options))
    return missing


@dataclass
class HttpResult:
    status: int
    content_type: str
    body: str


def http_get(url: str) -> HttpResult:
    request = urllib.request.Request(url, headers={"User-Agent": "carepath-smoke"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return HttpResult(
                response.status,
                response.headers.get("Content-Type", ""),
                response.read().decode("utf-8", "replace"),
            )
    except urllib.error.HTTPError as error:
        return HttpResult(
            error.code,
            error.headers.get("Content-Type", "") if error.headers else "",
            error.read().decode("utf-8", "replace"),
        )


def first_existing(paths: list[str], env: str) -> str:
    if os.environ.get(env):
        return os.environ[env]
    for path in paths:
        if os.access(path, os.X_OK):
            return path
    raise SystemExit(f"none of {paths} exists; install chromium and chromium-driver (or set {env})")


def make_driver() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = first_existing(CHROMIUM_CANDIDATES, "CHROME_BIN")
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1024",
        "--lang=en-GB",
    ):
        options.add_argument(arg)
    # An explicit driver path keeps Selenium Manager from going online.
    service = Service(executable_path=first_existing(CHROMEDRIVER_CANDIDATES, "CHROMEDRIVER"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(180)
    return driver


def axe_tags(driver: webdriver.Chrome) -> tuple[str, list[str], list[str]]:
    """Returns axe-core's version, the wanted tags it knows, and those it doesn't."""
    version = driver.execute_script("return axe.version")
    known = set(driver.execute_script(
        "return axe.getRules().reduce((tags, rule) => tags.concat(rule.tags), [])"
    ))
    usable = [t for t in WANTED_AXE_TAGS if t in known]
    dropped = [t for t in WANTED_AXE_TAGS if t not in known]
    return version, usable, dropped


def describe_targets(node: dict[str, Any]) -> str:
    target = node.get("target", [])
    return " > ".join(t if isinstance(t, str) else json.dumps(t) for t in target)


def print_violations(violations: list[dict[str, Any]]) -> None:
    for v in violations:
        impact = v.get("impact") or "unknown"
        marker = "FAIL" if impact in FAILING_IMPACTS else "warn"
        nodes = v.get("nodes", [])
        print(f"    [{marker}] axe {v['id']} ({impact}): {v.get('help', '')}")
        print(f"           {v.get('helpUrl', '')}")
        for node in nodes[:5]:
            print(f"           - {describe_targets(node)}")
        if len(nodes) > 5:
            print(f"           ... and {len(nodes) - 5} more")


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------


@dataclass
class Context:
    base: str
    driver: webdriver.Chrome | None = None
    axe_options: str = ""
    screenshots: str | None = None
    axe_reported: bool = False
    serious: dict[str, int] = field(default_factory=dict)


def check_page(ctx: Context, spec: PageSpec) -> list[str]:
    """Returns the problems found on one page (empty when it passes)."""
    url = ctx.base + spec.path
    problems: list[str] = []

    http = http_get(url)
    if http.status not in spec.statuses:
        problems.append(f"HTTP status {http.status}, expected {' or '.join(map(str, spec.statuses))}")
    if "text/html" not in http.content_type:
        problems.append(f"Content-Type {http.content_type!r} is not text/html")

    assert ctx.driver is not None
    driver = ctx.driver
    driver.get(url)

    title = driver.title.strip()
    if not title:
        problems.append("empty <title>")
    h1s = [h.text.strip() for h in driver.find_elements(By.TAG_NAME, "h1")]
    if not h1s:
        problems.append("no <h1>")
    elif not any(h1s):
        problems.append("<h1> has no visible text")
    lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang") or ""
    if not lang.strip():
        problems.append("<html> has no lang attribute")
    for label, selector in STRUCTURE_SELECTORS.items():
        if not driver.find_elements(By.CSS_SELECTOR, selector):
            problems.append(f"missing {label}")
    for selector in spec.selectors:
        if not driver.find_elements(By.CSS_SELECTOR, selector):
            problems.append(f"no element matches {selector!r}")

    visible = driver.execute_script("return document.body ? document.body.innerText : ''") or ""
    for text in missing_texts(title + "\n" + visible, spec.texts):
        problems.append(f"page text lacks {text}")

    print(f"    title: {title!r}; h1: {h1s[0] if h1s else None!r}; lang: {lang!r}; status: {http.status}")

    if ctx.screenshots:
        name = re.sub(r"[^A-Za-z0-9]+", "_", spec.path).strip("_") or "home"
        driver.save_screenshot(os.path.join(ctx.screenshots, f"{name}.png"))

    axe = Axe(driver)
    axe.inject()
    if not ctx.axe_reported:
        version, usable, dropped = axe_tags(driver)
        print(f"    axe-core {version}; tags: {', '.join(usable)}"
              + (f"; not supported by this axe-core: {', '.join(dropped)}" if dropped else ""))
        ctx.axe_options = json.dumps({
            "runOnly": {"type": "tag", "values": usable},
            "resultTypes": ["violations"],
        })
        ctx.axe_reported = True
    results = axe.run(options=ctx.axe_options)
    violations = results.get("violations", [])
    print_violations(violations)
    serious = [v for v in violations if v.get("impact") in FAILING_IMPACTS]
    if serious:
        problems.append(
            "axe: " + ", ".join(f"{v['id']} ({v['impact']})" for v in serious)
        )
    return problems


@dataclass(frozen=True)
class HttpSpec:
    path: str
    description: str
    check: Callable[[HttpResult], list[str]]


def contains_value(data: Any, wanted: str) -> bool:
    if isinstance(data, dict):
        return any(contains_value(v, wanted) for v in data.values())
    if isinstance(data, list):
        return any(contains_value(v, wanted) for v in data)
    return data == wanted


def expect_json(must_contain: str | None = None) -> Callable[[HttpResult], list[str]]:
    def check(result: HttpResult) -> list[str]:
        problems = []
        if result.status != 200:
            problems.append(f"HTTP status {result.status}, expected 200")
        if "json" not in result.content_type:
            problems.append(f"Content-Type {result.content_type!r} is not JSON")
        try:
            data = json.loads(result.body)
        except ValueError as error:
            return problems + [f"body is not JSON: {error}"]
        if not data:
            problems.append("JSON body is empty")
        if must_contain and not contains_value(data, must_contain):
            problems.append(f"JSON has no value {must_contain!r}")
        return problems

    return check


def expect_prometheus(result: HttpResult) -> list[str]:
    problems = []
    if result.status != 200:
        problems.append(f"HTTP status {result.status}, expected 200")
    if "# TYPE" not in result.body:
        problems.append("no '# TYPE' line in the metrics text")
    return problems


HTTP_CHECKS: list[HttpSpec] = [
    HttpSpec("/healthz", "health check", expect_json()),
    HttpSpec("/api/v1/areas", "JSON list of areas", expect_json()),
    HttpSpec("/api/v1/areas/E12000006", "JSON for East of England", expect_json("E12000006")),
    HttpSpec("/metrics", "Prometheus metrics", expect_prometheus),
]


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base_url", nargs="?", default="http://127.0.0.1:8080")
    parser.add_argument("--screenshots", metavar="DIR", help="save a PNG of each page here")
    args = parser.parse_args()

    ctx = Context(base=args.base_url.rstrip("/"), screenshots=args.screenshots)
    if ctx.screenshots:
        os.makedirs(ctx.screenshots, exist_ok=True)
    passed = failed = 0
    failures: list[str] = []

    def record(label: str, problems: list[str]) -> None:
        nonlocal passed, failed
        if problems:
            failed += 1
            failures.append(label)
            for p in problems:
                print(f"    FAIL: {p}")
            print(f"  FAILED {label}")
        else:
            passed += 1
            print(f"  ok {label}")

    print(f"Browser smoke test against {ctx.base}")
    try:
        ctx.driver = make_driver()
        caps = ctx.driver.capabilities
        print(f"  {caps.get('browserName')} {caps.get('browserVersion')}, "
              f"chromedriver {caps.get('chrome', {}).get('chromedriverVersion', '?').split(' ')[0]}")
    except Exception:  # noqa: BLE001 - report and count every page as failed
        traceback.print_exc()
        print("  could not start headless Chromium; every page check fails")

    for spec in PAGES:
        label = f"{spec.path} ({spec.description})"
        print(f"- {label}")
        if ctx.driver is None:
            record(label, ["no browser"])
            continue
        try:
            record(label, check_page(ctx, spec))
        except Exception as error:  # noqa: BLE001 - one page's crash must not hide the rest
            traceback.print_exc()
            record(label, [f"{type(error).__name__}: {error}"])

    for spec in HTTP_CHECKS:
        label = f"{spec.path} ({spec.description})"
        print(f"- {label}")
        try:
            record(label, spec.check(http_get(ctx.base + spec.path)))
        except Exception as error:  # noqa: BLE001
            record(label, [f"{type(error).__name__}: {error}"])

    if ctx.driver is not None:
        ctx.driver.quit()

    if failures:
        print("Failed checks:")
        for label in failures:
            print(f"  - {label}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
