"""Resources related to one resource: those sharing its topics and networks."""

from django.db.models import Count, Q

from .service import LibraryScope


def related_resources(resource, user, limit=4):
    """
    Up to `limit` resources `user` may find that share a topic or a network
    with `resource`: most shared topics first, then most shared networks,
    then newest. One query, whatever the size of the library.
    """
    tag_ids = [tag.pk for tag in resource.tags.all()]
    network_ids = list(resource.networks.values_list("pk", flat=True))
    if not tag_ids and not network_ids:
        return []
    return list(
        LibraryScope(user)
        .visible.exclude(pk=resource.pk)
        .annotate(
            shared_topics=Count(
                "tagged_items",
                filter=Q(tagged_items__tag_id__in=tag_ids),
                distinct=True,
            ),
            shared_networks=Count(
                "networks", filter=Q(networks__in=network_ids), distinct=True
            ),
        )
        .filter(Q(shared_topics__gt=0) | Q(shared_networks__gt=0))
        .order_by("-shared_topics", "-shared_networks", "-published_date", "title")
        .select_related("resource_type")[:limit]
    )
