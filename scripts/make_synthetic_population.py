#!/usr/bin/env python3
"""Writes a SYNTHETIC sub-national population projection for the East of England.

The file has the layout of the ONS 2018-based SNPP "persons" CSV (wide: one column per
projection year) so that Carepath's demo and tests can exercise the importer without
bundling ONS data. Every number is invented: a smooth age pyramid scaled to roughly the
real size of each council, with small seeded noise, projected forward with growth
rates that rise with age so that the 65+ population grows by about 1.5-1.9 % a year
(the Eastern region's published demand factor, 248,000 / 192,000 over 2020-2035, is
about 1.72 % a year).

Run from the repository root:  python3 scripts/make_synthetic_population.py
The output is the same on every run (fixed seed, no dependence on the date).
"""

import csv
import math
import random
from pathlib import Path

SEED = 20240601
FIRST_YEAR = 2024
LAST_YEAR = 2045
OLDEST_SINGLE_AGE = 89

REGION = ("E12000006", "East of England")

# Code, name, approximate 2024 total, age profile, target 65+ growth a year.
# The profile shifts the pyramid: above 1 is older (rural, coastal), below 1 younger (urban).
COUNCILS = [
    ("E06000055", "Bedford", 190_000, 0.95, 0.0170),
    ("E06000056", "Central Bedfordshire", 305_000, 1.00, 0.0185),
    ("E06000032", "Luton", 230_000, 0.70, 0.0160),
    ("E06000031", "Peterborough", 220_000, 0.80, 0.0165),
    ("E06000033", "Southend-on-Sea", 182_000, 1.05, 0.0155),
    ("E06000034", "Thurrock", 180_000, 0.80, 0.0180),
    ("E10000003", "Cambridgeshire", 690_000, 0.95, 0.0178),
    ("E10000012", "Essex", 1_510_000, 1.08, 0.0168),
    ("E10000015", "Hertfordshire", 1_210_000, 0.95, 0.0172),
    ("E10000020", "Norfolk", 930_000, 1.25, 0.0160),
    ("E10000029", "Suffolk", 770_000, 1.20, 0.0165),
]

OUTPUT = Path(__file__).resolve().parent.parent / (
    "Sources/CarepathApp/Resources/Population/synthetic-snpp-east-of-england.csv"
)


def middle_age_level(age):
    """Adults 25-60, with a bulge for the large 1960s birth cohorts."""
    return 1.12 + 0.18 * math.sin(math.pi * (age - 25) / 50)


def pyramid_shape(profile, rng):
    """Relative numbers at ages 0..89 and 90+ (index 90) for one council's base year."""
    shape = []
    for age in range(0, 106):
        if age < 18:
            level = 1.00 + 0.10 * min(age, 12) / 12  # fewer births lately than a decade ago
        elif age < 25:
            level = 1.02
        elif age < 60:
            level = middle_age_level(age)
        elif age <= 85:
            level = middle_age_level(60) * math.exp(-(((age - 60) / 23.0) ** 3))  # mortality thins the old
        else:
            level = middle_age_level(60) * math.exp(-((25 / 23.0) ** 3)) * 0.78 ** (age - 85)  # 22 % a year
        # Older councils have more people past middle age, younger ones more young adults;
        # the tilt fades in over twenty years so the pyramid has no step in it.
        older = min(max((age - 45) / 20, 0.0), 1.0)
        younger = min(max((45 - age) / 20, 0.0), 1.0) if age >= 20 else 0.0
        level *= 1.0 + (profile - 1.0) * older + (1.0 - profile) * 0.5 * younger
        level *= 1.0 + rng.uniform(-0.015, 0.015)
        shape.append(level)
    return shape[:90] + [sum(shape[90:])]


def growth_rate(age, old_rate):
    """Growth a year at one age: slow for the young, rising through retirement to the very old."""
    young_rate = 0.0025
    if age < 50:
        return young_rate
    if age < 65:
        return young_rate + (old_rate * 0.6 - young_rate) * (age - 50) / 15
    return old_rate * (0.6 + 0.9 * (age - 65) / 25)


def project(base, old_target):
    """Yearly rows by age, with the 65+ growth tuned to match the target over the horizon."""
    years = LAST_YEAR - FIRST_YEAR

    def over_65_growth(rate):
        start = sum(base[65:])
        end = sum(base[age] * (1 + growth_rate(age, rate)) ** years for age in range(65, 91))
        return (end / start) ** (1 / years) - 1

    low, high = 0.0, 0.05
    for _ in range(60):  # bisection: growth of the 65+ total rises with the rate
        middle = (low + high) / 2
        if over_65_growth(middle) < old_target:
            low = middle
        else:
            high = middle
    rate = (low + high) / 2
    return {
        year: [round(base[age] * (1 + growth_rate(age, rate)) ** (year - FIRST_YEAR)) for age in range(91)]
        for year in range(FIRST_YEAR, LAST_YEAR + 1)
    }


def age_label(age):
    return "90 and over" if age == 90 else str(age)


def main():
    rng = random.Random(SEED)
    years = list(range(FIRST_YEAR, LAST_YEAR + 1))
    areas = []
    for code, name, total, profile, old_target in COUNCILS:
        shape = pyramid_shape(profile, rng)
        scale = total / sum(shape)
        areas.append((code, name, project([value * scale for value in shape], old_target)))

    region = {year: [sum(area[2][year][age] for area in areas) for age in range(91)] for year in years}
    areas.append((REGION[0], REGION[1], region))

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["AREA_CODE", "AREA_NAME", "COMPONENT", "SEX", "AGE_GROUP"] + [str(y) for y in years])
        for code, name, persons in areas:
            label = f"{name} (SYNTHETIC)"
            for age in range(91):
                writer.writerow([code, label, "Population", "persons", age_label(age)]
                                + [persons[year][age] for year in years])
            writer.writerow([code, label, "Population", "persons", "All ages"]
                            + [sum(persons[year]) for year in years])

    for code, name, persons in areas:
        first, last = persons[FIRST_YEAR], persons[LAST_YEAR]
        growth = (sum(last[65:]) / sum(first[65:])) ** (1 / (LAST_YEAR - FIRST_YEAR)) - 1
        print(f"{code} {name:22} total {sum(first):>9,} 65+ {sum(first[65:]) / sum(first):5.1%}"
              f" 65+ growth {growth:6.2%}/yr")
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
