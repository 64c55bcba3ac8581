#!/usr/bin/env python3
"""The statistics peer for `make bench`: pandas computing what bench/stats_duckdb.py computes
(see there), with numpy's business-day count for the working days."""
import json
import sys

import numpy as np
import pandas as pd

log, holidays, out = sys.argv[1:4]
days = np.array([e["date"] for e in json.load(open(holidays))["england-and-wales"]["events"]],
                dtype="datetime64[D]")
cols = ["partnership", "raising_agency", "receiving_agency", "category", "outcome", "raised_on",
        "resolved_on", "resolved_stage"] + [f"stage{i}_on" for i in range(1, 6)]
c = pd.read_csv(log, usecols=cols, dtype=str, keep_default_na=False)
raised = pd.to_datetime(c["raised_on"], format="%Y-%m-%d")
c["fy"] = raised.dt.year - (raised.dt.month < 4)
c["highest"] = 0
for i in range(1, 6):
    c.loc[c[f"stage{i}_on"] != "", "highest"] = i
done = c["resolved_on"] != ""
r = raised[done].values.astype("datetime64[D]")
s = pd.to_datetime(c.loc[done, "resolved_on"], format="%Y-%m-%d").values.astype("datetime64[D]")
# Working days after the day raised, up to and including the day resolved.
d = c.loc[done, ["partnership", "fy"]].copy()
d["wd"] = np.busday_count(r + 1, s + 1, holidays=days)
rows = []
for (p, fy), n in c.groupby(["partnership", "fy"]).size().items():
    rows.append(("raised", p, fy, n))
g = d.groupby(["partnership", "fy"])["wd"]
for (p, fy), n, med, p90 in zip(g.size().index, g.size(), g.median(), g.quantile(0.9, interpolation="higher")):
    rows.append(("durations", p, fy, n, med, p90))
for col in ["raising_agency", "receiving_agency", "category", "outcome", "highest", "resolved_stage"]:
    for (p, fy, v), n in c.groupby(["partnership", "fy", col]).size().items():
        rows.append((col, p, fy, v, n))
with open(out, "w") as f:
    for row in sorted(rows, key=repr):
        f.write(",".join(map(str, row)) + "\n")
