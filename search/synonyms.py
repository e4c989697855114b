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
    "send cpd" -> ["send cpd", "special educational needs cpd", ...].
    """
    found = [query.casefold()]
    for group in synonym_groups():
        for text in list(found):
            for term in group:
                pattern = _pattern(term)
                if pattern.search(text):
                    found.extend(
                        pattern.sub(other, text) for other in group if other != term
                    )
                    break
    unique = list(dict.fromkeys(found))
    return unique[:MAX_ALTERNATIVES]


def expand(query):
    """A search query object for `query` and its synonyms."""
    texts = alternatives(query)
    if len(texts) == 1:
        return PlainText(query)
    return Or([PlainText(text) for text in texts])
