#!/usr/bin/env python3
"""Independent check of Carepath passport output, using only PyPI's joserfc and jsonschema plus the
standard library (issue 6, "External check").

It reads the golden files the Swift tests keep in Tests/PassportTests/Fixtures/golden/ (regenerate them
with PASSPORT_WRITE_GOLDEN=1 swift test --filter GoldenFixtureTests) and the spec examples in
Tests/PassportTests/Fixtures/spec/, and for each:

* verifies every JWS signature with joserfc, using the key taken from the issuer's DID document
  (JsonWebKey or Multikey) or from the holder's did:key;
* checks the issuer and key against the signed trust list;
* validates each training credential against the OB 3.0 AchievementCredential JSON Schema (draft 2019-09);
* decodes each status list with gzip and base64 from the standard library and checks every credential's
  status value (a revoked credential's bit must be set);
* recomputes the verdict of passport.md 7.1 and compares it with the one the Swift verifier gives;
* verifies the presentation (aud, nonce, exp, holder binding);
* and runs negative controls, so a checker that accepted everything would fail.

With --live BASE_URL --bundle FILE it also checks a running Carepath: it fetches /.well-known/did.json,
verifies the signed trust list from /trust-list with that document's key, fetches each issuer's DID
document and each status list over HTTP, verifies every credential of the passport bundle (as a worker
downloads it from /passport/bundle.json) against them, and compares each verdict with the one Carepath's
POST /api/v1/verify gives.

Prints one line per check and "N passed, M failed"; exits 1 if any check failed.

    python3 -m venv .venv && .venv/bin/pip install joserfc jsonschema
    python3 scripts/passport/verify_passport.py [--golden DIR] [--spec DIR] [--schema FILE]
        [--live BASE_URL --bundle FILE]
"""

import argparse
import base64
import datetime as dt
import gzip
import json
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request
import warnings
from pathlib import Path

from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import OKPKey
from jsonschema import Draft201909Validator
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "Tests" / "PassportTests" / "Fixtures"
SCHEMA_NAME = "ob_v3p0_achievementcredential_schema.json"
SCHEMA_PURL = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/" + SCHEMA_NAME
SCHEMA_CANDIDATES = [
    ROOT.parent / "shared" / "reference" / "schemas" / SCHEMA_NAME,
]
ALGORITHMS = ["EdDSA", "Ed25519"]
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

# joserfc warns that the name EdDSA is deprecated (RFC 9864); Carepath emits it on purpose (passport.md 1.2).
warnings.filterwarnings("ignore", message="EdDSA is deprecated")


class Checker:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"PASS {name}")
        else:
            self.failed += 1
            print(f"FAIL {name}" + (f": {detail}" if detail else ""))
        return ok


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def base58_decode(text: str) -> bytes:
    number = 0
    for char in text:
        number = number * 58 + B58.index(char)
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def multikey_to_jwk(multibase: str) -> dict:
    raw = base58_decode(multibase[1:]) if multibase.startswith("z") else b""
    if raw[:2] != b"\xed\x01" or len(raw) != 34:
        raise ValueError(f"{multibase} is not an Ed25519 Multikey")
    return {"kty": "OKP", "crv": "Ed25519", "x": base64.urlsafe_b64encode(raw[2:]).decode().rstrip("=")}


def unverified_parts(token: str) -> tuple[dict, dict]:
    header, payload, _ = token.split(".")
    return json.loads(b64url_decode(header)), json.loads(b64url_decode(payload))


def key_from_document(document: dict, kid: str) -> dict:
    """The public JWK for kid, which must be listed under assertionMethod."""
    absolute = lambda ref: document["id"] + ref if ref.startswith("#") else ref  # noqa: E731
    if kid not in [absolute(ref) for ref in document.get("assertionMethod", []) if isinstance(ref, str)]:
        raise ValueError(f"{kid} is not an assertion method of {document['id']}")
    for method in document.get("verificationMethod", []):
        if absolute(method["id"]) == kid:
            if method["type"] == "JsonWebKey":
                return method["publicKeyJwk"]
            if method["type"] == "Multikey":
                return multikey_to_jwk(method["publicKeyMultibase"])
    raise ValueError(f"{kid} is not in the DID document")


