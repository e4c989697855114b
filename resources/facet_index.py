"""
The library as bitsets, for browsing by filters at a cost that does not grow
with the library: what a search server keeps, kept here for the database
backends.

Counting a facet in SQL reads every resource within the other filters: at
100,000 resources, browsing by a network and a topic spent 56 ms of its 95 in
the four facets' counts. Here each resource is a bit (its place in the
library, newest first), and each facet value, and what each audience may find
and open, a Python int with the bits of its resources set. A facet's counts
are then an AND and a bit count per value (0.3 ms for every value at 100,000),
and a page of results the set bits of one int.

The index is built from the same querysets the SQL path uses (LibraryScope's
`visible` and `openable`, each facet's `seen`), once per content generation
(core/content_cache.py), off the request: the first browse after an edit
queues the build on the worker's database queue, once its response has
gone, and is answered by SQL, as is every browse until the index is there
(and always while the shared cache is away, or the content cache is off).
So a stale index is never used, and an edit costs the worker one build
(about a second at 100,000 resources), not a browser a slow request.

A search for words uses it too, once the database has matched its words
(search/hits.py): the pages it matched, at most a few thousand, become a
bitset, and its facets and total are counted within them; and with filters
chosen, past the match limit, it looks for its newest matches among the ids
within the filters when they are few.
"""

import logging
import pickle
import sys
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from django_tasks import task

from core.bookkeeping import after_response
from core.content_cache import caching_generation, content_key, generation

from .models import NEWEST_FIRST

logger = logging.getLogger(__name__)

# (token, index) of the latest index this process read: one assignment, so
# a thread never sees one build's token with another's index.
_memo = (None, None)


@dataclass
class Audience:
    """What one audience (members, or anyone else) may find, as bitsets."""

    visible: int
    openable: int
    # {facet name: the resources whose values of that facet they see}.
    seen: dict


@dataclass
class LibraryIndex:
    # The resources' ids, newest first: bit i is ids[i].
    ids: list
    # {facet name: {key: bitset}}.
    values: dict
    # {member (bool): Audience}.
    audiences: dict

    def browse(self, member, chosen, found=None):
        """
        The library within `chosen` ({facet name: keys}) for an audience, as
        the engine's SQL would count it (core/search.py): each facet counted
        within the other facets' choices, a topic only where its user sees
        topics. `found`, for a search for words, is the bitset of the pages
        it matched (`bits()`): then only they are counted. Returns a Browse.
        """
        audience = self.audiences[member]
        base = audience.visible if found is None else audience.visible & found
        narrowed = self._narrowed(audience, chosen)
        counts = {}
        for name, by_key in self.values.items():
            within = base & audience.seen.get(name, audience.visible)
            for other, holding in narrowed.items():
                if other != name:
                    within &= holding
            counts[name] = {}
            for key, bits in by_key.items():
                if n := (within & bits).bit_count():
                    counts[name][key] = n
        results = _all(base, narrowed)
        # What the user may open first (core.search.Scope.openable_first),
        # then what they may only see the title of.
        opened = results & audience.openable
        return Browse(self, counts, [opened, results & ~opened])

    def within(self, member, chosen):
        """
        The ids of the resources an audience may find within `chosen`, for a
        search for words to look for its matches among (search/hits.py).
        """
        audience = self.audiences[member]
        results = _all(audience.visible, self._narrowed(audience, chosen))
        return [self.ids[i] for i in _positions(results, 0, None)]

    def bits(self, ids):
        """The bitset of the resources with these ids (others are left out)."""
        return _bitset(self._place(), len(self.ids), ids)

    def _narrowed(self, audience, chosen):
        """{facet name: the resources holding any of its chosen keys}."""
        narrowed = {}
        for name, keys in chosen.items():
            holding = 0
            for key in keys:
                holding |= self.values.get(name, {}).get(key, 0)
            narrowed[name] = holding & audience.seen.get(name, audience.visible)
        return narrowed

    def _place(self):
        """{id: bit}, made once per process (it is not kept in the cache)."""
        place = self.__dict__.get("_place_of")
        if place is None:
            place = self.__dict__["_place_of"] = _places(self.ids)
        return place

    def __getstate__(self):
        # Each process that reads the index makes the ids' places again.
        return {k: v for k, v in self.__dict__.items() if k != "_place_of"}

    def to_bytes(self):
        return pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL)


def _all(base, narrowed):
    """`base` within every facet's choice ({facet name: bitset})."""
    for holding in narrowed.values():
        base &= holding
    return base


def _places(ids):
    """{id: bit} for the ids, newest first."""
    return {pk: i for i, pk in enumerate(ids)}


def _mark(held, place, pk):
    """Sets `pk`'s bit in `held` (a bytearray), for a resource the library shows."""
    i = place.get(pk)
    if i is not None:
        held[i >> 3] |= 1 << (i & 7)


