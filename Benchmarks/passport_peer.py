#!/usr/bin/env python3
"""Peer for `carepath bench passport`: verifies the same credentials with independent libraries.

Usage: passport_peer.py PEER_INPUT.json [--runs N]

Reads the tokens and the issuer's public JWK that `carepath bench passport --json-out` wrote, and times,
on one core, the median of N runs over all tokens of:
  * Ed25519 signature checks alone, with `cryptography` (OpenSSL) over header.payload;
  * JWS verification with joserfc (signature, header and JSON payload parsing; no trust list, status or
    schema checks, which Carepath's full verification adds).
Exits 1 unless every token verifies.
"""

import argparse
import base64
import json
import statistics
import sys
import time
import warnings

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from joserfc import jws
from joserfc.jwk import OKPKey

warnings.filterwarnings("ignore", message="EdDSA is deprecated")


def b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    data = json.load(open(arguments.input))
    tokens = data["tokens"]
    raw_key = Ed25519PublicKey.from_public_bytes(b64url(data["jwk"]["x"]))
    jose_key = OKPKey.import_key(data["jwk"])
    signed = [(token.rpartition(".")[0].encode(), b64url(token.rpartition(".")[2])) for token in tokens]

    def signatures() -> int:
        for message, signature in signed:
            raw_key.verify(signature, message)  # raises on a bad signature
        return len(signed)

    def joserfc_verifications() -> int:
        for token in tokens:
            json.loads(jws.deserialize_compact(token, jose_key, algorithms=["EdDSA"]).payload)
        return len(tokens)

    for label, body in [("cryptography signatures", signatures), ("joserfc JWS verifications", joserfc_verifications)]:
        rates = []
        for _ in range(arguments.runs):
            start = time.perf_counter()
            count = body()
            rates.append(count / (time.perf_counter() - start))
        print(f"peer {label}: median {statistics.median(rates):.0f}/s over {arguments.runs} runs of {len(tokens)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
