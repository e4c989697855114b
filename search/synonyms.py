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
# Words nearly every page holds: holding them is no sign a page is about a
# search, so a search for pages that hold most of its words leaves them out.
LITTLE_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a about an and are as at be by can do for from how i in into is it its my "
        "of on or our that the their them they this to was we what when where "
        "which who why with you your",
    )
)
# Between the words of a term: a space, a hyphen or nothing.
SEPARATOR = r"[\s-]?"


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


def term_pattern(term):
    """
    The term as a whole word or words, a hyphen and a space being the same
    (or left out): "anti racism" and "antiracism" are "anti-racism".
    """
    parts = [re.escape(part) for part in re.split(r"[\s-]+", term) if part]
    return re.compile(rf"(?<!\w){SEPARATOR.join(parts)}(?!\w)")


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
                pattern = term_pattern(term)
                if pattern.search(text):
                    for other in group:
                        if other != term and len(found) < MAX_ALTERNATIVES:
                            found.setdefault(pattern.sub(other, text))
                    break
    return list(found)


def search_terms(query):
    """The distinct words a search for `query` looks for, synonyms' included."""
    return {word for text in alternatives(query) for word in text.split()}


def wordings(query):
    """
    The ways of saying `query` (alternatives) to test a title for holding
    all the words of one: none whose words include all of another's, which a
    title holds only if it holds that other's. "careers apprenticeships"
    widens to "careers education information advice and guidance
    apprenticeships" too, and testing each title for it only added to the
    cost of ordering that search's results.

    The full-text match keeps every alternative (expand): they find no more
    pages, but their words weigh in the pages' scores.
    """
    texts = alternatives(query)
    words = [frozenset(text.split()) for text in texts]
    return [
        text
        for i, text in enumerate(texts)
        if not any(
            other < words[i] or (other == words[i] and j < i)
            for j, other in enumerate(words)
        )
    ]


def expand(query, operator="and"):
    """
    A search query object for `query` and its synonyms: each way of saying it
    with all its words ("and"), or with any of them ("or").
    """
    texts = alternatives(query)
    if len(texts) == 1:
        return PlainText(query, operator=operator)
    return Or([PlainText(text, operator=operator) for text in texts])


def clauses(query):
    """
    What a page may hold of a query, each counted once: every synonym's term
    in it (a page holding any term of the group holds it), and every other
    word but the little ones. "NEET forum for heads" -> ["neet", "forum",
    "heads"].
    """
    text = query.casefold()
    found = []
    # Terms of more than one word, longest first: "special educational
    # needs" is one clause, not three words, and "anti racism" is one.
    terms = sorted(
        {
            term
            for group in synonym_groups()
            for term in group
            if len(re.split(r"[\s-]+", term)) > 1
        },
        key=len,
        reverse=True,
    )
    for term in terms:
        pattern = term_pattern(term)
        if pattern.search(text):
            found.append(term)
            text = pattern.sub(" ", text)
    words = [
        word
        for word in text.split()
        if word not in LITTLE_WORDS and re.search(r"\w", word)
    ]
    return list(dict.fromkeys([*found, *words]))
