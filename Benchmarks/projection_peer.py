#!/usr/bin/env python3
"""The peer for `carepath bench projections`: the stock-flow projection of workforce-planning.md
sections 1-3, written again in NumPy and vectorised over every area and role group at once.

It reads the JSON that `carepath bench projections --json-out PATH` writes (the calibrated inputs,
the scenario and Swift's results), times the same number of runs, and checks that both
implementations computed the same thing: the sums over all projections of the final year's supply
and of the total cost must agree with Swift's to a relative 1e-9, or it exits 1.

Usage: projection_peer.py INPUTS.json [--runs N]
"""
import argparse
import json
import resource
import statistics
import sys
import time

import numpy as np

# Lever effects, as published (workforce-planning.md 3.1).
VALUES_BASED_TURNOVER_RATIO = 19.0 / 24.6
PAY_ABOVE_THRESHOLD_TURNOVER_RATIO = 0.31 / 0.378
# Only these levers are implemented here; anything else would make the comparison meaningless.
SUPPORTED_LEVERS = {"fromYear", "valuesBasedRecruitmentShare", "payAboveLivingWageShare"}
TOLERANCE = 1e-9


def load(path):
    with open(path) as handle:
        data = json.load(handle)
    unsupported = set(data["levers"]) - SUPPORTED_LEVERS
    if unsupported:
        sys.exit(f"projection_peer.py does not implement the levers {sorted(unsupported)}")
    projections = data["projections"]

    def column(key):
        return np.array([item[key] for item in projections], dtype=np.float64)

    inputs = {key: column(key) for key in (
        "stock", "turnover", "retirement", "ageing", "entrantAgeShare", "withinSectorShare", "entrantRate",
        "internationalShare", "directCareShare", "baseVacancies")}
    inputs["area"] = np.array([item["area"] for item in projections], dtype=np.intp)
    # areas × years × single years of age 0..89 and 90+.
    inputs["population"] = np.array([area["population"] for area in data["areas"]], dtype=np.float64)
    return data, inputs


def turnover_rates(inputs, values_share, pay_share):
    """τ with the values and pay levers applied, kept between r and 1 (YearRates in the Swift model)."""
    direct_care = inputs["directCareShare"]
    values_factor = 1 - direct_care * values_share * (1 - VALUES_BASED_TURNOVER_RATIO)
    pay_factor = 1 - direct_care * pay_share * (1 - PAY_ABOVE_THRESHOLD_TURNOVER_RATIO)
    multiplier = (values_factor * pay_factor)[:, None]
    return np.minimum(1, np.maximum(inputs["retirement"], inputs["turnover"] * multiplier))


