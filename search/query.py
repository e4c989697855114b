"""
What is searched for: the words typed, cleaned and capped. Their synonyms
are search/synonyms.py's.
"""

import re

from .synonyms import search_terms

MAX_QUERY_LENGTH = 200
# The most distinct words one search looks for, its synonyms' included. Real
# queries look for at most 19 (tests/search/test_query_cost.py: every title
# in the library, every synonym, long questions); each word more is slower.
MAX_TERMS = 32


def clean_query(text):
    """
    The words to search for: control and query-syntax characters become
    spaces (a stray quote is an SQLite FTS syntax error), whitespace is
    collapsed, and the length is capped. So is the number of words looked
    for, synonyms' included (MAX_TERMS): each synonym is another way of
    saying the whole query, and a 200-character query of synonyms took 0.6
    to 1.2 s. Returns (query, notices).
    """
    notices = []
    text = re.sub(r"[^\w\s'’-]", " ", text or "")
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0]
        notices.append(
            f"Your search was long, so only its first {MAX_QUERY_LENGTH} "
            "characters were used."
        )
    text, left_out = _within_terms(text)
    if left_out:
        notices.append(
            "Your search had too many words to look for at once, so these "
            f"were left out: “{' '.join(left_out)}”."
        )
    return text, notices


def _within_terms(text):
    """
    (the start of `text`, in whole words, that looks for at most MAX_TERMS
    words with its synonyms; the words left out). The start is found by
    halving; the first word is always kept.
    """
    if len(search_terms(text)) <= MAX_TERMS:
        return text, []
    words = text.split()
    fits, too_many = 1, len(words)
    while too_many - fits > 1:
        middle = (fits + too_many) // 2
        if len(search_terms(" ".join(words[:middle]))) <= MAX_TERMS:
            fits = middle
        else:
            too_many = middle
    return " ".join(words[:fits]), words[fits:]
