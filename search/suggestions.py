"""
Help when nothing matched: a spelling from what the user may find.

A misspelt word is put right to a word of a title or topic the user may
open, never of anything else: a word of a members-only title is news. The
word offered is the closest by difflib's ratio, at least CUTOFF.

- On PostgreSQL, the words of every title and topic are kept in a table
  (SpellingWord), and pg_trgm reads the NEAREST to a misspelt word from a
  GiST trigram index, nearest first; the closest of those is offered once
  the user is found to see a title or topic holding it (a GIN trigram index
  on titles answers). The cost is a few index reads, whatever the size of
  the library, and nothing is rebuilt after an edit.
- On SQLite, which has no trigram index, the words of every title the user
  may open are read once per content generation and kept (content cache):
  0.1 s at 10,000 resources and 0.9 s at 100,000, paid by the first search
  that misses after each change.
"""

import difflib

from django.contrib.postgres.search import TrigramDistance
from django.db import connection
from django.db.models import Exists, OuterRef

from taggit.models import Tag

from core.content_cache import cached
from core.members import audience
from resources.library import LibraryScope
from resources.models import ResourceTag

from .engine import SCOPES
from .models import SpellingWord, spelling_words

# How close a word must be to be offered (difflib's ratio).
CUTOFF = 0.75
# How many known words nearest a misspelt one are read, and of the closest of
# those, how many at most are asked whether the user may see them.
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
    closest = _closest_known if connection.vendor == "postgresql" else _closest_kept
    corrected = [
        word if len(word) < 3 else closest(word, scope, library) for word in words
    ]
    suggestion = " ".join(corrected)
    return suggestion if suggestion != " ".join(words) else None


def _closest_known(word, scope, library):
    """
    PostgreSQL: of the NEAREST known words to `word` (pg_trgm's similarity),
    the closest the user may see (`word` itself if they may), else `word`.
    """
    nearest = (
        SpellingWord.objects.annotate(distance=TrigramDistance("word", word))
        .order_by("distance")
        .values_list("word", flat=True)[:NEAREST]
    )
    for known in difflib.get_close_matches(word, nearest, n=ASKED, cutoff=CUTOFF):
        if _seen(known, scope, library):
            return known
    return word


def _seen(word, scope, library):
    """Whether a title in `scope`, or a topic, the user may open holds `word`."""
    # A known word is letters and digits only: nothing in it to escape.
    whole_word = rf"\m{word}\M"
    if scope.openable_by_page.filter(title__iregex=whole_word).exists():
        return True
    return (
        Tag.objects.filter(name__iregex=whole_word)
        .filter(Exists(library.openable.filter(tagged_items__tag_id=OuterRef("pk"))))
        .exists()
    )


def _closest_kept(word, scope, library):
    """SQLite: `word` if the user may see it, else the closest such word, else it."""
    vocabulary = _vocabulary(scope)
    if word in vocabulary:
        return word
    close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=CUTOFF)
    return close[0] if close else word


def _vocabulary(scope):
    """
    The words of the titles and topics `scope`'s user may see: the same for
    every member and for everyone else, so built once for each per content
    generation.
    """
    return cached(
        f"spelling-vocabulary:{scope.name}:{audience(scope.member)}",
        lambda: _words_of(scope),
    )


def _words_of(scope):
    vocabulary = set()
    for title in scope.openable.values_list("title", flat=True).iterator():
        vocabulary.update(spelling_words(title))
    # Topics of the resources this user may open, never of hidden ones.
    topics = ResourceTag.objects.filter(
        content_object_id__in=LibraryScope(scope.user).openable.values("pk")
    )
    for name in Tag.objects.filter(pk__in=topics.values("tag_id")).values_list(
        "name", flat=True
    ):
        vocabulary.update(spelling_words(name))
    return sorted(vocabulary)
