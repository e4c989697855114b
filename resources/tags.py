"""
Tidying the topics (tags) editors give resources: merging near-duplicates.

A tag is shared: resources use it as a topic, and Wagtail's images and
documents as one of their own tags (taggit's generic `TaggedItem`). A merge
moves every use, so deleting the merged tags takes nothing away from anyone.
"""

from collections import defaultdict

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from modelsearch import index
from taggit.models import Tag, TaggedItem
from wagtail.models import Revision

from .models import ResourcePage, ResourceTag


def find_tag(name):
    """The tag called `name`, whatever its case (TAGGIT_CASE_INSENSITIVE), or None."""
    name = name.strip()
    tags = Tag.objects.filter(name__iexact=name)
    return tags.filter(name=name).first() or tags.order_by("pk").first()


@transaction.atomic
def merge_tags(sources, target):
    """
    Merge the `sources` tags into `target` (a tag, or a name: an existing tag
    of that name whatever its case, else a new one) and delete the sources.

    Whatever had a source tag has the target instead, once: a resource that
    had both keeps one. Resources, images and documents that changed are
    reindexed, so a search for the target's name finds them at once. Revisions
    of resources name their tags by id, so every revision naming a source (a
    draft, or one an editor may compare or revert to) is rewritten to name the
    target. Returns the number of resources that changed.
    """
    if isinstance(target, str):
        target = find_tag(target) or Tag.objects.create(name=target.strip())
    source_ids = {tag.pk for tag in sources}
    if target.pk in source_ids:
        raise ValueError(f"Cannot merge the tag {target.name!r} into itself.")

    resource_ids = _move(
        ResourceTag.objects.all(), ["content_object_id"], source_ids, target
    )
    other_items = _move(
        TaggedItem.objects.all(), ["content_type_id", "object_id"], source_ids, target
    )
    _retag_revisions(source_ids, target.pk)
    Tag.objects.filter(pk__in=source_ids).delete()

    for resource in ResourcePage.objects.filter(pk__in=resource_ids).specific():
        index.insert_or_update_object(resource)
    _reindex(other_items)
    return len(resource_ids)


def _move(items, key_fields, source_ids, target):
    """
    Give the target tag to everything one of `items` (a through model's rows)
    gives a source tag, unless it has it already, and remove the sources' rows.
    Returns the keys (values of `key_fields`) of everything that had a source.
    """
    model = items.model
    from_sources = items.filter(tag__in=source_ids)
    keys = set(from_sources.values_list(*key_fields))
    tagged = set(items.filter(tag=target).values_list(*key_fields))
    from_sources.delete()
    model.objects.bulk_create(
        model(tag=target, **dict(zip(key_fields, key, strict=True)))
        for key in sorted(keys - tagged)
    )
    if len(key_fields) == 1:
        return {key for (key,) in keys}
    return keys


def _retag_revisions(source_ids, target_id):
    resource_types = ContentType.objects.get_for_models(
        *(model for model in apps.get_models() if issubclass(model, ResourcePage))
    ).values()
    revisions = Revision.objects.filter(content_type__in=resource_types).only(
        "pk", "content"
    )
    changed = []
    for revision in revisions.iterator():
        items = revision.content.get("tagged_items") or []
        if any(item.get("tag") in source_ids for item in items):
            revision.content["tagged_items"] = _retag(items, source_ids, target_id)
            changed.append(revision)
    Revision.objects.bulk_update(changed, ["content"], batch_size=100)


def _retag(items, source_ids, target_id):
    """A revision's serialised tagged items, naming the target once instead."""
    has_target = any(item.get("tag") == target_id for item in items)
    retagged = []
    for item in items:
        if item.get("tag") in source_ids:
            if has_target:
                continue
            # A new row when the revision is published: the source's is gone.
            item = {**item, "pk": None, "tag": target_id}
            has_target = True
        retagged.append(item)
    return retagged


def _reindex(generic_items):
    """Reindex the images, documents and so on behind (content type, id) pairs."""
    ids_by_type = defaultdict(set)
    for content_type_id, object_id in generic_items:
        ids_by_type[content_type_id].add(object_id)
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not index.class_is_indexed(model):
            continue
        for instance in model._default_manager.filter(pk__in=ids):
            index.insert_or_update_object(instance)
