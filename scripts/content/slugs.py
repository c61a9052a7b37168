"""ASCII names made from Vietnamese text, for file names and URLs, and the
diacritic folding that search shares with them."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower-case, NFC, tone and vowel marks removed, đ→d: "Sản xuất SẠCH hơn" -> "san xuat sach hon"."""
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text).lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", text.replace("đ", "d"))


def slugify(text: str) -> str:
    """ "Sổ tay: Đánh giá nhanh" -> "so-tay-danh-gia-nhanh"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "trang"
