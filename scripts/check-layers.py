#!/usr/bin/env python3
"""Fails when an include crosses a layer the wrong way.

    scripts/check-layers.py [SRC_DIR]     (default: the src/ beside this script)

Each folder under src/ is a layer (ARCHITECTURE.md, "What each layer may
include"). The table below is that section as data: for every folder, the
folders of ipskit it may include and the outside libraries it may use. The
standard library is allowed everywhere, and a folder may always include
its own headers. A folder not in the table is an
error too, so a new folder gets its row before it gets code.

Prints one line per crossing, `FILE:LINE: error: WHAT — HOW TO FIX`, and
exits 1 when there is any; prints one summary line and exits 0 otherwise.
"""

import pathlib
import re
import sys

# folder -> (ipskit folders it may include, outside headers it may use)
UTIL = {"util"}
DOMAIN = {"domain", "domain/stats", "domain/outcomes", "domain/derived"} | UTIL
LAYERS = {
    ".": ({"cli", "util"}, {"CLI"}),
    "util": (UTIL, {"fmt"}),
    "domain": (DOMAIN, set()),
    "domain/stats": (DOMAIN, set()),
    "domain/outcomes": (DOMAIN, set()),
    "domain/derived": (DOMAIN, set()),
    "readers/text": (UTIL, {"fmt"}),
    "readers/yaml": ({"readers/yaml", "readers/text"} | DOMAIN, {"fmt", "yaml.h"}),
    "readers/csv": ({"readers/csv", "readers/text"} | DOMAIN, {"fmt"}),
    "readers/xlsx": ({"readers/xlsx", "readers/text"} | DOMAIN, {"fmt", "unzip.h", "isa-l/igzip_lib.h", "expat.h", "pugixml.hpp"}),
    "readers/cases/parts": ({"readers/cases/parts"} | UTIL, {"fmt"}),
    "readers/cases": (
        {"readers/cases", "readers/cases/parts", "readers/csv", "readers/text", "readers/xlsx", "readers/yaml"}
        | DOMAIN,
        {"fmt"},
    ),
    "readers/review": (
        {"readers/review", "readers/csv", "readers/text", "readers/xlsx", "readers/yaml"} | DOMAIN,
        {"fmt"},
    ),
    "readers/settings": ({"readers/settings", "readers/csv", "readers/text", "readers/yaml"} | DOMAIN, {"fmt"}),
    "readers/records": (
        {"readers/records", "readers/csv", "readers/text", "readers/xlsx", "readers/yaml"} | DOMAIN,
        {"fmt"},
    ),
    "writers/doc": ({"writers/doc"} | DOMAIN, {"fmt"}),
    "writers/charts": ({"writers/charts", "writers/doc"} | DOMAIN, {"fmt"}),
    "writers/render": ({"writers/render", "writers/doc"} | DOMAIN, {"fmt", "nlohmann", "xlsxwriter.h"}),
    "writers/reports": ({"writers/reports", "writers/charts", "writers/doc"} | DOMAIN, {"fmt"}),
    "writers/questionnaire": (
        {"writers/questionnaire", "writers/reports", "writers/doc"} | DOMAIN,
        {"fmt", "xlsxwriter.h"},
    ),
    "cli": (
        {"cli", "readers/text", "readers/csv", "readers/xlsx", "readers/yaml", "readers/cases", "readers/review",
         "readers/settings", "readers/records", "writers/doc", "writers/charts", "writers/render", "writers/reports",
         "writers/questionnaire"} | DOMAIN,
        {"CLI", "fmt"},
    ),
}
# Outside headers that only some layers may use; any other <...> is the standard library.
GUARDED = ("CLI", "fmt", "yaml.h", "nlohmann", "xlsxwriter.h", "unzip.h", "isa-l/igzip_lib.h", "expat.h")
GENERATED = {"version.hpp"}  # written by CMake at configure time; no layer of its own

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def guarded_name(header):
    for name in GUARDED:
        if header == name or header.startswith(name + "/"):
            return name
    return None


def check_file(path, folder, errors):
    allowed_folders, allowed_outside = LAYERS[folder]
    allowed_folders = allowed_folders | {folder}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = INCLUDE.match(line)
        if not match:
            continue
        kind, header = match.groups()
        where = f"{path}:{number}"
        if kind == '"':
            if header in GENERATED:
                continue
            target = str(pathlib.PurePosixPath(header).parent)
            if target not in allowed_folders:
                errors.append(f'{where}: error: {folder}/ may not include "{header}" — '
                              f"see ARCHITECTURE.md for what {folder}/ may include, and move the code "
                              "to the layer that owns it")
        else:
            name = guarded_name(header)
            if name and name not in allowed_outside:
                errors.append(f"{where}: error: {folder}/ may not use <{header}> — "
                              f"only the layers listed in ARCHITECTURE.md use {name}")


def main():
    src = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent / "src"
    errors, files = [], 0
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".cpp", ".hpp", ".h"):
            continue
        folder = str(path.parent.relative_to(src).as_posix())
        files += 1
        if folder not in LAYERS:
            errors.append(f"{path}:1: error: the folder {folder}/ is not a known layer — "
                          "give it a row in scripts/check-layers.py and in ARCHITECTURE.md")
            continue
        check_file(path, folder, errors)
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        print(f"layer check: {len(errors)} include(s) cross a layer the wrong way", file=sys.stderr)
        return 1
    print(f"layer check: {files} files, every include within its layer's rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
