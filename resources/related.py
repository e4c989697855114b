"""Resources related to one resource: those sharing its topics and networks."""

from collections import defaultdict
from datetime import date

from core.content_cache import cached
from core.members import audience

from .library import LibraryScope
from .models import ResourcePage, ResourceTag

# Ids per query when a score band is large: below SQLite's oldest limit on
# query parameters (999), whatever the size of the library.
CHUNK = 900


def _scores(resource, tag_ids, network_ids, scope):
    """
    {resource id: (shared topics, shared networks)} from the two link tables.
    A resource's topics are part of its content: only those of resources the
    user may open count, so a members-only resource listed to a visitor by
    its title is never ranked by topics they may not see.
    """
    topics = defaultdict(int)
    networks = defaultdict(int)
    tag_links = ResourceTag.objects.filter(tag_id__in=tag_ids)
    if not scope.member:
        tag_links = tag_links.filter(content_object__members_only=False)
    for pk in tag_links.values_list("content_object_id", flat=True):
        topics[pk] += 1
    for pk in ResourcePage.networks.through.objects.filter(
        networkpage_id__in=network_ids
    ).values_list("resourcepage_id", flat=True):
        networks[pk] += 1
    scores = {pk: (topics[pk], networks[pk]) for pk in topics.keys() | networks.keys()}
    scores.pop(resource.pk, None)
    return scores


def _newest_first(row):
    """Newest first, undated last, then by title (the same on every database)."""
    _pk, published, title = row
    return (published is None, -(published or date.min).toordinal(), title)


def _related_ids(resource, scope, limit):
    """
    The ids of up to `limit` resources in `scope` that share a topic or a
    network with `resource`: most shared topics first, then most shared
    networks, then newest.

    The scores come from the tag and network link tables alone (two narrow
    queries), and only the best-scoring band is checked against what
    `scope` may find, so the cost follows the number of links, not the size of the
    pages joined to them. A GROUP BY across pages cost 300 ms at 10,000
    resources; this costs about 3 ms.
    """
    tag_ids = [tag.pk for tag in resource.tags.all()]
    network_ids = list(resource.networks.values_list("pk", flat=True))
    if not tag_ids and not network_ids:
        return []
    bands = defaultdict(list)
    for pk, score in _scores(resource, tag_ids, network_ids, scope).items():
        bands[score].append(pk)

    visible = scope.visible.order_by()
    chosen = []
    for score in sorted(bands, reverse=True):
        ids = bands[score]
        rows = []
        for start in range(0, len(ids), CHUNK):
            rows += visible.filter(pk__in=ids[start : start + CHUNK]).values_list(
                "pk", "published_date", "title"
            )
        rows.sort(key=_newest_first)
        chosen += [pk for pk, _published, _title in rows[: limit - len(chosen)]]
        if len(chosen) >= limit:
            break
    return chosen


def related_resources(resource, user, limit=4, preview=False):
    """
    The related resources `user` may find (see _related_ids), worked out once
    per content generation for members and once for everyone else. A preview
    shows unsaved topics and networks, so it is worked out afresh.
    """
    scope = LibraryScope(user)
    if preview or resource.pk is None:
        ids = _related_ids(resource, scope, limit)
    else:
        ids = cached(
            f"related:{resource.pk}:{audience(scope.member)}:{limit}",
            lambda: _related_ids(resource, scope, limit),
        )
    if not ids:
        return []
    pages = ResourcePage.objects.for_listing(ids)
    return [pages[pk] for pk in ids if pk in pages]
