"""
Synonyms widen a query before it reaches the search backend, so they work the
same on the database backend and on Elasticsearch: a search for "NEET" is run
as `"NEET" OR "not in education employment or training"`.
"""

import re

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from modelsearch.query import Or, PlainText

from .models import Synonym

CACHE_KEY = "lla-search-synonyms"
MAX_ALTERNATIVES = 12


def synonym_groups():
    """Every group of equivalent terms, casefolded; cached until one changes."""
    groups = cache.get(CACHE_KEY)
    if groups is None:
        groups = [
            [term.casefold() for term in synonym.term_list]
            for synonym in Synonym.objects.all()
        ]
        cache.set(CACHE_KEY, groups, None)
    return groups


@receiver([post_save, post_delete], sender=Synonym, dispatch_uid="lla-synonyms")
def forget_synonyms(**kwargs):
    cache.delete(CACHE_KEY)


def _pattern(term):
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)")


def alternatives(query):
    """
    The query as typed, then each way of saying it with synonyms swapped in:
    "send cpd" -> ["send cpd", "special educational needs cpd", ...], at most
    MAX_ALTERNATIVES of them.

    Each synonym found multiplies the ways of saying the query, so they are
    made only until there are enough: making them all and keeping the first
    few took 0.75 s for a query with a term from each of the ten shipped
    groups (a hundred thousand substitutions, where a hundred will do).
    """
    found = {query.casefold(): None}  # an ordered set
    for group in synonym_groups():
        for text in list(found):
            if len(found) >= MAX_ALTERNATIVES:
                return list(found)
            for term in group:
                pattern = _pattern(term)
                if pattern.search(text):
                    for other in group:
                        if other != term and len(found) < MAX_ALTERNATIVES:
                            found.setdefault(pattern.sub(other, text))
                    break
    return list(found)


def search_terms(query):
    """The distinct words a search for `query` looks for, synonyms' included."""
    return {word for text in alternatives(query) for word in text.split()}


def expand(query):
    """A search query object for `query` and its synonyms."""
    texts = alternatives(query)
    if len(texts) == 1:
        return PlainText(query)
    return Or([PlainText(text) for text in texts])
