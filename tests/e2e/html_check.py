#!/usr/bin/env python3
"""Checks for the HTML end-to-end scenarios, with the standard library only.

    html_check.py page FILE.html LANG     one self-contained page: parses, lang, nothing fetched
    html_check.py svgs FILE.html          every inline <svg> parses as XML; prints how many
    html_check.py png FILE.png            a PNG of more than one colour (not blank)
    html_check.py pdf FILE.pdf            a PDF of at least one page; prints how many

Prints what is wrong and exits 1 on the first failure.
"""

import re
import struct
import sys
import xml.etree.ElementTree as ET
import zlib
from html.parser import HTMLParser


def fail(message):
    print(f"html_check: {message}", file=sys.stderr)
    sys.exit(1)


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lang = None
        self.fetches = []
        self.tables = 0
        self.headers = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in ("link", "script", "img", "iframe", "object", "embed"):
            self.fetches.append(tag)
        for name in ("src", "href"):
            if name in attrs:
                self.fetches.append(f"{tag} {name}={attrs[name]}")
        self.tables += tag == "table"
        self.headers += tag == "th"


def check_page(path, lang):
    text = open(path, encoding="utf-8").read()
    if not text.startswith("<!DOCTYPE html>"):
        fail(f"{path} does not start with <!DOCTYPE html>")
    page = Page()
    page.feed(text)
    if page.lang != lang:
        fail(f"{path}: lang is {page.lang!r}, not {lang!r}")
    if page.fetches:
        fail(f"{path} fetches from elsewhere: {page.fetches}")
    if re.search(r"url\(|@import", text):
        fail(f"{path}: the style sheet fetches from elsewhere")
    if "@page { size: A4" not in text:
        fail(f"{path} has no A4 print rule")
    if page.tables and page.headers == 0:
        fail(f"{path}: tables without headers")
    print(f"page: {page.tables} tables")


def check_svgs(path):
    text = open(path, encoding="utf-8").read()
    svgs = re.findall(r"<svg\b.*?</svg>", text, re.S)
    for number, svg in enumerate(svgs, 1):
        try:
            root = ET.fromstring(svg)
        except ET.ParseError as error:
            fail(f"{path}: chart {number} is not XML: {error}")
        if root.find("{http://www.w3.org/2000/svg}title") is None:
            fail(f"{path}: chart {number} has no <title>")
    print(f"svgs: {len(svgs)}")


def png_pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                fail(f"{path}: PNG of bit depth {depth}, colour type {colour} is not read here")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    colours = set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):  # undo the row filter (PNG spec, section 9)
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        if row % 8 == 0:
            for i in range(0, stride, channels * 4):
                colours.add(bytes(line[i:i + 3]))
        previous = line
    return width, height, colours


def check_png(path):
    width, height, colours = png_pixels(path)
    if len(colours) < 2:
        fail(f"{path} is blank: one colour over {width}x{height}")
    print(f"png: {width}x{height}, {len(colours)} colours sampled")


def check_pdf(path):
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-"):
        fail(f"{path} is not a PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    if pages < 1:
        fail(f"{path} has no page")
    print(f"pdf: {pages} pages")


def main():
    what, path = sys.argv[1], sys.argv[2]
    if what == "page":
        check_page(path, sys.argv[3])
    elif what == "svgs":
        check_svgs(path)
    elif what == "png":
        check_png(path)
    elif what == "pdf":
        check_pdf(path)
    else:
        fail(f"unknown check {what}")


if __name__ == "__main__":
    main()
