"""
Help when nothing matched: a spelling from what the user may find.

A misspelt word is put right to a word of a title or topic the user may
open, never of anything else: a word of a members-only title is news. The
word offered is the closest by difflib's ratio, at least CUTOFF.

Every word of every page's title and every topic's name is kept in a table
(SpellingWord, added to as pages and topics are saved, never taken from). For
each misspelt word, the known words that may be close are read: on
PostgreSQL the NEAREST by pg_trgm's similarity, from a GiST trigram index;
on SQLite, every known word of a length difflib could find close enough.
The closest of those is offered once a title or topic the user may open is
found holding it: so a word that only a members-only page, a draft or a
deleted page held is never offered to anyone who may not see it. The cost
follows the number of distinct words, not of pages, and nothing is rebuilt
after an edit (reading every title the user may open, as this once did,
took 0.5 to 0.9 s at 100,000 resources after each edit).
"""

import difflib
import math

from django.contrib.postgres.search import TrigramDistance
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length

from taggit.models import Tag

from resources.library import LibraryScope

from .engine import SCOPES
from .models import SpellingWord

# How close a word must be to be offered (difflib's ratio).
CUTOFF = 0.75
# PostgreSQL: how many known words nearest a misspelt one are read. Of the
# closest, at most ASKED are asked whether the user may see them.
NEAREST = 20
ASKED = 5


def suggest(query, scope, user):
    """
    A spelling suggestion for a query that found nothing, from the words in
    the titles (of `scope`, LIBRARY or SITE) and topics this user can see;
    None if there is nothing better.
    """
    words = query.casefold().split()
    if not words:
        return None
    scope = SCOPES[scope](user)
    # Topics are the library's: those of the resources this user may open.
    library = scope if isinstance(scope, LibraryScope) else LibraryScope(user)
    corrected = [
        word if len(word) < 3 else _closest(word, scope, library) for word in words
    ]
    suggestion = " ".join(corrected)
    return suggestion if suggestion != " ".join(words) else None


def _closest(word, scope, library):
    """
    Of the known words near `word`, the closest the user may see (`word`
    itself if they may), else `word`.
    """
    for known in difflib.get_close_matches(word, _near(word), n=ASKED, cutoff=CUTOFF):
        if _seen(known, scope, library):
            return known
    return word


def _near(word):
    """Known words that may be close enough to `word` to offer."""
    known = SpellingWord.objects.all()
    if connection.vendor == "postgresql":
        known = known.annotate(distance=TrigramDistance("word", word)).order_by(
            "distance"
        )[:NEAREST]
    else:
        # difflib's ratio, 2 × matches ÷ both lengths, reaches CUTOFF only
        # for lengths within these bounds.
        size = len(word)
        shortest = math.ceil(size * CUTOFF / (2 - CUTOFF))
        longest = math.floor(size * (2 - CUTOFF) / CUTOFF)
        known = known.alias(size=Length("word")).filter(size__range=(shortest, longest))
    return list(known.values_list("word", flat=True))


def _seen(word, scope, library):
    """Whether a title in `scope`, or a topic, the user may open holds `word`."""
    if scope.openable_by_page.filter(_holding("title", word)).exists():
        return True
    return (
        Tag.objects.filter(_holding("name", word))
        .filter(Exists(library.openable.filter(tagged_items__tag_id=OuterRef("pk"))))
        .exists()
    )


def _holding(field, word):
    """
    A condition: `field` holds `word` as a whole word, case aside. A known
    word is letters and digits only: nothing in it to escape.
    """
    if connection.vendor == "postgresql":
        # A GIN trigram index on titles answers (\m, \M: a word's edges).
        return Q(**{f"{field}__iregex": rf"\m{word}\M"})
    # SQLite: LIKE, in C, before Python's regular expression.
    return Q(**{f"{field}__icontains": word, f"{field}__iregex": rf"\b{word}\b"})
