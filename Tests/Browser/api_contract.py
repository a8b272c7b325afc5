#!/usr/bin/env python3
"""Checks that openapi.yaml is a valid OpenAPI 3.1 document and that a running Carepath answers
as it says: each request's status and JSON body are validated against the documented schema.

Usage: api_contract.py BASE_URL [OPENAPI_FILE]
Calls marked AUTH send `Authorization: Bearer $CAREPATH_API_TOKEN`: a token of the demo provider's
admin with every scope (CI makes one with `carepath tokens create`).
Prints one line per check and ends with "N passed, M failed"; exits non-zero on any failure.
"""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
import yaml
from openapi_spec_validator import validate

AUTH = "AUTH "

# (path, expected status): the calls whose bodies must match the documented response schema.
CALLS = [
    ("/api/v1/areas", 200),
    ("/api/v1/areas?level=region", 200),
    ("/api/v1/areas?level=cassr&parent=E12000006", 200),
    ("/api/v1/areas?level=county", 400),
    ("/api/v1/areas/E92000001", 200),
    ("/api/v1/areas/E12000006", 200),
    ("/api/v1/areas/E10000020", 200),
    ("/api/v1/areas/E07000148", 200),
    ("/api/v1/areas/E99999999", 404),
    ("/api/v1/postcodes/NR1%203JU", 200),
    ("/api/v1/postcodes/NR1%203", 200),
    ("/api/v1/postcodes/NR1", 200),
    ("/api/v1/postcodes/NR1%209ZZ", 404),
    ("/api/v1/postcodes/ZZ", 400),
    ("/api/v1/providers", 401),
    ("/api/v1/providers/DEMO-EAST", 401),
    (AUTH + "/api/v1/providers", 200),
    (AUTH + "/api/v1/providers/DEMO-EAST", 200),
    (AUTH + "/api/v1/providers/NOBODY", 404),
    (AUTH + "/api/v1/providers/DEMO-EAST/workplaces/NOBODY/staff", 404),
    (AUTH + "/api/v1/providers/DEMO-EAST/audit", 200),
    (AUTH + "/api/v1/providers/DEMO-GROUP/audit", 404),
    ("/api/v1/areas/E12000006/scenarios", 200),
    ("/api/v1/areas/E99999999/scenarios", 404),
    ("/api/v1/areas/E92000001/metrics", 200),
    ("/api/v1/areas/E12000006/metrics", 200),
    ("/api/v1/areas/E10000020/metrics?role=direct-care&service=adult-residential", 200),
    ("/api/v1/areas/E07000148/metrics?role=regulated-profession", 200),
    ("/api/v1/areas/E12000001/metrics", 200),
    ("/api/v1/areas/E12000006/metrics?role=cooks", 400),
    ("/api/v1/areas/E99999999/metrics", 404),
    ("/api/v1/areas/E10000020/metrics/turnover/series", 200),
    ("/api/v1/areas/E10000020/metrics/care-worker-hourly-pay/series?sector=independent", 200),
    ("/api/v1/areas/E10000020/metrics/happiness/series", 404),
]

# (path, JSON body, expected status): POST calls, validated the same way.
POSTS = [
    ("/api/v1/projections", {"area": "E12000006"}, 200),
    ("/api/v1/projections", {"area": "E12000006", "roleGroup": "direct-care", "horizon": 10,
                             "levers": {"valuesBasedRecruitmentShare": 1, "fromYear": 2028,
                                        "demandDriver": {"kind": "aged-75-plus"}}}, 200),
    ("/api/v1/projections", {"area": "E12000006", "levers": {"turnoverRate": 1.5}}, 422),
    ("/api/v1/projections", {"area": "E12000006", "levers": {"turnover": 0.2}}, 422),
    ("/api/v1/projections", {"area": "E12000001"}, 422),
    ("/api/v1/projections", {"area": "E99999999"}, 404),
    ("/api/v1/verify", {"credential": "eyJhbGciOiJub25lIn0.e30.AAAA"}, 200),
    ("/api/v1/verify", {"credential": "not a credential"}, 422),
    ("/api/v1/verify", {"type": "SomethingElse"}, 422),
    ("/api/v1/returns", {"provider": "DEMO-EAST"}, 401),
]


def fetch(url, body=None, token=None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    request = urllib.request.Request(url, headers=headers)
    if body is not None:
        request = urllib.request.Request(
            url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json", **headers},
            method="POST")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def operation_for(spec, path, method="get"):
    """The documented operation whose template matches the request path."""
    segments = path.split("?")[0].strip("/").split("/")
    for template, item in spec["paths"].items():
        parts = template.strip("/").split("/")
        if len(parts) == len(segments) and all(
            p.startswith("{") or p == s for p, s in zip(parts, segments)
        ):
            return template, item.get(method)
    return None, None


def response_schema(spec, operation, status):
    response = operation["responses"].get(str(status))
    if response is None:
        return None
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].split("/")[-1]]
    return response["content"]["application/json"]["schema"]


def main():
    base = sys.argv[1].rstrip("/")
    spec_path = sys.argv[2] if len(sys.argv) > 2 else "openapi.yaml"
    with open(spec_path, encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    passed = failed = 0
    try:
        validate(spec)
        print(f"  ok {spec_path} is a valid OpenAPI {spec['openapi']} document")
        passed += 1
    except Exception as error:  # noqa: BLE001 - any validation error is a failure to report
        print(f"FAIL {spec_path}: {error}")
        failed += 1
    calls = [("GET", path, None, expected) for path, expected in CALLS]
    calls += [("POST", path, body, expected) for path, body, expected in POSTS]
    token = os.environ.get("CAREPATH_API_TOKEN")
    if token:
        # A real workplace of the demo provider, for the endpoints below a workplace.
        status, _, body = fetch(base + "/api/v1/providers/DEMO-EAST", None, token)
        workplaces = json.loads(body).get("workplaces", []) if status == 200 else []
        if workplaces:
            reference = urllib.parse.quote(workplaces[0]["reference"], safe="")
            calls.append(("GET", AUTH + f"/api/v1/providers/DEMO-EAST/workplaces/{reference}/training", None, 200))
    calls.append(("GET", AUTH + "/api/v1/providers/DEMO-EAST/workplaces/NOBODY/training", None, 404))
    for method, path, request_body, expected in calls:
        problems = []
        authorised = path.startswith(AUTH)
        path = path.removeprefix(AUTH)
        if authorised and not token:
            failed += 1
            print(f"FAIL {method} {path}: needs CAREPATH_API_TOKEN")
            continue
        status, content_type, body = fetch(base + path, request_body, token if authorised else None)
        template, operation = operation_for(spec, path, method.lower())
        if operation is None:
            problems.append("no documented operation")
        if status != expected:
            problems.append(f"status {status}, expected {expected}")
        if "application/json" not in content_type:
            problems.append(f"content type {content_type!r}")
        if operation is not None and not problems:
            schema = response_schema(spec, operation, status)
            if schema is None:
                problems.append(f"status {status} is not documented for {template}")
            else:
                wrapped = {"$ref": schema["$ref"], "components": spec["components"]} if "$ref" in schema else schema
                try:
                    jsonschema.Draft202012Validator(wrapped).validate(json.loads(body))
                except jsonschema.ValidationError as error:
                    problems.append(f"body does not match the schema: {error.message} at {list(error.absolute_path)}")
        if problems:
            failed += 1
            print(f"FAIL {method} {path}: " + "; ".join(problems))
        else:
            passed += 1
            print(f"  ok {method} {path} -> {status} matches {template}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
