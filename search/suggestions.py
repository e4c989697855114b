"""Help when nothing matched: a spelling from what the user may find."""

import difflib
import re

from taggit.models import Tag

from resources.library import LibraryScope
from resources.models import ResourceTag

from .engine import SCOPES


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
    vocabulary = set()
    for title in scope.openable.values_list("title", flat=True).iterator():
        vocabulary.update(re.findall(r"\w{3,}", title.casefold()))
    # Topics of the resources this user may open, never of hidden ones.
    topics = ResourceTag.objects.filter(
        content_object_id__in=LibraryScope(user).openable.values("pk")
    )
    for name in Tag.objects.filter(pk__in=topics.values("tag_id")).values_list(
        "name", flat=True
    ):
        vocabulary.update(re.findall(r"\w{3,}", name.casefold()))
    corrected = []
    for word in words:
        if word in vocabulary or len(word) < 3:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        corrected.append(close[0] if close else word)
    suggestion = " ".join(corrected)
    return suggestion if suggestion != " ".join(words) else None
