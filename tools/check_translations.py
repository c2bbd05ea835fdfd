#!/usr/bin/env python3
"""Checks the Qt Linguist files in translations/.

Fails (exit 1) when a .ts file has an unfinished, empty, vanished or obsolete
message, a translation that drops or invents a %1/%n placeholder, or a menu
accelerator (&X) that got lost. With --lupdate it first runs lupdate over
widgets/ and app/ into a temporary copy of each file, so a tr() string in the
code that is missing from a .ts file shows up as unfinished too.

  check_translations.py [--lupdate /usr/lib/qt6/bin/lupdate --source-dir .] translations/*.ts
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?[1-9][0-9]?)")
ACCEL = re.compile(r"&(?![&\s]|[a-zA-Z]+;|#)(.)")


def placeholders(s):
    return sorted(p.replace("L", "") for p in PLACEHOLDER.findall(s or ""))


def check(path, lang_hint):
    problems = []
    root = ET.parse(path).getroot()
    lang = root.get("language") or lang_hint
    cjk = lang.startswith(("ja", "zh", "ko"))
    count = 0
    for ctx in root.iter("context"):
        cname = ctx.findtext("name")
        for m in ctx.iter("message"):
            count += 1
            src = m.findtext("source") or ""
            tr = m.find("translation")
            where = f"{os.path.basename(path)}: [{cname}] {src!r}"
            kind = tr.get("type") if tr is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{kind}: {where}")
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
            for form in forms:
                if not form.strip():
                    problems.append(f"empty: {where}")
                    continue
                want = placeholders(src)
                got = placeholders(form)
                # A singular numerus form may spell out "one" instead of %n.
                if m.get("numerus") == "yes":
                    want = [p for p in want if p != "%n"]
                    got = [p for p in got if p != "%n"]
                if want != got:
                    problems.append(f"placeholders {want} -> {got}: {where} -> {form!r}")
                if ACCEL.search(src):
                    acc = ACCEL.findall(form)
                    if len(acc) != 1:
                        problems.append(f"accelerator: {where} -> {form!r}")
                    elif cjk and not re.search(r"\(&[A-Z0-9]\)", form):
                        problems.append(f"CJK accelerator not in '(&X)' form: {where} -> {form!r}")
    return count, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ts", nargs="+")
    ap.add_argument("--lupdate", help="run this lupdate over the sources into a temporary copy first")
    ap.add_argument("--source-dir", default=".")
    args = ap.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for ts in args.ts:
            lang = re.sub(r"^.*_([a-z]{2}(?:_[A-Z]{2})?)\.ts$", r"\1", ts)
            path = ts
            if args.lupdate:
                path = os.path.join(tmp, os.path.basename(ts))
                shutil.copyfile(ts, path)
                dirs = [os.path.join(args.source_dir, d) for d in ("widgets", "app")]
                r = subprocess.run([args.lupdate, "-silent", "-locations", "none", *dirs, "-ts", path],
                                   capture_output=True, text=True)
                if r.returncode != 0:
                    print(f"lupdate failed on {ts}:\n{r.stdout}{r.stderr}")
                    failed = True
                    continue
            count, problems = check(path, lang)
            print(f"{os.path.basename(ts)}: {count} messages, {len(problems)} problem(s)")
            for p in problems[:50]:
                print("  " + p)
            if len(problems) > 50:
                print(f"  ... and {len(problems) - 50} more")
            kinds = {}
            for p in problems:
                k = p.split(":")[0].split(" ")[0]
                kinds[k] = kinds.get(k, 0) + 1
            for k, n in sorted(kinds.items()):
                print(f"  {k}: {n}")
            failed = failed or bool(problems)
    if failed:
        print("Translations need work: run lupdate (see README, Languages) and translate every message.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
