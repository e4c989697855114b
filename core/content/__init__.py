"""
The site's shipped content as data: the `content/` folder at the top of the
project, one Markdown file per page with YAML front matter, YAML files for
snippets, documents and settings, and the documents' own files.

- `richtext`: Markdown and Wagtail's rich text, both ways.
- `body`: a page's body (a StreamField) as Markdown, both ways.
- `source`: the folder itself: reading and writing its files.
- `values`: a model's fields as plain data and back, found by field type, so
  nothing here names a page type or imports a project app.
- `loader`: builds what is missing from the folder (`manage.py load_lla_content`).
- `exporter`: writes the site back into the folder (`manage.py export_content`).

content/README.md describes the format for editors.
"""


class ContentError(Exception):
    """Something in the content folder that cannot be loaded, and where."""
