"""Writes twin.xlsx from twin.csv with a real spreadsheet writer (openpyxl), as Excel users
keep the log: a title row and a blank row above the header, dates as date cells (serial numbers
with a date format), stage numbers as numbers, empty cells left out, text as shared strings.

Run once and commit the result (CaseLogTests compare its records with the CSV's):
    python3 -m venv .build/xlsx-venv && .build/xlsx-venv/bin/pip install openpyxl==3.1.5
    .build/xlsx-venv/bin/python Tests/CaseLogTests/Fixtures/make_xlsx.py
"""
import csv
import datetime
import pathlib

import openpyxl

here = pathlib.Path(__file__).parent
with open(here / "twin.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Escalations"
sheet.append(["Escalation log (synthetic test fixture)"])
sheet.append([])
header = rows[0]
sheet.append(header)
for row in rows[1:]:
    cells = []
    for name, value in zip(header, row):
        if value == "":
            cells.append(None)
        elif name.endswith("_on"):
            cells.append(datetime.date.fromisoformat(value))
        elif name == "resolved_stage":
            cells.append(int(value))
        else:
            cells.append(value)
    sheet.append(cells)
for cell in sheet[3]:
    cell.font = openpyxl.styles.Font(bold=True)
# A second sheet, which is not read: the log is the workbook's first sheet.
book.create_sheet("Notes").append(["SYNTHETIC-PERSONAL-SECOND-SHEET"])
# openpyxl stamps the time of writing; fixed so the fixture is reproducible.
book.properties.created = book.properties.modified = datetime.datetime(2025, 1, 1)
book.save(here / "twin.xlsx")

# openpyxl writes text as inline strings; Excel writes shared strings. twin-shared.xlsx is the
# same workbook with every inline string moved into xl/sharedStrings.xml as Excel would store
# it (one of them as rich-text runs), so both forms are read.
import re
import zipfile

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
with zipfile.ZipFile(here / "twin.xlsx") as source:
    parts = {name: source.read(name) for name in source.namelist()}
sheet_xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
strings = []
def shared(match):
    reference, style, text = match.groups()
    if text not in strings:
        strings.append(text)
    return '<c r="%s"%s t="s"><v>%d</v></c>' % (reference, style or "", strings.index(text))
sheet_xml = re.sub(r'<c r="([A-Z]+[0-9]+)"( s="[0-9]+")? t="inlineStr"><is><t>([^<]*)</t></is></c>', shared, sheet_xml)
items = []
for text in strings:
    if text == "herts":
        # Rich text: two runs that read as one string.
        items.append('<si><r><rPr><b/></rPr><t>he</t></r><r><t>rts</t></r></si>')
    else:
        items.append('<si><t xml:space="preserve">%s</t></si>' % text)
parts["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
                                 % (NS, len(items), len(items), "".join(items))).encode("utf-8")
parts["xl/worksheets/sheet1.xml"] = sheet_xml.encode("utf-8")
types = parts["[Content_Types].xml"].decode("utf-8")
if "sharedStrings" not in types:
    types = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
parts["[Content_Types].xml"] = types.encode("utf-8")
rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
if "sharedStrings" not in rels:
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
with zipfile.ZipFile(here / "twin-shared.xlsx", "w", zipfile.ZIP_DEFLATED) as target:
    for name, data in parts.items():
        info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        target.writestr(info, data)
