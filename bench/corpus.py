#!/usr/bin/env python3
"""Inputs for `make bench`: a corpus of N procedures in escalate's format, the same prose as a
minimal Hugo site, and one big procedure file.

The procedures are the bundled example procedures copied over and over, each copy with its own
procedure id, title and partnership ids, so a copy is a procedure escalate accepts like any
other. The Hugo site holds exactly the Markdown body of each copy (front matter reduced to a
title), so both tools render the same prose.
"""
import argparse
import pathlib
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"


def split(text):
    """(front matter, body) of a policy file."""
    assert text.startswith("---\n")
    end = text.index("\n---\n", 4)
    return text[4:end], text[end + 5:]


def variant(front, body, n):
    """One copy of a procedure, made unique by suffixing its ids and title with n."""
    suffix = f"-b{n:05d}"
    # Top-level procedure id and every id a partnership or contact declares or points at.
    front = re.sub(r"^(id: )(\S+)$", lambda m: m.group(1) + m.group(2) + suffix, front, flags=re.M)
    front = re.sub(r"^(\s+(?:- )?(?:id|contact|partnership): )(\S+)$",
                   lambda m: m.group(1) + m.group(2) + suffix, front, flags=re.M)
    front = re.sub(r"^(title: )(.+)$", lambda m: f"{m.group(1)}{m.group(2)} (copy {n})", front, flags=re.M)
    body = re.sub(r"^# (.+)$", lambda m: f"# {m.group(1)} (copy {n})", body, count=1, flags=re.M)
    # Contact ids the body names (Notify's To:) follow their declarations.
    ids = re.findall(r"^\s+- id: (\S+)" + re.escape(suffix) + "$", front, flags=re.M)
    for i in ids:
        body = re.sub(r"(\*\*To:\*\* )" + re.escape(i) + r"\b", r"\g<1>" + i + suffix, body)
    return front, body


def site_yml(keep=()):
    """The bundled site.yml with the front doors of partnerships not in `keep` left out: the
    corpus's partnerships have their own ids, and a front door for a partnership no procedure
    serves is an error."""
    out, inside, current = [], False, None
    for line in (CONTENT / "site.yml").read_text().splitlines(keepends=True):
        indent = len(line) - len(line.lstrip(" "))
        if line.strip() == "front-door:" and indent == 2:
            inside = True
            out.append(line)
            continue
        if inside and line.strip() and indent <= 2:
            inside = False
        if inside:
            if indent == 4 and line.strip().endswith(":"):
                current = line.strip()[:-1]
            if current in keep:
                out.append(line)
            continue
        out.append(line)
    text = "".join(out)
    if not keep:
        text = text.replace("  front-door:\n", "")
    return text


def sources():
    return [split(p.read_text()) for p in sorted((CONTENT / "policies").glob("*.md"))]


def write_corpus(out, count):
    """out/content (escalate) and out/hugo (the same prose for Hugo)."""
    if out.exists():
        shutil.rmtree(out)
    content = out / "content"
    (content / "policies").mkdir(parents=True)
    (content / "site.yml").write_text(site_yml())
    shutil.copytree(CONTENT / "calendars", content / "calendars")
    hugo = out / "hugo"
    (hugo / "content" / "procedures").mkdir(parents=True)
    (hugo / "layouts" / "_default").mkdir(parents=True)
    (hugo / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS"]\n'
        '[markup.goldmark.renderer]\nunsafe = false\n')
    (hugo / "layouts" / "_default" / "baseof.html").write_text(
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
        '</head><body><main>{{ block "main" . }}{{ end }}</main></body></html>\n')
    (hugo / "layouts" / "_default" / "single.html").write_text(
        '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}{{ end }}\n')
    (hugo / "layouts" / "_default" / "list.html").write_text(
        '{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>'
        '</li>{{ end }}</ul>{{ end }}\n')
    (hugo / "layouts" / "index.html").write_text(
        '<!DOCTYPE html><html><body><ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">'
        '{{ .Title }}</a></li>{{ end }}</ul></body></html>\n')
    base = sources()
    total = 0
    for n in range(count):
        front, body = variant(*base[n % len(base)], n)
        text = f"---\n{front}\n---\n{body}"
        total += len(text.encode())
        (content / "policies" / f"{n:05d}.md").write_text(text)
        title = re.search(r"^title: (.+)$", front, flags=re.M).group(1)
        (hugo / "content" / "procedures" / f"p{n:05d}.md").write_text(
            f"---\ntitle: {title!r}\n---\n{body}")
    return total


def write_big(out, megabytes):
    """One procedure whose prose is repeated until the file is about `megabytes` MB."""
    front, body = split((CONTENT / "policies" / "000_herts.md").read_text())
    # The guidance prose only (no extra stage headings: one procedure has a bounded stage count).
    prose = "\n".join(line for line in body.splitlines() if not line.startswith("#")) + "\n"
    parts = [f"---\n{front}\n---\n", body]
    size = len(parts[0]) + len(body)
    target = megabytes * 1_000_000
    while size < target:
        parts.append("\n" + prose)
        size += len(prose) + 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(parts))
    return size


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--procedures", type=int, default=1000)
    ap.add_argument("--big-mb", type=int, default=0)
    a = ap.parse_args()
    total = write_corpus(a.out, a.procedures)
    print(f"{a.procedures} procedures, {total / a.procedures / 1000:.1f} KB each")
    if a.big_mb:
        write_big(a.out / "big" / "policies" / "big.md", a.big_mb)
