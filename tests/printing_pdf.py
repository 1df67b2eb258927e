"""Reading back the PDFs the printing layer makes (a helper module, not a conftest: a second conftest.py
on sys.path would shadow the first)."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def _read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """Extracted text of each page, runs of white space collapsed to one space."""
    return [re.sub(r"\s+", " ", page.extract_text()) for page in _read(data).pages]


def page_fonts(data: bytes) -> list[dict]:
    """Every font in every page's resources: /BaseFont, /Subtype, whether a TrueType file is embedded."""
    fonts = []
    for page in _read(data).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts.append({
                "name": str(font["/BaseFont"]),
                "subtype": str(font["/Subtype"]),
                "embedded": "/FontFile2" in descriptor,
            })
    return fonts


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    return [(float(page.mediabox.width), float(page.mediabox.height)) for page in _read(data).pages]


texts = page_texts
fonts = page_fonts
sizes = page_sizes
