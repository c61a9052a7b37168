"""Vietnamese text pasted from documents typed in the 8-bit fonts of the 1990s,
turned back into Unicode.

Such text reaches a UTF-8 file as Latin-1 letters: TCVN3 (ABC, the ".Vn" fonts)
gives one byte per toned letter ("S¶n xuÊt" = "Sản xuất"); VNI gives a base
letter followed by a mark ("Saûn xuaát" = "Sản xuất"). Both use the same
Latin-1 letters for different things, so a line is converted with the table
that gives real Vietnamese syllables, and only words that change are touched.
"""

from __future__ import annotations

import re
import unicodedata

# ---------------------------------------------------------------- TCVN3 (TCVN 5712:1993, VN3)

# Byte (as the Latin-1 character a paste produces) -> Unicode. Checked against
# glibc iconv's TCVN5712-1 table; VN3 leaves the capital toned letters out (the
# ".VnTimeH" capital fonts draw the small-letter codes as capitals), VN1 has them.
TCVN3 = dict(zip(
    "¡¢£¤¥¦§¨©ª«¬\xad®"
    "µ¶·¸¹»¼½¾Æ"
    "ÇÈÉÊËÌÎÏÐÑ"
    "ÒÓÔÕÖ×ØÜÝÞ"
    "ßáâãäåæçèé"
    "êëìíîïñòóô"
    "õö÷øùúûüýþ"
    "¯º¿ÀÁÂÃÄÅÍÙÚÛàðÿ",
    "ĂÂÊÔƠƯĐăâêôơưđ"
    "àảãáạằẳẵắặ"
    "ầẩẫấậèẻẽéẹ"
    "ềểễếệìỉĩíị"
    "òỏõóọồổỗốộ"
    "ờởỡớợùủũúụ"
    "ừửữứựỳỷỹýỵ"
    "ẰẲẴẮẦẨẪẤỀỂỄẾỒỔỖỐ",
    strict=True,
))

# ---------------------------------------------------------------- VNI (VNI-Windows fonts)

_TONES = {"acute": "\u0301", "grave": "\u0300", "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323"}
_TONE_MARKS = "ùøûõï"  # after a, e, o, u, y, ơ, ư: acute, grave, hook, tilde, dot
_CIRCUMFLEX_MARKS = "âáàåãä"  # after a, e, o: circumflex alone, then with each tone
_BREVE_MARKS = "êéèúüë"  # after a: breve alone, then with each tone
_TONE_ORDER = ("acute", "grave", "hook", "tilde", "dot")


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(sequence: str, letter: str) -> None:
        table[sequence] = unicodedata.normalize("NFC", letter)
        table[sequence.upper()] = unicodedata.normalize("NFC", letter).upper()

    for base, unicode_base in (("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("y", "y"), ("ô", "ơ"), ("ö", "ư")):
        if len(base) == 1 and base != unicode_base:
            add(base, unicode_base)  # ô alone is ơ, ö alone is ư
        for mark, tone in zip(_TONE_MARKS, _TONE_ORDER, strict=True):
            add(base + mark, unicode_base + _TONES[tone])
    for base in "aeo":
        add(base + _CIRCUMFLEX_MARKS[0], base + "\u0302")
        for mark, tone in zip(_CIRCUMFLEX_MARKS[1:], _TONE_ORDER, strict=True):
            add(base + mark, base + "\u0302" + _TONES[tone])
    add("a" + _BREVE_MARKS[0], "a\u0306")
    for mark, tone in zip(_BREVE_MARKS[1:], _TONE_ORDER, strict=True):
        add("a" + mark, "a\u0306" + _TONES[tone])
    for mark, tone in zip("íìæóò", _TONE_ORDER, strict=True):  # i takes single letters
        add(mark, "i" + _TONES[tone])
    add("î", "ỵ")
    add("ñ", "đ")
    return table


VNI = _vni_table()
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, VNI), key=len, reverse=True)))

# ---------------------------------------------------------------- what a Vietnamese syllable looks like

_TONE_SET = set(_TONES.values())
_INITIALS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
             "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
