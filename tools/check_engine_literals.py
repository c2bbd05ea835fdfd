#!/usr/bin/env python3
"""Keeps the engine's numbers in its calibration files, and those documented.

Every number the engines choose (an efficiency, a default, an assumption, a
search limit) lives as a named, documented field in a calibration header
(core/engine/**/calibration.{h,cpp}, listed in the CALIBRATION.md files). This
check fails when any other core/engine source holds a numeric literal outside
the short allow-list below. String literals, character literals, comments and
preprocessor lines are ignored.

A literal that is no modelling choice (a buffer size, a loop guard, digits
printed) may stay when its line says why:   ... 64; // literal-ok: buffer size
and a block of published coefficients between
    // literal-ok-begin: REASON
    // literal-ok-end
Keep these rare. A marker on a line with nothing to allow is refused too, so
markers cannot outlive their literal.

Every field and constant a calibration.h defines must appear, in backticks, in
a CALIBRATION.md under the same engine folder (name, value, unit, meaning, source).

Usage: check_engine_literals.py [ENGINE_DIR]   (default: core/engine next to this script)
Exit code: 0 clean, 1 problems found, 2 bad arguments.
"""
import math
import os
import pathlib
import re
import sys

# Values allowed anywhere, and why (keep short):
ALLOWED = {
    0.0: "zero",
    1.0: "one (identity, count of one, complement)",
    2.0: "two (halving/doubling, 2 FLOPs per multiply-accumulate, pairs, 16-bit = 2 bytes)",
    0.5: "a half (midpoint, rounding tolerance, mean of a uniform wait)",
    100.0: "per cent",
    60.0: "seconds per minute",
    3600.0: "seconds per hour",
    8760.0: "hours per year",
    3.6e6: "joules per kWh",
}
# …and SI prefixes: powers of ten whose exponent is a multiple of 3 (1e-9 … 1e12,
# 1000): unit conversions, and 1e-30/1e-9 guards against division by zero.


def allowed(value):
    if value in ALLOWED:
        return True
    if value <= 0:
        return False
    exponent = math.log10(value)
    return abs(exponent - round(exponent)) < 1e-12 and round(exponent) % 3 == 0


CALIBRATION_FILES = {"calibration.h", "calibration.cpp"}
SOURCE_SUFFIXES = {".h", ".hpp", ".cpp", ".cc"}
MARK = re.compile(r"//.*\bliteral-ok:\s*(\S.*)?$")
BEGIN = re.compile(r"//\s*literal-ok-begin:\s*(\S.*)?$")
END = re.compile(r"//\s*literal-ok-end\b")
NUMBER = re.compile(
    r"(?<![\w.])(0[xX][0-9a-fA-F']+|(?:\d[\d']*\.?[\d']*|\.\d[\d']*)(?:[eE][+-]?\d+)?)[fFlLuU]*(?![\w.])")


def code_only(src):
    """The source with comments, string and character literals blanked (line breaks kept)."""
    out, i, n = [], 0, len(src)
    blank = lambda s: re.sub(r"[^\n]", " ", s)
    while i < n:
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif src.startswith('R"', i) and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")):
            k = src.find("(", i)
            terminator = ")" + src[i + 2:k] + '"'
            e = src.find(terminator, k)
            j = n if e < 0 else e + len(terminator)
        elif src[i] in "\"'" and not (src[i] == "'" and i > 0 and src[i - 1].isalnum()):  # ' after a digit: separator
            j = i + 1
            while j < n and src[j] != src[i] and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            j += 1
        else:
            out.append(src[i])
            i += 1
            continue
        out.append(blank(src[i:j]))
        i = j
    return "".join(out)


def value_of(token):
    t = token.replace("'", "")
    return float(int(t, 16)) if t[:2].lower() == "0x" else float(t)


def check_file(path, problems):
    text = path.read_text(encoding="utf-8")
    path = os.path.relpath(path)
    raw_lines = text.split("\n")
    code_lines = code_only(text).split("\n")
    in_block, block_start, block_used, marks = False, 0, False, 0
    for number, (raw, code) in enumerate(zip(raw_lines, code_lines), 1):
        where = f"{path}:{number}"
        begin, end, mark = BEGIN.search(raw), END.search(raw), MARK.search(raw)
        if begin:
            if in_block or not begin.group(1):
                problems.append(f"{where}: literal-ok-begin needs a reason and may not nest")
            in_block, block_start, block_used = True, number, False
            marks += 1
            continue
        if end:
            if not in_block:
                problems.append(f"{where}: literal-ok-end without literal-ok-begin")
            elif not block_used:
                problems.append(f"{path}:{block_start}: literal-ok block allows nothing: remove it")
            in_block = False
            continue
        if code.lstrip().startswith("#"):
            continue
        forbidden = [m.group(1) for m in NUMBER.finditer(code) if not allowed(value_of(m.group(1)))]
        if mark:
            marks += 1
            if not mark.group(1):
                problems.append(f"{where}: literal-ok needs a reason")
            elif not forbidden:
                problems.append(f"{where}: literal-ok on a line with no literal to allow: remove it")
            continue
        if in_block:
            block_used = block_used or bool(forbidden)
            continue
        for token in forbidden:
            problems.append(f"{where}: literal {token}: move it to a calibration struct (name, unit, source) "
                            f"or say why it is no modelling choice with // literal-ok: REASON")
    if in_block:
        problems.append(f"{path}:{block_start}: literal-ok-begin without literal-ok-end")
    return marks


FIELD = re.compile(r"^\s*(?:double|int|bool|std::array<[^>]*>)\s+(\w+)\s*[={]", re.M)
CONSTANT = re.compile(r"^\s*inline\s+constexpr\s+[\w:]+\s+(\w+)\s*=", re.M)


def check_documented(root, problems):
    """Every calibration field and constant is named in one of the CALIBRATION.md files."""
    docs = "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.rglob("CALIBRATION.md")))
    count = 0
    for header in sorted(root.rglob("calibration.h")):
        text = header.read_text(encoding="utf-8")
        for m in list(FIELD.finditer(text)) + list(CONSTANT.finditer(text)):
            count += 1
            if f"`{m.group(1)}`" not in docs:
                line = text.count("\n", 0, m.start(1)) + 1
                problems.append(f"{os.path.relpath(header)}:{line}: {m.group(1)} is not documented in a CALIBRATION.md "
                                f"(one table row: name, value, unit, meaning, source)")
    return count


def main(argv):
    if len(argv) > 1 or any(a.startswith("-") for a in argv):
        print(__doc__)
        return 2
    root = pathlib.Path(argv[0]) if argv else pathlib.Path(__file__).resolve().parent.parent / "core" / "engine"
    if not root.is_dir():
        print(f"check_engine_literals: {root}: no such folder", file=sys.stderr)
        return 2
    files = [f for f in sorted(root.rglob("*")) if f.suffix in SOURCE_SUFFIXES and f.name not in CALIBRATION_FILES]
    problems = []
    marks = sum(check_file(f, problems) for f in files)
    documented = check_documented(root, problems)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) in {len(files)} file(s): engine numbers belong in the calibration files")
        return 1
    print(f"OK: {len(files)} file(s), no numeric literal outside the calibration files ({marks} literal-ok marker(s)); "
          f"{documented} calibration fields and constants documented")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