def project(inputs, levers, costs, base_year, horizon):
    """Every projection's years at once; returns the per-year results as arrays."""
    stock = inputs["stock"].copy()
    count, years = stock.shape[0], horizon + 1
    retirement, ageing, age_share = inputs["retirement"], inputs["ageing"], inputs["entrantAgeShare"]
    stay, entrant_rate = inputs["withinSectorShare"], inputs["entrantRate"]
    international_share, direct_care = inputs["internationalShare"], inputs["directCareShare"]

    # Demand grows with the population aged 65+ (the Skills for Care rule).
    weighted = inputs["population"][:, :years, 65:].sum(axis=2)[inputs["area"]]
    posts_base = stock.sum(axis=1) + inputs["baseVacancies"]
    demand = posts_base[:, None] * weighted / weighted[:, :1]

    from_year = levers.get("fromYear", base_year)
    pay_share = levers.get("payAboveLivingWageShare", 0.0)
    baseline = turnover_rates(inputs, 0.0, 0.0)
    scenario = turnover_rates(inputs, levers.get("valuesBasedRecruitmentShare", 0.0), pay_share)
    per_hire = costs["recruitmentPerHire"] + costs["inductionTrainingPerStarter"]

    supply_by_band = np.empty((count, years, stock.shape[1]))
    supply, gap, vacancy = (np.empty((count, years)) for _ in range(3))
    leavers, exits, entrants, international, needed, hires, turnover_cost, pay_cost = (
        np.empty((count, horizon)) for _ in range(8))
    for offset in range(years):
        total = stock.sum(axis=1)
        posts = demand[:, offset]
        supply_by_band[:, offset] = stock
        supply[:, offset] = total
        gap[:, offset] = posts - total
        vacancy[:, offset] = np.where(posts > 0, (posts - total) / np.where(posts > 0, posts, 1), 0)
        if offset == horizon:
            break
        in_scenario = base_year + offset >= from_year
        turnover = scenario if in_scenario else baseline
        exit_rate = (1 - stay)[:, None] * (turnover - retirement) + retirement
        ageing_out = ageing * stock
        next_stock = stock - (exit_rate * stock + ageing_out)
        next_stock[:, 1:] += ageing_out[:, :-1]
        after_exits = next_stock.sum(axis=1)
        base_entrants = entrant_rate * total
        abroad = base_entrants * international_share
        recruited = base_entrants * (1 - international_share) + abroad
        next_stock += recruited[:, None] * age_share

        leavers[:, offset] = (turnover * stock).sum(axis=1)
        exits[:, offset] = (exit_rate * stock).sum(axis=1)
        entrants[:, offset] = recruited
        international[:, offset] = abroad
        needed[:, offset] = demand[:, offset + 1] - after_exits
        hires[:, offset] = leavers[:, offset] + np.maximum(0, demand[:, offset + 1] - posts)
        turnover_cost[:, offset] = hires[:, offset] * per_hire + leavers[:, offset] * costs["lostProductivityPerLeaver"]
        moved = pay_share if in_scenario else 0.0
        pay_cost[:, offset] = moved * direct_care * total * costs["payUpliftPerHour"] * costs["paidHoursPerYear"]
        stock = next_stock
    return {"demand": demand, "supplyByBand": supply_by_band, "supply": supply, "gap": gap, "vacancy": vacancy,
            "leavers": leavers, "exits": exits, "entrants": entrants, "international": international,
            "entrantsNeeded": needed, "hires": hires, "turnoverCost": turnover_cost, "payUpliftCost": pay_cost}


def relative_difference(mine, theirs):
    return abs(mine - theirs) / max(abs(theirs), 1e-300)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs")
    parser.add_argument("--runs", type=int, help="timed runs (default: as many as the Swift bench ran)")
    arguments = parser.parse_args()
    data, inputs = load(arguments.inputs)
    runs = arguments.runs or data["runs"]
    milliseconds = []
    result = None
    for run in range(1, runs + 1):
        start = time.perf_counter()
        result = project(inputs, data["levers"], data["costs"], data["baseYear"], data["horizon"])
        elapsed = (time.perf_counter() - start) * 1e3
        milliseconds.append(elapsed)
        print(f"run {run}: {elapsed:.3f} ms")
    final_supply = float(result["supply"][:, -1].sum())
    total_cost = float((result["turnoverCost"] + result["payUpliftCost"]).sum())
    median = statistics.median(milliseconds)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"numpy {np.__version__} n={len(inputs['area'])} years={data['horizon'] + 1} runs={runs} "
          f"median={median:.3f} ms min={min(milliseconds):.3f} ms checksum_supply={final_supply:.6f} "
          f"checksum_cost={total_cost:.2f} peak_rss={peak:.0f} MB")
    swift = data["swift"]
    supply_difference = relative_difference(final_supply, swift["finalSupply"])
    cost_difference = relative_difference(total_cost, swift["totalCost"])
    matched = supply_difference <= TOLERANCE and cost_difference <= TOLERANCE
    print(f"checksums {'match' if matched else 'DIFFER from'} swift: relative difference "
          f"supply {supply_difference:.1e}, cost {cost_difference:.1e} (tolerance {TOLERANCE:.0e})")
    print(f"swift median={swift['medianMilliseconds']:.3f} ms, numpy median={median:.3f} ms, "
          f"swift ÷ numpy = {swift['medianMilliseconds'] / median:.2f}")
    if not matched:
        sys.exit(1)


if __name__ == "__main__":
    main()