def did_key_to_jwk(kid: str) -> dict:
    did, _, fragment = kid.partition("#")
    multibase = did.removeprefix("did:key:")
    if fragment and fragment != multibase:
        raise ValueError("did:key fragment does not repeat the key")
    return multikey_to_jwk(multibase)


def verify_jws(token: str, jwk: dict) -> tuple[dict, dict]:
    """joserfc's signature check; returns the header and the claims."""
    result = jws.deserialize_compact(token, OKPKey.import_key(jwk), algorithms=ALGORITHMS)
    return result.protected, json.loads(result.payload)


def parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))


def london_today(now: dt.datetime) -> dt.date:
    try:
        from zoneinfo import ZoneInfo

        return now.astimezone(ZoneInfo("Europe/London")).date()
    except Exception:  # no tz database: UTC is within an hour of London
        return now.date()


def decode_status_list(encoded: str) -> bytes:
    if not encoded.startswith("u"):
        raise ValueError("encodedList must start with u")
    return gzip.decompress(b64url_decode(encoded[1:]))


def status_value(bits: bytes, index: int, size: int) -> int:
    value = 0
    for bit in range(index * size, (index + 1) * size):
        value = value << 1 | (bits[bit // 8] >> (7 - bit % 8)) & 1
    return value


def trusted_key(trust: dict, issuer: str, kid: str, jwk: dict, signed_at: dt.datetime) -> str | None:
    """None when the trust list holds this key for this issuer at signing time, else why not."""
    entry = next((item for item in trust["issuers"] if item["did"] == issuer), None)
    if entry is None or entry.get("status") != "active":
        return f"{issuer} is not an active issuer on the trust list"
    key = next((item for item in entry["keys"] if item["kid"] == kid), None)
    if key is None or key["publicKeyJwk"].get("x") != jwk.get("x"):
        return f"{kid} is not on the trust list with this key"
    if signed_at < parse_time(key["validFrom"]) or (key["validUntil"] and signed_at >= parse_time(key["validUntil"])):
        return f"{kid} was not valid at {signed_at.isoformat()}"
    return None


def may_issue(trust: dict, issuer: str, code: str) -> bool:
    entry = next(item for item in trust["issuers"] if item["did"] == issuer)
    return any(code.startswith(p[:-1]) if p.endswith("*") else code == p for p in entry["achievements"])


def date_verdict(payload: dict, now: dt.datetime, window_days: int = 90) -> str:
    if parse_time(payload["validFrom"]) > now:
        return "not_yet_valid"
    if "validUntil" not in payload:
        return "valid"
    last_day = dt.date.fromisoformat(payload["validUntil"][:10]) - dt.timedelta(days=1)
    today = london_today(now)
    if last_day < today or parse_time(payload["validUntil"]) <= now:
        return "expired"
    return "expiring_soon" if (last_day - today).days <= window_days else "valid"


class World:
    """Documents, trust list, status lists and schema that credentials are checked against."""

    def __init__(self, checker: Checker, validator: Draft201909Validator, documents: dict, trust: dict) -> None:
        self.checker = checker
        self.validator = validator
        self.documents = documents
        self.trust = trust
        self.lists: dict[str, tuple[bytes, str, str]] = {}  # url -> (bits, purpose, issuer)

    def issuer_key(self, kid: str) -> dict:
        did = kid.partition("#")[0]
        if did.startswith("did:key:"):
            return did_key_to_jwk(kid)
        return key_from_document(self.documents[did], kid)

    def load_status_list(self, name: str, token: str) -> None:
        check = self.checker.check
        try:
            header, payload = verify_jws(token, self.issuer_key(unverified_parts(token)[0]["kid"]))
        except (JoseError, ValueError, KeyError) as error:
            check(f"{name}: signature verifies with the issuer's DID document key (joserfc)", False, repr(error))
            return
        check(f"{name}: signature verifies with the issuer's DID document key (joserfc)", True)
        issuer = payload["issuer"]
        problem = trusted_key(
            self.trust, issuer, header["kid"], self.issuer_key(header["kid"]),
            dt.datetime.fromtimestamp(payload["iat"], dt.timezone.utc))
        check(f"{name}: signing key is on the trust list", problem is None, problem or "")
        check(f"{name}: header typ is vc+jwt and claims iss/jti match", header.get("typ") == "vc+jwt"
              and payload.get("iss") == issuer and payload.get("jti") == payload["id"] and "sub" not in payload)
        subject = payload["credentialSubject"]
        bits = decode_status_list(subject["encodedList"])
        check(f"{name}: gunzips to {len(bits) * 8} bits (at least 131,072)", len(bits) * 8 >= 131072)
        self.lists[payload["id"]] = (bits, subject["statusPurpose"], issuer)

    def verify_credential(self, name: str, token: str, now: dt.datetime, expected: str | None,
                          expected_status: int | None = None) -> dict | None:
        """Runs passport.md 7.1 steps 1-7 and compares the verdict; returns the payload if the signature held."""
        check = self.checker.check
        header, _ = unverified_parts(token)
        check(f"{name}: header is alg EdDSA/Ed25519, typ vc+jwt, kid a DID URL",
              header.get("alg") in ALGORITHMS and header.get("typ") == "vc+jwt" and "#" in header.get("kid", ""))
        try:
            jwk = self.issuer_key(header["kid"])
            header, payload = verify_jws(token, jwk)
        except (JoseError, ValueError, KeyError) as error:
            check(f"{name}: signature verifies with the key from the DID document (joserfc)", False, repr(error))
            return None
        check(f"{name}: signature verifies with the key from the DID document (joserfc)", True)
        verdict = "valid"
        issuer = payload["issuer"]["id"] if isinstance(payload["issuer"], dict) else payload["issuer"]
        claims_ok = (payload.get("iss") == issuer and payload.get("jti") == payload.get("id")
                     and payload.get("sub") == payload["credentialSubject"].get("id")
                     and header["kid"].partition("#")[0] == issuer and "vc" not in payload and "exp" not in payload)
        check(f"{name}: iss/jti/sub match the credential, kid belongs to the issuer, no vc or exp claim", claims_ok)
        code = payload["credentialSubject"]["achievement"].get("humanCode", "")
        problem = trusted_key(self.trust, issuer, header["kid"], jwk,
                              dt.datetime.fromtimestamp(payload["iat"], dt.timezone.utc))
        if problem is None and not may_issue(self.trust, issuer, code):
            problem = f"{issuer} may not issue {code}"
        check(f"{name}: issuer, key and achievement {code} are on the trust list", problem is None, problem or "")
        if problem:
            verdict = "untrusted_issuer"
        errors = sorted(self.validator.iter_errors(payload), key=lambda error: list(error.path))
        check(f"{name}: valid against the OB 3.0 AchievementCredential schema (jsonschema)", not errors,
              "; ".join(error.message[:120] for error in errors[:3]))
        if errors and verdict == "valid":
            verdict = "malformed"
        entry = payload.get("credentialStatus")
        if entry and verdict == "valid" and not check(f"{name}: its status list verified",
                                                     entry["statusListCredential"] in self.lists):
            verdict = "status_unavailable"
        if entry and verdict == "valid":
            bits, purpose, list_issuer = self.lists[entry["statusListCredential"]]
            size = int(entry.get("statusSize", 1))
            value = status_value(bits, int(entry["statusListIndex"]), size)
            check(f"{name}: status list purpose and issuer match the entry",
                  purpose == entry["statusPurpose"] and list_issuer == issuer)
            if expected_status is not None:
                label = "set (revoked)" if expected_status and purpose == "revocation" else f"{expected_status}"
                check(f"{name}: status at {entry['statusListIndex']} is {label}", value == expected_status,
                      f"found {value}")
            if value:
                verdict = "revoked" if purpose == "revocation" or value >= 2 else "suspended"
        if verdict == "valid":
            verdict = date_verdict(payload, now)
        if expected is not None:
            check(f"{name}: independent verdict {verdict} equals the Swift verdict {expected}", verdict == expected)
        return payload

    def verify_presentation(self, name: str, token: str, audience: str, nonce: str, now: dt.datetime) -> None:
        check = self.checker.check
        header, _ = unverified_parts(token)
        try:
            header, payload = verify_jws(token, did_key_to_jwk(header["kid"]))
        except (JoseError, ValueError, KeyError) as error:
            check(f"{name}: signature verifies with the holder's did:key (joserfc)", False, repr(error))
            return
        check(f"{name}: signature verifies with the holder's did:key (joserfc)", True)
        holder = payload["holder"]
        check(f"{name}: typ vp+jwt; holder = iss = kid's DID", header.get("typ") == "vp+jwt"
              and payload.get("iss") == holder and header["kid"].partition("#")[0] == holder)
        check(f"{name}: aud and nonce match this request", payload.get("aud") == audience and payload.get("nonce") == nonce)
        check(f"{name}: not expired, exp = iat + 600", payload["iat"] <= now.timestamp() < payload["exp"]
              and payload["exp"] - payload["iat"] == 600)
        for index, envelope in enumerate(payload["verifiableCredential"]):
            prefix = "data:application/vc+jwt,"
            check(f"{name}: credential {index + 1} is an EnvelopedVerifiableCredential data URL",
                  envelope.get("type") == "EnvelopedVerifiableCredential" and envelope["id"].startswith(prefix))
            inner = self.verify_credential(f"{name} credential {index + 1}", envelope["id"][len(prefix):], now, None)
            if inner is not None:
                check(f"{name}: credential {index + 1} is about the holder", inner["credentialSubject"]["id"] == holder)


def make_validator(schema_path: Path) -> Draft201909Validator:
    schema = json.loads(schema_path.read_text())
    resource = Resource.from_contents(schema)
    # Registered under both its generator $id and the purl that credentials cite; never fetched.
    registry = Registry().with_resources([(schema["$id"], resource), (SCHEMA_PURL, resource)])
    return Draft201909Validator(schema, registry=registry, format_checker=Draft201909Validator.FORMAT_CHECKER)


def check_golden(checker: Checker, validator: Draft201909Validator, folder: Path) -> None:
    manifest = json.loads((folder / "manifest.json").read_text())
    now = parse_time(manifest["verifiedAt"])
    documents = {did: json.loads((folder / path).read_text()) for did, path in manifest["didDocuments"].items()}
    operator = json.loads((folder / manifest["trustList"]["operatorDocument"]).read_text())
    token = (folder / manifest["trustList"]["file"]).read_text().strip()
    try:
        header, trust = verify_jws(token, key_from_document(operator, unverified_parts(token)[0]["kid"]))
        checker.check("trust list: signature verifies with the operator's DID document key (joserfc)",
                      header.get("typ") == "JWT" and trust.get("type") == "CarepathTrustList")
    except (JoseError, ValueError) as error:
        checker.check("trust list: signature verifies with the operator's DID document key (joserfc)", False, repr(error))
        return
    world = World(checker, validator, documents, trust)
    for url, entry in manifest["statusLists"].items():
        world.load_status_list(f"status list {url.rsplit('/status/', 1)[-1]}", (folder / entry["file"]).read_text().strip())
    for credential in manifest["credentials"]:
        world.verify_credential(Path(credential["file"]).stem, (folder / credential["file"]).read_text().strip(), now,
                                credential["expectedVerdict"], credential["statusValue"])
    presentation = manifest["presentation"]
    world.verify_presentation("presentation", (folder / presentation["file"]).read_text().strip(),
                              presentation["audience"], presentation["nonce"], now)
    negative_controls(world, (folder / manifest["credentials"][0]["file"]).read_text().strip(), now)


def negative_controls(world: World, token: str, now: dt.datetime) -> None:
    """The checks must be able to fail: a tampered signature, alg none and a schema-invalid credential."""
    check = world.checker.check
    header, payload, signature = token.split(".")
    claims = json.loads(b64url_decode(payload))
    claims["name"] = "Tampered"
    tampered = header + "." + base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=") + "." + signature
    try:
        verify_jws(tampered, world.issuer_key(unverified_parts(token)[0]["kid"]))
        check("control: joserfc rejects a tampered payload", False, "it verified")
    except JoseError:
        check("control: joserfc rejects a tampered payload", True)
    none_header = base64.urlsafe_b64encode(b'{"alg":"none","typ":"vc+jwt"}').decode().rstrip("=")
    try:
        verify_jws(none_header + "." + payload + ".", world.issuer_key(unverified_parts(token)[0]["kid"]))
        check("control: joserfc rejects alg none", False, "it verified")
    except JoseError:
        check("control: joserfc rejects alg none", True)
    broken = json.loads(b64url_decode(payload))
    broken["credentialStatus"] = [broken["credentialStatus"]]
    del broken["credentialSubject"]["achievement"]["criteria"]
    check("control: jsonschema rejects credentialStatus as an array and a missing criteria",
          len(list(world.validator.iter_errors(broken))) >= 2)


def check_spec_examples(checker: Checker, validator: Draft201909Validator, folder: Path) -> None:
    document = json.loads((folder / "issuer-did.json").read_text())
    spec_trust = {"issuers": [{
        "did": document["id"], "status": "active", "achievements": ["CSTF-*", "MED-ADMIN", "CC-2025"],
        "keys": [{"kid": document["id"] + "#key-1", "publicKeyJwk": document["verificationMethod"][0]["publicKeyJwk"],
                  "validFrom": "2025-01-01T00:00:00Z", "validUntil": None}],
    }]}
    world = World(checker, validator, {document["id"]: document}, spec_trust)
    world.load_status_list("spec status list", (folder / "status-list.vc-jwt.txt").read_text().strip())
    bits = world.lists["https://carepath.example/status/sunrise-care-group/1"][0]
    ones = [index for index in range(len(bits) * 8) if status_value(bits, index, 1)]
    checker.check("spec status list: only position 12345 is set", ones == [12345], f"set: {ones[:5]}")
    token = (folder / "carepath-fire-safety.vc-jwt.txt").read_text().strip()
    _, signed_payload, _ = token.split(".")
    checker.check("spec credential: payload bytes equal carepath-fire-safety.payload.json",
                  b64url_decode(signed_payload) == (folder / "carepath-fire-safety.payload.json").read_bytes())
    for day, expected in [("2025-03-11T12:00:00Z", "not_yet_valid"), ("2025-07-03T10:05:00Z", "valid"),
                          ("2026-12-11T00:00:00Z", "expiring_soon"), ("2027-03-12T00:00:00Z", "expired")]:
        world.verify_credential(f"spec credential at {day[:10]}", token, parse_time(day), expected, 0)
    world.verify_presentation("spec presentation", (folder / "presentation.vp-jwt.txt").read_text().strip(),
                              "did:web:carepath.example:issuers:meadowbank-homes", "q3Z8m0VfT2yJd1bK6wXc4A",
                              parse_time("2025-07-03T10:05:00Z"))
    for name in ["carepath-fire-safety.credential.json", "ob3-fire-safety-credential.unsigned.json"]:
        errors = list(validator.iter_errors(json.loads((folder / name).read_text())))
        checker.check(f"spec {name}: valid against the OB 3.0 schema", not errors, errors[0].message if errors else "")


def fetch(url: str, body: bytes | None = None) -> str:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"} if body else {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read().decode()


def did_web_path(did: str) -> str:
    """The path of a did:web document (the host is where --live points, so http works in CI)."""
    segments = did.split(":")[2:]
    return "/.well-known/did.json" if len(segments) == 1 else "/" + "/".join(segments[1:]) + "/did.json"


def download_bundle(base: str, email: str, password: str) -> dict:
    """Signs in through the sign-in form, as a browser would, and downloads the worker's bundle."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    page = opener.open(base + "/sign-in", timeout=60).read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"email": email, "password": password, "csrf_token": token}).encode()
    opener.open(base + "/sign-in", data=form, timeout=60).read()
    return json.loads(opener.open(base + "/passport/bundle.json", timeout=60).read().decode())


def check_live(checker: Checker, validator: Draft201909Validator, base: str, bundle: dict) -> None:
    check = checker.check
    check("live: the bundle is a CarepathPassportBundle with credentials",
          bundle.get("type") == "CarepathPassportBundle" and bool(bundle.get("credentials")))
    operator = json.loads(fetch(base + "/.well-known/did.json"))
    trust_token = fetch(base + "/trust-list")
    header, trust = verify_jws(trust_token, key_from_document(operator, unverified_parts(trust_token)[0]["kid"]))
    check("live: /trust-list verifies with the key in /.well-known/did.json (joserfc)",
          header.get("typ") == "JWT" and trust.get("type") == "CarepathTrustList")
    documents = {item["did"]: json.loads(fetch(base + did_web_path(item["did"]))) for item in trust["issuers"]}
    check("live: every issuer's DID document names its DID",
          all(document["id"] == did for did, document in documents.items()))
    world = World(checker, validator, documents, trust)
    answers = json.loads(fetch(base + "/api/v1/verify", json.dumps({"bundle": bundle}).encode()))["credentials"]
    now = dt.datetime.now(dt.timezone.utc)
    for index, token in enumerate(bundle["credentials"]):
        url = unverified_parts(token)[1]["credentialStatus"]["statusListCredential"]
        if url not in world.lists:
            world.load_status_list(f"live status list {url.rpartition('/status/')[2]}", fetch(url))
        world.verify_credential(f"live credential {index + 1}", token, now, answers[index]["outcome"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--golden", type=Path, default=FIXTURES / "golden")
    parser.add_argument("--spec", type=Path, default=FIXTURES / "spec")
    parser.add_argument("--schema", type=Path, default=next((p for p in SCHEMA_CANDIDATES if p.exists()), None))
    parser.add_argument("--live", help="a running Carepath's address, e.g. http://127.0.0.1:8080")
    parser.add_argument("--bundle", type=Path, help="a passport bundle downloaded from that Carepath")
    parser.add_argument("--worker", help="instead of --bundle, sign in as EMAIL:PASSWORD and download theirs")
    arguments = parser.parse_args()
    checker = Checker()
    if arguments.schema is None or not arguments.schema.exists():
        checker.check("OB 3.0 schema found", False, "pass --schema")
    else:
        validator = make_validator(arguments.schema)
        runs = [("golden files", check_golden, arguments.golden), ("spec examples", check_spec_examples, arguments.spec)]
        if arguments.live:
            base = arguments.live.rstrip("/")

            def live(c: Checker, v: Draft201909Validator, bundle: Path | None) -> None:
                email, _, password = (arguments.worker or "").partition(":")
                check_live(c, v, base, json.loads(bundle.read_text()) if bundle else download_bundle(base, email, password))

            runs = [("live Carepath", live, arguments.bundle)]
        for name, run, folder in runs:
            try:
                run(checker, validator, folder)
            except Exception as error:  # a broken input must show as a failure, not a traceback
                checker.check(f"{name}: checked to the end", False, repr(error))
    print(f"{checker.passed} passed, {checker.failed} failed")
    return 1 if checker.failed else 0


if __name__ == "__main__":
    sys.exit(main())
