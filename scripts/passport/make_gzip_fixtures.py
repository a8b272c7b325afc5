"""Writes Tests/PassportTests/Fixtures/gzip-vectors.json: GZIP streams made by Python's zlib, so the
Swift inflater is tested against an independent compressor (stored, fixed and dynamic Huffman blocks,
header flags and multiple members). Run from the package root; the output is committed."""

import base64
import gzip
import hashlib
import io
import json
import random
import zlib


def gzip_with_name(data: bytes, name: str) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buffer, mtime=0) as stream:
        stream.write(data)
    return buffer.getvalue()


def raw_deflate(data: bytes, level: int, strategy: int = zlib.Z_DEFAULT_STRATEGY) -> bytes:
    compressor = zlib.compressobj(level, zlib.DEFLATED, 31, 9, strategy)  # wbits 31 = gzip framing
    return compressor.compress(data) + compressor.flush()


def main() -> None:
    rng = random.Random(20250314)
    catalogue = open("Tests/PassportTests/Fixtures/training-catalogue.csv", "rb").read()
    sparse = bytearray(16384)
    for position in rng.sample(range(131072), 40):
        sparse[position // 8] |= 0x80 >> (position % 8)
    noise = bytes(rng.getrandbits(8) for _ in range(70000))
    cases = {
        "empty": (b"", gzip.compress(b"", mtime=0)),
        "short-text-fixed-huffman": (b"hello hello hello passport", gzip.compress(b"hello hello hello passport", mtime=0)),
        "catalogue-dynamic-huffman": (catalogue, gzip.compress(catalogue, compresslevel=9, mtime=0)),
        "catalogue-stored-level-0": (catalogue, gzip.compress(catalogue, compresslevel=0, mtime=0)),
        "catalogue-huffman-only": (catalogue, raw_deflate(catalogue, 9, zlib.Z_HUFFMAN_ONLY)),
        "catalogue-rle": (catalogue, raw_deflate(catalogue, 9, zlib.Z_RLE)),
        "catalogue-fixed-strategy": (catalogue, raw_deflate(catalogue, 9, zlib.Z_FIXED)),
        "sparse-status-list": (bytes(sparse), gzip.compress(bytes(sparse), compresslevel=9, mtime=0)),
        "incompressible-noise": (noise, gzip.compress(noise, compresslevel=6, mtime=0)),
        "with-file-name": (catalogue, gzip_with_name(catalogue, "catalogue.csv")),
        "two-members": (catalogue + b"second", gzip.compress(catalogue, mtime=0) + gzip.compress(b"second", mtime=0)),
    }
    vectors = [
        {
            "name": name,
            "gzip": base64.b64encode(compressed).decode(),
            "length": len(plain),
            "sha256": hashlib.sha256(plain).hexdigest(),
        }
        for name, (plain, compressed) in cases.items()
    ]
    for vector in vectors:
        assert gzip.decompress(base64.b64decode(vector["gzip"])).__len__() == vector["length"]
    with open("Tests/PassportTests/Fixtures/gzip-vectors.json", "w") as out:
        json.dump(vectors, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
