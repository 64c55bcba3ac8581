#!/usr/bin/env python3
"""The statistics peer for `make bench`: DuckDB computing from the case log what escalate's
statistics compute — per partnership and financial year (April to March): escalations raised,
counts by raising agency, receiving agency, category, outcome, highest stage reached and stage
resolved at, and the median and 90th percentile of working days from raised to resolved, with
the same bank holidays (content/calendars/bank-holidays.json)."""
import json
import sys

import duckdb

log, holidays, out = sys.argv[1:4]
days = [e["date"] for e in json.load(open(holidays))["england-and-wales"]["events"]]
con = duckdb.connect()
con.execute("SET threads TO 2")
con.execute("CREATE TABLE hol(d DATE)")
con.executemany("INSERT INTO hol VALUES (?)", [(d,) for d in days])
# A working-day index per calendar day: the days between two dates are the difference of indices,
# counting the days after the first up to and including the second (escalate's definition).
con.execute("""
CREATE TABLE cal AS
SELECT d::DATE AS d,
       sum(CASE WHEN isodow(d) < 6 AND d::DATE NOT IN (SELECT d FROM hol) THEN 1 ELSE 0 END)
         OVER (ORDER BY d) AS idx
FROM range(DATE '2000-01-01', DATE '2041-01-01', INTERVAL 1 DAY) t(d)""")
con.execute(f"""
CREATE TABLE c AS
SELECT partnership, raising_agency, receiving_agency, category, outcome,
       raised_on::DATE AS raised, resolved_on::DATE AS resolved, resolved_stage,
       CASE WHEN stage5_on IS NOT NULL THEN 5 WHEN stage4_on IS NOT NULL THEN 4
            WHEN stage3_on IS NOT NULL THEN 3 WHEN stage2_on IS NOT NULL THEN 2
            WHEN stage1_on IS NOT NULL THEN 1 ELSE 0 END AS highest,
       year(raised_on::DATE) - CASE WHEN month(raised_on::DATE) < 4 THEN 1 ELSE 0 END AS fy
FROM read_csv('{log}', header = true, all_varchar = true)""")
con.execute("""
CREATE TABLE d AS
SELECT c.partnership, c.fy, r2.idx - r1.idx AS wd
FROM c JOIN cal r1 ON r1.d = c.raised JOIN cal r2 ON r2.d = c.resolved""")
tables = {
    "raised": "SELECT partnership, fy, count(*) AS n FROM c GROUP BY ALL",
    "durations": "SELECT partnership, fy, count(*) AS n, median(wd) AS median, "
                 "quantile_disc(wd, 0.9) AS p90 FROM d GROUP BY ALL",
}
for col in ["raising_agency", "receiving_agency", "category", "outcome", "highest", "resolved_stage"]:
    tables[col] = f"SELECT partnership, fy, {col} AS value, count(*) AS n FROM c GROUP BY ALL"
with open(out, "w") as f:
    for name, sql in tables.items():
        for row in sorted(con.execute(sql).fetchall(), key=repr):
            f.write(name + "," + ",".join(map(str, row)) + "\n")