def _bitset(place, count, pks):
    """The bitset, over `count` resources, of those of `pks` in `place`."""
    held = bytearray((count + 7) // 8)
    for pk in pks:
        _mark(held, place, pk)
    return int.from_bytes(held, "little")


class Browse:
    """
    The results of a browse, newest first: a sequence for Django's Paginator,
    which asks its count() and then one slice.
    """

    def __init__(self, index, counts, parts):
        self.index = index
        self.counts = counts
        self.parts = parts

    def count(self):
        return sum(part.bit_count() for part in self.parts)

    def __len__(self):
        return self.count()

    def __getitem__(self, bounds):
        if not isinstance(bounds, slice):
            raise TypeError("Browse results are read a page at a time")
        start, stop = bounds.start or 0, bounds.stop
        ids = []
        for part in self.parts:
            size = part.bit_count()
            if start >= size:
                start -= size
                if stop is not None:
                    stop -= size
                continue
            take = None if stop is None else stop - start
            found = _positions(part, start, take)
            ids.extend(self.index.ids[i] for i in found)
            start = 0
            if stop is not None:
                stop -= size
                if stop <= 0:
                    break
        return ids


def _positions(bits, skip, take):
    """
    Where the set bits of `bits` are, lowest first: `take` of them (all, if
    None) after the first `skip`, read 64 at a time.
    """
    found = []
    if bits <= 0 or take == 0:
        return found
    data = bits.to_bytes((bits.bit_length() + 63) // 64 * 8, sys.byteorder)
    base = 0
    for word in memoryview(data).cast("Q"):
        if word:
            n = word.bit_count()
            if skip >= n:
                skip -= n
            else:
                while word:
                    low = word & -word
                    if skip:
                        skip -= 1
                    else:
                        found.append(base + low.bit_length() - 1)
                        if take is not None and len(found) == take:
                            return found
                    word ^= low
        base += 64
    return found


# Building ----------------------------------------------------------------------


def build():
    """The index of the library as it is now."""
    from .library import LibraryScope  # which offers this index to the engine

    members = LibraryScope.for_audience(member=True)
    ids = list(members.visible.order_by(*NEWEST_FIRST).values_list("pk", flat=True))
    place = _places(ids)
    size = (len(ids) + 7) // 8

    def bits(pks):
        return _bitset(place, len(ids), pks)

    def pks(queryset):
        return queryset.values_list("pk", flat=True).iterator(chunk_size=20_000)

    audiences = {}
    for member in (False, True):
        scope = LibraryScope.for_audience(member=member)
        visible = bits(pks(scope.visible))
        seen = {}
        for facet in scope.facets():
            shown = facet.seen(scope.visible)
            seen[facet.name] = visible if shown is scope.visible else bits(pks(shown))
        audiences[member] = Audience(
            visible=visible, openable=bits(pks(scope.openable)), seen=seen
        )

    values = {}
    for facet in members.facets():
        grouped = {}
        for pk, key in facet.pairs().iterator(chunk_size=20_000):
            held = grouped.get(key)
            if held is None:
                held = grouped[key] = bytearray(size)
            _mark(held, place, pk)
        values[facet.name] = {
            key: int.from_bytes(held, "little") for key, held in grouped.items()
        }
    return LibraryIndex(ids=ids, values=values, audiences=audiences)


# Part of every key: a release that changes the index's shape never reads
# one an earlier release built.
FORMAT = 1


def _token_key(number):
    return content_key(number, f"library-index:{FORMAT}")


def _queued_key(number):
    return content_key(number, f"library-index-queued:{FORMAT}")


# The latest build only, whatever its generation: an index of 100,000
# resources is about 2 MB, and an editor's day of edits would otherwise keep
# one for each.
DATA_KEY = f"library-index:{FORMAT}"


@task(backend="email")
def build_index(number):
    """
    Builds the index for content generation `number` and keeps it in the
    shared cache, unless the content has moved on since it was asked for (a
    newer browse asks for its own).
    """
    if generation() != number:
        return
    index = build()
    token = uuid.uuid4().hex
    timeout = settings.CONTENT_CACHE_SECONDS
    cache.set(DATA_KEY, (token, index.to_bytes()), timeout)
    cache.set(_token_key(number), token, timeout)


def _queue_build(number):
    """
    Queues the build for content generation `number`, once for all the
    browses that ask. Run after the response (core/bookkeeping.py): a
    database too busy to take the task slows no one, and the next browse
    asks again.
    """
    queued = _queued_key(number)
    try:
        if not cache.add(queued, 1, settings.CONTENT_CACHE_SECONDS):
            return
    except Exception:  # noqa: BLE001 (no shared cache: browsing stays in SQL)
        logger.warning("The library index was not queued: the cache is away")
        return
    try:
        build_index.enqueue(number)
    except BaseException:
        cache.delete(queued)
        raise


def current():
    """
    The index of the library as it is now, or None while it is being built
    (then the first caller for this content queues the build), or when the
    content cache is off or the shared cache away.
    """
    global _memo  # noqa: PLW0603 - this process's copy of the shared index
    number = caching_generation()
    if number is None:
        return None
    try:
        token = cache.get(_token_key(number))
        if token is None:
            after_response(_queue_build, number)
            return None
        memo_token, memo_index = _memo
        if memo_token == token:
            return memo_index
        latest = cache.get(DATA_KEY)
    except Exception:  # noqa: BLE001 (SQL answers while the cache is away)
        logger.warning("The library index is not at hand: browsing by SQL")
        return None
    if latest is None:
        # Evicted: the next browse queues the build again.
        cache.delete_many([_token_key(number), _queued_key(number)])
        return None
    if latest[0] != token:
        # Replaced by a build for newer content than this request's.
        return None
    try:
        index = pickle.loads(latest[1])  # noqa: S301 - build_index wrote it
    except Exception:  # noqa: BLE001 (a damaged entry: SQL answers)
        logger.exception("The library index could not be read: browsing by SQL")
        return None
    _memo = (token, index)
    return index
