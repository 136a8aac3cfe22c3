"""Text normalisation for theme finding: one canonical form per way of writing the same words.

Users write priorities in any language and with any keyboard. Before counting words and
characters we fold the variants that mean the same thing:

- NFKC and casefold (full-width Latin, ligatures, compatibility forms, case);
- Persian and Arabic: Arabic yeh/kaf to Persian yeh/keheh, hamza-carrying alefs to alef,
  no tatweel or short-vowel marks, Arabic-Indic digits to ASCII, and the zero-width
  non-joiner (می‌خواهم) read as a space, as many users type it;
- Chinese and Japanese: spaces between two of their characters dropped, so pre-segmented
  and unsegmented text look the same (these scripts, and Korean, get character n-grams).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# Han, kana, Hangul (syllables and jamo), CJK compatibility ideographs.
_CJK_RANGES = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK_RANGES}]")
# Chinese and Japanese run words together; a space between two of their characters is an
# artefact of segmentation. Korean separates words with spaces, so Hangul keeps them.
_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_GAP = re.compile(f"(?<=[{_HAN_KANA}])\\s+(?=[{_HAN_KANA}])")
_SPACES = re.compile(r"\s+")

CJK_LANGUAGES = frozenset({"ja", "zh", "ko"})
# Above this share of CJK letters a corpus is themed with character n-grams alone.
CJK_SHARE = 0.3

_PERSIAN_FOLD = str.maketrans(
    {
        "\u064a": "\u06cc",  # Arabic yeh → Persian yeh
        "\u0649": "\u06cc",  # alef maksura → Persian yeh
        "\u0643": "\u06a9",  # Arabic kaf → keheh
        "\u0623": "\u0627",  # alef with hamza above → alef
        "\u0625": "\u0627",  # alef with hamza below → alef
        "\u0671": "\u0627",  # alef wasla → alef
        "\u0629": "\u0647",  # teh marbuta → heh
        "\u0640": None,  # tatweel (stretching, no meaning)
        "\u200c": " ",  # zero-width non-joiner: read as a word break
        "\u200d": None,  # zero-width joiner
        "\u200f": None,  # right-to-left mark
        "\u200e": None,  # left-to-right mark
        "\ufeff": None,  # a stray byte-order mark
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    }
)
# Short vowels and other Arabic-script marks that users write only sometimes.
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")


def normalise(text: str) -> str:
    """The canonical form of one statement (for counting, never for display)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_PERSIAN_FOLD)
    text = _ARABIC_MARKS.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    return _CJK_GAP.sub("", text)


def cjk_share(texts: Sequence[str]) -> float:
    """The share of non-space characters that are Chinese, Japanese or Korean."""
    letters = sum(len(t) - t.count(" ") for t in texts)
    if not letters:
        return 0.0
    return sum(len(_CJK_CHAR.findall(t)) for t in texts) / letters


def uses_characters(texts: Sequence[str], lang: str = "auto") -> bool:
    """True when the statements need character n-grams (no usable word boundaries)."""
    code = lang.lower().split("-")[0].split("_")[0]
    if code != "auto":
        return code in CJK_LANGUAGES
    return cjk_share(texts) > CJK_SHARE


def is_cjk(text: str) -> bool:
    return bool(_CJK_CHAR.search(text))


# Word tokens: Unicode letters and digits (\w covers Persian, Indonesian, accented Latin).
WORD_PATTERN = r"(?u)\b\w+\b"
