#!/usr/bin/env python3
"""Round-trip check: the Swift encoder's SVGs, rasterised, must decode to their input.

Run from the project root after `swift build` works:

    .venv/bin/pip install segno cairosvg opencv-python-headless
    apt-get install zbar-tools        # optional second decoder
    .venv/bin/python scripts/qrcode/decode_check.py

The script makes a throwaway package under scripts/qrcode/out/ that depends on this one by
path, so the library itself gains no executable and no I/O. That program prints one
SVG per line for the samples below. Each SVG is parsed as XML, rasterised with
cairosvg, and decoded with OpenCV's QR reader and, when installed, zbarimg. A sample
passes when every available decoder returns exactly the input text.
"""

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import cairosvg
import cv2
import numpy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "scripts", "qrcode", "out")
RUNNER = os.path.join(OUT, "decode-check-package")

SAMPLES = [
    ("medium", "otpauth://totp/Carepath:alice%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Carepath"),
    ("quartile", "https://carepath.example/share/9f8e7d6c5b4a3"),
    ("high", "Café – £5"),
    ("low", "HELLO WORLD"),
    ("medium", "0123456789" * 20),
    ("quartile", "HTTPS://CAREPATH.EXAMPLE/S/ABC123"),
    ("medium", "Gofal – care – φροντίδα – 介護 – £12.50/hr ✓ " * 6),
    ("low", "https://carepath.example/share?" + "&".join(f"k{i}=v{i}" for i in range(120))),
    ("low", "x" * 2953),
]

PACKAGE_SWIFT = """// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "decode-check",
    dependencies: [.package(path: "../../..")],
    targets: [
        .executableTarget(
            name: "render",
            dependencies: [.product(name: "QRCode", package: "scratch-qrcode")])
    ],
    swiftLanguageModes: [.v6]
)
"""

MAIN_SWIFT = """import QRCode

// Arguments come in pairs: level name, text. Prints "version size" then the SVG.
let levels: [String: ErrorCorrection] = ["low": .low, "medium": .medium, "quartile": .quartile, "high": .high]
var arguments = CommandLine.arguments.dropFirst()
while let level = arguments.popFirst(), let text = arguments.popFirst() {
    let code = try QRCode.encode(text, correction: levels[level]!)
    print(code.version, code.size)
    print(code.svg(title: "Check <\\(level)> & \\"round-trip\\"", moduleSize: 4))
}
"""


def render_svgs():
    os.makedirs(os.path.join(RUNNER, "Sources", "render"), exist_ok=True)
    with open(os.path.join(RUNNER, "Package.swift"), "w") as file:
        file.write(PACKAGE_SWIFT)
    with open(os.path.join(RUNNER, "Sources", "render", "main.swift"), "w") as file:
        file.write(MAIN_SWIFT)
    arguments = [item for sample in SAMPLES for item in sample]
    output = subprocess.run(["swift", "run", "-q", "--package-path", RUNNER, "render", *arguments],
                            check=True, capture_output=True, text=True).stdout.splitlines()
    return [(tuple(int(n) for n in output[i].split()), output[i + 1]) for i in range(0, len(output), 2)]


def decode_opencv(png_path):
    """OpenCV's classic QR detector, then its ArUco-based one.

    The classic detector fails on some perfectly standard symbols depending on the data
    mask (segno's output for the same texts fails it with some masks too, and at version
    40 with every mask), so a miss there alone is reported but not counted as a failure.
    """
    image = cv2.imread(png_path, cv2.IMREAD_GRAYSCALE)
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(image)
    if text:
        return text, "classic"
    text, _, _ = cv2.QRCodeDetectorAruco().detectAndDecode(image)
    return (text or None), "aruco"


def decode_zbar(png_path):
    result = subprocess.run(["zbarimg", "--raw", "-q", "-Sbinary", png_path], capture_output=True)
    if result.returncode != 0:
        return None, "zbarimg"
    return result.stdout.removesuffix(b"\n").decode("utf-8", errors="replace"), "zbarimg"


def main():
    decoders = [("opencv", decode_opencv)]
    if shutil.which("zbarimg"):
        decoders.append(("zbar", decode_zbar))
    os.makedirs(OUT, exist_ok=True)
    failures = 0
    for index, ((level, text), ((version, size), svg)) in enumerate(zip(SAMPLES, render_svgs())):
        root = ElementTree.fromstring(svg)
        title = root.find("{http://www.w3.org/2000/svg}title")
        assert title is not None and title.text == f'Check <{level}> & "round-trip"', title
        assert root.get("aria-labelledby") == title.get("id")
        png_path = os.path.join(OUT, f"sample-{index}.png")
        cairosvg.svg2png(bytestring=svg.encode(), write_to=png_path)
        results = []
        for name, decode in decoders:
            decoded, detector = decode(png_path)
            ok = decoded == text
            failures += not ok
            results.append(f"{name} ({detector}) {'ok' if ok else 'FAILED: ' + repr((decoded or '')[:40])}")
        shown = text if len(text) <= 40 else text[:37] + "..."
        print(f"{index}: version {version:2} ({size}x{size}) {level:8} {len(text.encode()):4} bytes  "
              f"{len(svg):6} SVG bytes  {', '.join(results)}  {shown!r}")
    checks = len(SAMPLES) * len(decoders)
    print(f"{checks - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
