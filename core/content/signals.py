"""
`content_loaded`: sent by `load_all()` inside its transaction, once the
content folder is loaded, with `loader` (its `folder`, the URL paths of the
pages it `created`, and `resolve(path)` for a page by its address). An app
adds what is its own to new pages here, never to pages that were there.
"""

from django.dispatch import Signal

content_loaded = Signal()
