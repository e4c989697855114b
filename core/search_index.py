"""
Keeping the search index up to date, once per object for a bulk job.

modelsearch writes an object's search entry on every save. A page is saved
three or more times as it is created, revised and published, so a bulk job
(loading the shipped content) would write each entry several times over.
Within `indexed_once()`, saves are noted instead, and each object saved is
indexed once, by model, when the block ends without an error.

`update(instance)` is for code that indexes an object itself (after its tags
are saved, say): at once normally, or once at the end inside the block.
"""

import contextlib
import threading
from collections import defaultdict

from django.db.models.signals import post_save

from modelsearch import index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler

_state = threading.local()


def _pending():
    return getattr(_state, "pending", None)


def update(instance):
    """Indexes `instance` now, or at the end of the `indexed_once()` block."""
    pending = _pending()
    if pending is None:
        index.insert_or_update_object(instance)
    else:
        pending[type(instance)].add(instance.pk)


def _note(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if _pending() is None:  # a save in another thread, as modelsearch would
        post_save_signal_handler(instance, raw=raw, **kwargs)
    else:
        update(instance)


@contextlib.contextmanager
def indexed_once():
    """Saves in this block are indexed once each, when the block ends."""
    if _pending() is not None:  # already inside one: the outer block indexes
        yield
        return
    models = [
        model
        for model in index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    _state.pending = defaultdict(set)
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(_note, sender=model)
    try:
        yield
        pending = _state.pending
    finally:
        for model in models:
            post_save.disconnect(_note, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
        _state.pending = None
    _index(pending)


def _index(pending):
    backends = list(get_search_backends(with_auto_update=True))
    for model, pks in pending.items():
        # A page saved as itself is indexed as its specific type, as
        # modelsearch's own signal handler would index it.
        objects = [
            indexed
            for indexed in (
                index.get_indexed_instance(obj)
                for obj in model.objects.filter(pk__in=pks)
            )
            if indexed is not None
        ]
        by_model = defaultdict(list)
        for obj in objects:
            by_model[type(obj)].append(obj)
        for indexed_model, batch in by_model.items():
            for backend in backends:
                backend.add_bulk(indexed_model, batch)
