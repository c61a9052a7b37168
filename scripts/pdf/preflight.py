"""Stage 4: check a written print master the way a print shop's preflight would.

Fails on: RGB (or other non-CMYK) colour, transparency (soft masks, CA/ca < 1,
blend modes, transparency groups), fonts not embedded, images under 300 ppi at
their printed size, missing TrimBox/BleedBox or bleed under 3 mm, no CMYK output
intent. Every finding names the file, the page and the PDF object.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pikepdf

MIN_PPI = 300
MIN_BLEED_PT = 3 / 25.4 * 72 - 0.01  # 3 mm
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)
_CMYK_OK = {"/DeviceCMYK", "/DeviceGray", "/Separation", "/DeviceN", "/Pattern"}


@dataclass(frozen=True)
class Finding:
    file: str
    page: int
    obj: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: page {self.page}: {self.obj}: {self.message}"


class PreflightError(RuntimeError):
    def __init__(self, findings: list[str]) -> None:
        super().__init__("print preflight failed:\n" + "\n".join(findings))
        self.findings = findings


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _name(obj: object) -> str:
    try:
        return f"object {obj.objgen[0]}" if obj.objgen != (0, 0) else "inline object"  # type: ignore[attr-defined]
    except AttributeError:
        return "inline object"


class _Checker:
    def __init__(self, file: str) -> None:
        self.file = file
        self.findings: list[Finding] = []
        self._seen_fonts: set[tuple[int, int]] = set()

    def add(self, page: int, obj: str, message: str) -> None:
        self.findings.append(Finding(self.file, page, obj, message))

    # -- colour spaces
    def colour_space(self, page: int, space: object, where: str, resources: pikepdf.Dictionary | None) -> None:
        if isinstance(space, pikepdf.Name):
            if str(space) in _CMYK_OK:
                return
            named = resources.get("/ColorSpace", {}).get(space) if resources is not None else None
            if named is not None:
                self.colour_space(page, named, where, None)
                return
            self.add(page, where, f"colour space {space} is not CMYK")
            return
        if isinstance(space, pikepdf.Array) and len(space):
            family = str(space[0])
            if family == "/ICCBased":
                if int(space[1].get("/N", 0)) != 4 and int(space[1].get("/N", 0)) != 1:
                    self.add(page, f"{where}, {_name(space[1])}", f"ICC colour space with {space[1].get('/N')} components (RGB), not CMYK")
            elif family == "/Indexed":
                self.colour_space(page, space[1], where, resources)
            elif family in ("/Separation", "/DeviceN"):
                return
            elif family not in _CMYK_OK:
                self.add(page, where, f"colour space {family} is not CMYK")

    # -- graphics state
    def ext_gstate(self, page: int, state: pikepdf.Dictionary, name: str) -> None:
        where = f"ExtGState {name} ({_name(state)})"
        for key in ("/CA", "/ca"):
            if key in state and float(state[key]) < 1:
                self.add(page, where, f"transparency: {key[1:]} = {float(state[key])}")
        if "/SMask" in state and state["/SMask"] != pikepdf.Name("/None"):
            self.add(page, where, "transparency: soft mask (SMask)")
        if "/BM" in state and str(state["/BM"]) not in ("/Normal", "/Compatible"):
            self.add(page, where, f"transparency: blend mode {state['/BM']}")

    # -- fonts
    def font(self, page: int, font: pikepdf.Dictionary, name: str) -> None:
        key = font.objgen
        if key != (0, 0) and key in self._seen_fonts:
            return
        self._seen_fonts.add(key)
        base = str(font.get("/BaseFont", name))
        if font.get("/Subtype") == "/Type3":
            return  # glyphs are drawn by content streams, nothing to embed
        described = font["/DescendantFonts"][0] if font.get("/Subtype") == "/Type0" else font
        descriptor = described.get("/FontDescriptor")
        if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            self.add(page, f"font {name} {base} ({_name(font)})", "font is not embedded")

    # -- content
    def content(self, page: int, source: object, resources: pikepdf.Dictionary, ctm: Matrix, depth: int = 0) -> None:
        if depth > 12:
            return
        stack: list[Matrix] = []
        for operands, operator in pikepdf.parse_content_stream(source):
            op = str(operator)
            if op == "q":
                stack.append(ctm)
            elif op == "Q" and stack:
                ctm = stack.pop()
            elif op == "cm":
                ctm = _multiply(tuple(float(x) for x in operands), ctm)  # type: ignore[arg-type]
            elif op in ("rg", "RG"):
                self.add(page, f"content of {_name(source)}", f"RGB colour operator {op} {' '.join(str(float(x)) for x in operands)}")
            elif op in ("cs", "CS"):
                self.colour_space(page, operands[0], f"colour space {operands[0]} in {_name(source)}", resources)
            elif op == "gs":
                state = resources.get("/ExtGState", {}).get(operands[0])
                if state is not None:
                    self.ext_gstate(page, state, str(operands[0]))
            elif op == "Tf":
                font = resources.get("/Font", {}).get(operands[0])
                if font is not None:
                    self.font(page, font, str(operands[0]))
            elif op == "sh":
                shading = resources.get("/Shading", {}).get(operands[0])
                if shading is not None:
                    self.colour_space(page, shading.get("/ColorSpace"), f"shading {operands[0]}", resources)
            elif op == "Do":
                xobject = resources.get("/XObject", {}).get(operands[0])
                if xobject is not None:
                    self.xobject(page, xobject, str(operands[0]), resources, ctm, depth)

    def xobject(self, page: int, xobject: pikepdf.Stream, name: str, resources: pikepdf.Dictionary,
                ctm: Matrix, depth: int) -> None:
        where = f"{'image' if xobject.get('/Subtype') == '/Image' else 'form'} {name} ({_name(xobject)})"
        if xobject.get("/Subtype") == "/Image":
            if "/SMask" in xobject:
                self.add(page, where, "transparency: image with a soft mask (SMask)")
            if not xobject.get("/ImageMask", False):
                self.colour_space(page, xobject.get("/ColorSpace"), where, resources)
            width_pt = math.hypot(ctm[0], ctm[1])
            height_pt = math.hypot(ctm[2], ctm[3])
            if width_pt > 0 and height_pt > 0:
                ppi = min(int(xobject["/Width"]) / (width_pt / 72), int(xobject["/Height"]) / (height_pt / 72))
                if ppi < MIN_PPI:
                    self.add(page, where, f"image resolution {ppi:.0f} ppi at its printed size, needs {MIN_PPI}")
            return
        group = xobject.get("/Group")
        if group is not None and group.get("/S") == "/Transparency":
            self.add(page, where, "transparency group")
        matrix = tuple(float(x) for x in xobject.get("/Matrix", IDENTITY))
        self.content(page, xobject, xobject.get("/Resources", resources), _multiply(matrix, ctm), depth + 1)  # type: ignore[arg-type]


def check(path: Path) -> list[Finding]:
    checker = _Checker(str(path))
    with pikepdf.open(path) as pdf:
        intents = pdf.Root.get("/OutputIntents")
        profile = intents[0].get("/DestOutputProfile") if intents else None
        if profile is None or int(profile.get("/N", 0)) != 4:
            checker.add(0, "catalog /OutputIntents", "no CMYK output intent (an ICC profile with 4 components)")
        for number, page in enumerate(pdf.pages, start=1):
            checker_page_boxes(checker, number, page)
            resources = page.obj.get("/Resources", pikepdf.Dictionary())
            for name, state in resources.get("/ExtGState", {}).items():
                checker.ext_gstate(number, state, name)
            for name, font in resources.get("/Font", {}).items():
                checker.font(number, font, name)
            checker.content(number, page.obj, resources, IDENTITY)
            group = page.obj.get("/Group")
            if group is not None and group.get("/S") == "/Transparency":
                checker.add(number, "page /Group", "transparency group")
    return checker.findings


def checker_page_boxes(checker: _Checker, number: int, page: pikepdf.Page) -> None:
    obj = page.obj
    missing = [box for box in ("/TrimBox", "/BleedBox") if box not in obj]
    for box in missing:
        checker.add(number, f"page {box}", f"{box[1:]} is missing")
    if missing:
        return
    trim = [float(x) for x in obj["/TrimBox"]]
    bleed = [float(x) for x in obj["/BleedBox"]]
    margins = (trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3])
    if min(margins) < MIN_BLEED_PT:
        checker.add(number, "page /BleedBox", f"bleed {min(margins) / 72 * 25.4:.1f} mm, needs 3 mm on every side")


def iter_paths(paths: list[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        yield from sorted(path.rglob("*-in.pdf")) if path.is_dir() else [path]


def main(argv: list[str]) -> int:
    findings = [finding for path in iter_paths(argv) for finding in check(path)]
    for finding in findings:
        print(finding)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
