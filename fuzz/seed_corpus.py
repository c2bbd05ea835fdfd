#!/usr/bin/env python3
"""Fills a scratch corpus folder per fuzz target from the project's own files.

Usage: seed_corpus.py SOURCE_DIR CORPUS_DIR [EXTRA_CASES_FILE...]

Big documents are split so that every seed fits the target's -max_len:
*.cases.json into one document per case (plus the case a relative metric points
to), catalog files into one document per entry, the model library into one per
model. Seeds are named by content hash, so re-seeding adds nothing twice.
"""
import glob
import hashlib
import json
import os
import sys


def put(folder, data):
    if isinstance(data, str):
        data = data.encode()
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "seed-" + hashlib.sha1(data).hexdigest())
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)


def split(folder, path, key, with_refs=False):
    """One document per element of doc[key], the other top-level fields kept."""
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError):
        return
    items = doc.get(key, [])
    by_id = {i.get("id"): i for i in items if isinstance(i, dict)}
    for item in items:
        group = [item]
        if with_refs:  # a relative metric needs its reference case in the same file
            for e in item.get("expect", []) if isinstance(item, dict) else []:
                ref = by_id.get(e.get("relative_to")) if isinstance(e, dict) else None
                if ref is not None and ref is not item and ref not in group:
                    group.insert(0, ref)
        put(folder, json.dumps(dict(doc, **{key: group}), indent=1, ensure_ascii=False))


def main():
    src, out = sys.argv[1], sys.argv[2]
    extra_cases = sys.argv[3:]
    design = os.path.join(out, "fuzz_design")
    for pattern in ("templates/*.ccd", "tests/data/malformed/*", "tests/data/repro/*.ccd"):
        for p in sorted(glob.glob(os.path.join(src, pattern))):
            with open(p, "rb") as f:
                put(design, f.read())
    cases = os.path.join(out, "fuzz_cases")
    for p in sorted(glob.glob(os.path.join(src, "tests/validation/*.cases.json"))) + extra_cases:
        split(cases, p, "cases", with_refs=True)
    catalog = os.path.join(out, "fuzz_catalog")
    for p in sorted(glob.glob(os.path.join(src, "resources/catalog/*.json"))):
        split(catalog, p, "entries")
    split(catalog, os.path.join(src, "resources/models/models.json"), "models")
    for name in ("fuzz_design", "fuzz_cases", "fuzz_catalog"):
        n = len(os.listdir(os.path.join(out, name)))
        print(f"{name}: {n} inputs in {os.path.join(out, name)}")


if __name__ == "__main__":
    main()