_VOWELS = "aăâeêioôơuưy"
_RIME = re.compile(rf"^([{_VOWELS}]+)(ch|nh|ng|c|m|n|p|t)?$")
# Vowel groups of Vietnamese syllables (glides included), written without tone marks.
_NUCLEUS_TEXT = ("a ai ao au ay ă â âu ây e eo ê êu i ia iu iê iêu o oa oai oay oă oe oeo oi oo ô ôi ơ ơi u ua uâ "
                 "uây uê ui uô uôi uơ uy uya uyê uyu ư ưa ưi ưu ươ ươi ươu y yê yêu")
_OPEN_ONLY_TEXT = "ai ao au ay âu ây eo êu ia iu iêu oai oay oeo oi ôi ơi ua uây ui uôi uya uyu ưa ưi ưu ươi ươu yêu"
_CLOSED_ONLY_TEXT = "ă â iê yê uô ươ oă uâ uyê oo"  # these need a final consonant
_NUCLEI = frozenset(_NUCLEUS_TEXT.split())
_OPEN_ONLY = frozenset(_OPEN_ONLY_TEXT.split())
_CLOSED_ONLY = frozenset(_CLOSED_ONLY_TEXT.split())


def is_vietnamese_syllable(word: str) -> bool:
    """ "sản" and "nghiệp" are; "saỷn", "xuaỏt" and "h¬n" are not."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [char for char in decomposed if char in _TONE_SET]
    if len(tones) > 1:
        return False
    plain = unicodedata.normalize("NFC", "".join(char for char in decomposed if char not in _TONE_SET))
    for initial in _INITIALS:
        if not plain.startswith(initial):
            continue
        rest = plain[len(initial):]
        if not rest and initial == "gi":  # "gì"
            return True
        match = _RIME.match(rest)
        if not match:
            continue
        nucleus, final = match.groups()
        if nucleus in _NUCLEI and not (final and nucleus in _OPEN_ONLY) and not (not final and nucleus in _CLOSED_ONLY):
            return True
    return False


# ---------------------------------------------------------------- conversion

_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")
# Letters that only Unicode text has: no legacy paste can contain them.
_UNICODE_ONLY = re.compile("[\u0100-\u024f\u1ea0-\u1ef9]")
_MIXED_CASE = re.compile(r"[^\W\d_](?<=[a-zß-ÿ])[A-ZÀ-Þ]")


def _tcvn3(word: str) -> str:
    converted = "".join(TCVN3.get(char, char) for char in word)
    ascii_letters = [char for char in word if char.isascii() and char.isalpha()]
    if ascii_letters and all(char.isupper() for char in ascii_letters):
        converted = converted.upper()  # typed in a ".VnTimeH" capital font
    return converted


def _vni(word: str) -> str:
    return _VNI_PATTERN.sub(lambda match: VNI[match.group(0)], word)


CONVERTERS = {"TCVN3": _tcvn3, "VNI": _vni}


def _valid(text: str) -> bool:
    words = _LETTERS.findall(text)
    return bool(words) and all(is_vietnamese_syllable(word) for word in words)


def _reads_as_unicode(word: str) -> bool:
    # A capital after a small letter ("xuÊt") is a legacy code, never a Vietnamese spelling.
    return _valid(word) and not _MIXED_CASE.search(word)


def convert_line(line: str) -> tuple[str, str | None]:
    """The line with its legacy words in Unicode, and the name of the table used (None: nothing changed).

    Words that already hold Unicode-only letters are left alone; in a line that has
    some, so are Latin-1 words that already read as Vietnamese ("là", "cá").
    """
    has_unicode = bool(_UNICODE_ONLY.search(line))
    words = [match for match in _WORD.finditer(line) if not _UNICODE_ONLY.search(match.group(0))]
    candidates = []
    for name, convert in CONVERTERS.items():
        valid = changed = 0
        pieces, end = [], 0
        for match in words:
            word, converted = match.group(0), convert(match.group(0))
            if converted == word or (has_unicode and _reads_as_unicode(word)):
                continue
            changed += 1
            valid += _valid(converted)
            pieces += [line[end:match.start()], converted]
            end = match.end()
        if valid:
            # More words that read as Vietnamese wins; on a tie, fewer changes, then TCVN3 (the commoner).
            candidates.append((valid, -changed, "".join([*pieces, line[end:]]), name))
    if not candidates:
        return line, None
    best = max(candidates, key=lambda candidate: candidate[:2])
    return best[2], best[3]
