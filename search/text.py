"""Vietnamese text for search: folding diacritics, cleaning queries, marking snippets.

Every backend matches on the *folded* form ("Đào tạo" → "dao tao"), so a query with or
without diacritics finds the same documents; the exact (accented) form only changes the
order of the results (see ``query.py``).
"""

import functools
import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Longest query we act on; anything longer is cut, never rejected with an error.
MAX_QUERY_CHARS = 200
MAX_TERMS = 12
_WORD = re.compile(r"\w+", re.UNICODE)
# đ/Đ are letters of their own in Unicode, not d with a combining mark, so NFD alone
# leaves them alone.
_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})


@functools.lru_cache(maxsize=4096)  # a few hundred distinct letters in real text
def fold_char(char: str) -> str:
    """One character without its diacritics; always one character long, so that
    positions in the folded text are positions in the original."""
    decomposed = unicodedata.normalize("NFD", char.translate(_EXTRA))
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base if len(base) == 1 else char


def fold(text: str) -> str:
    """``text`` without Vietnamese (and other Latin) diacritics: "Đào tạo" → "Dao tao"."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text
    return "".join(fold_char(c) for c in text)


def clean_query(raw) -> str:
    """The words of a user's query, without operators or punctuation.

    Quotes, ``AND``/``OR`` syntax of Lucene, SQL fragments and control characters are
    reduced to plain words, so no backend ever sees query syntax it could choke on.
    """
    if not raw:
        return ""
    text = unicodedata.normalize("NFC", str(raw)[: MAX_QUERY_CHARS * 5])
    words = _WORD.findall(text.replace("_", " "))
    out, length = [], 0
    for word in words[:MAX_TERMS]:
        if length + len(word) > MAX_QUERY_CHARS:
            break
        out.append(word)
        length += len(word) + 1
    return " ".join(out)


def terms(query: str) -> list[str]:
    """The lower-cased words of a cleaned query."""
    return [w.lower() for w in _WORD.findall(query)]


def has_diacritics(query: str) -> bool:
    return fold(query) != query


def exact_score(query_terms: list[str], text: str) -> int:
    """How many of the query's accented words occur, accents and all, in ``text``."""
    if not text:
        return 0
    words = set(terms(unicodedata.normalize("NFC", text)))
    return sum(1 for t in query_terms if fold(t) != t and t in words)


def _fold_lower(text: str) -> str:
    """Folded and lower-cased, one character for one, so that spans carry over."""
    return "".join(low if len(low := c.lower()) == 1 else c for c in fold(text))


def _match_spans(text: str, query_terms: list[str]):
    """Spans of the words of ``text`` that equal a query term once both are folded."""
    text = unicodedata.normalize("NFC", text)
    folded = _fold_lower(text)
    wanted = {fold(t) for t in query_terms if t}
    spans = []
    for match in _WORD.finditer(folded):
        word = match.group()
        if word in wanted:
            spans.append(match.span())
    return spans


def snippet(text: str, query_terms: list[str], length: int = 220) -> str:
    """A safe HTML extract of ``text`` around the first match, with matches in <mark>.

    The text is escaped piece by piece and only then wrapped, so nothing from the
    document can inject markup.
    """
    text = " ".join((text or "").split())
    if not text:
        return ""
    spans = _match_spans(text, query_terms)
    start = 0
    if spans:
        first = spans[0][0]
        start = max(0, first - length // 3)
        # Start on a word boundary.
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    parts = ["…" if start else ""]
    cursor = start
    for s, e in spans:
        if s < start or e > end:
            continue
        parts.append(escape(text[cursor:s]))
        parts.append(f"<mark>{escape(text[s:e])}</mark>")
        cursor = e
    parts.append(escape(text[cursor:end]))
    if end < len(text):
        parts.append("…")
    return mark_safe("".join(parts))  # noqa: S308 - every piece was escaped above


def highlight(text: str, query_terms: list[str]) -> str:
    """All of ``text`` (a title), escaped, with the matching words in <mark>."""
    text = text or ""
    out, cursor = [], 0
    for s, e in _match_spans(text, query_terms):
        out.append(escape(text[cursor:s]))
        out.append(f"<mark>{escape(text[s:e])}</mark>")
        cursor = e
    out.append(escape(text[cursor:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece was escaped above
