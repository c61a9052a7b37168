"""The search worker folds exactly like scripts/content/slugs.py fold(), which
makes file names and URLs: one rule for the whole site."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from scripts.content.slugs import fold
from scripts.search import node_worker

VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
SENTENCES = [
    "Sản xuất sạch hơn (SXSH) trong công nghiệp",
    "ĐỊNH MỨC TIÊU HAO NĂNG LƯỢNG NGÀNH BIA",
    "Quyết định 1759/QĐ-UBND ngày 12/9/2013",
    "hoá chất, hóa chất, thuỷ sản, thủy sản",
    "Cleaner production in Hai Phong's industry",
]
# Latin letters and the combining mark blocks Latin text uses
RANGES = [(0x20, 0x24F), (0x300, 0x36F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x1E00, 0x1EFF), (0x20D0, 0x20FF),
          (0xFE20, 0xFE2F)]


def _samples() -> list[str]:
    letters = list(VIETNAMESE) + list(VIETNAMESE.upper())
    samples = letters + [unicodedata.normalize("NFD", letter) for letter in letters]
    samples += SENTENCES + [unicodedata.normalize("NFD", sentence) for sentence in SENTENCES]
    samples += [chr(code) for start, end in RANGES for code in range(start, end + 1)]
    samples += ["a" + chr(code) for start, end in RANGES for code in range(start, end + 1)]  # marks after a letter
    return samples


def test_javascript_fold_equals_python_fold(built_site: Path) -> None:
    samples = _samples()
    folded = node_worker.run(built_site, "vi", fold=samples).folded
    differences = {text: (folded[text], fold(text)) for text in samples if folded[text] != fold(text)}
    assert not differences, differences


def test_fold_makes_the_plain_letters_readers_type() -> None:
    assert fold("Sản xuất SẠCH hơn, ĐIỆN NĂNG") == "san xuat sach hon, dien nang"
    assert fold(unicodedata.normalize("NFD", "Điện năng")) == "dien nang"
