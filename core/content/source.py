"""
The content folder's files: reading them, and writing them the one way the
exporter always writes them, so an export of what was loaded is the same
bytes as the folder it came from.

    content/
      pages/index.md                  the home page (the site's root)
      pages/about/index.md            /about/, a page with pages under it
      pages/about/governance.md       /about/governance/
      snippets/<name>.yaml            people, organisations, taxonomies…
      documents.yaml, images.yaml     the files in files/, as the site's
      files/                          documents and images
      settings.yaml                   the site's settings

A page file is YAML front matter between two `---` lines, then Markdown.
"""

import datetime
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

import yaml

from . import ContentError

PAGE_SUFFIX = ".md"
LINE = 72  # a YAML line is folded beyond this
INDEX = "index.md"


def default_folder():
    """content/ at the top of the project."""
    return Path(settings.BASE_DIR) / "content"


# YAML -------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Lists indented under their key; long text folded, text with lines kept."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def _represent_str(dumper, value):
    """
    Text with lines as a literal block (`|`); long text, and text that would
    need quotes (a colon and a space, a leading quote…), folded (`>`), so no
    one has to escape anything.
    """
    style = None
    if "\n" in value:
        style = "|"
    elif " " in value:
        analysis = dumper.analyze_scalar(value)
        if len(value) > LINE or not analysis.allow_block_plain:
            style = ">"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_time(dumper, value):
    return _represent_str(dumper, value.isoformat(timespec="minutes"))


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(datetime.time, _represent_time)


def dump_yaml(data):
    text = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=LINE + 4,
    )
    if yaml.safe_load(text) != data:
        # Never write what would read back differently.
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10**6)
    return text


def load_yaml(text, where):
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ContentError(f"{where}: not valid YAML: {error}") from error


def read_yaml(path, root):
    if not path.exists():
        return None
    return load_yaml(path.read_text(encoding="utf-8"), _shown(path, root))


def write_yaml(path, data, comment=""):
    """A YAML file, with a comment at its top: paragraphs wrapped to the line."""
    lines = []
    for paragraph in comment.split("\n\n") if comment else []:
        if lines:
            lines.append("#")
        text = " ".join(paragraph.split())
        lines += [f"# {line}" for line in textwrap.wrap(text, LINE + 4)]
    _write(path, "".join(f"{line}\n" for line in lines) + dump_yaml(data))


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def _shown(path, root):
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


# Page files -------------------------------------------------------------------


def split_front_matter(text, where):
    """(front matter, Markdown) of a page file."""
    if not text.startswith("---\n"):
        raise ContentError(f"{where}: a page file starts with a line '---'")
    end = text.find("\n---\n", 3)
    if end == -1:
        if text.endswith("\n---"):
            end = len(text) - 4
        else:
            raise ContentError(f"{where}: the front matter has no closing '---'")
    front = load_yaml(text[4 : end + 1], where) or {}
    if not isinstance(front, dict):
        raise ContentError(f"{where}: the front matter is not a list of fields")
    body = text[end + 5 :].strip("\n")
    return front, body


def join_front_matter(front, body):
    text = "---\n" + dump_yaml(front) + "---\n"
    if body:
        text += "\n" + body + "\n"
    return text


@dataclass
class PageFile:
    """One page's file: the address it gives, and what it says."""

    where: str  # the file, as messages name it: content/pages/about/index.md
    path: str  # the page's address on the site: "/", "/about/governance/"
    name: str  # its file or folder name: the slug unless the file says otherwise
    front: dict
    body: str
    children: list = field(default_factory=list)

    @property
    def slug(self):
        return str(self.front.get("slug") or self.name)


class Folder:
    """A content folder, as the loader reads it and the exporter writes it."""

    def __init__(self, root=None):
        self.root = Path(root or default_folder())
        self.pages = self.root / "pages"
        self.snippets = self.root / "snippets"
        self.files = self.root / "files"

    def shown(self, path):
        """A path as messages give it: content/pages/about/index.md."""
        return _shown(path, self.root)

    def read(self, name):
        """A YAML file at the top of the folder, e.g. settings.yaml, or None."""
        return read_yaml(self.root / name, self.root)

    # Pages

    def page_tree(self):
        """The root page's file, with every page under it in order."""
        index = self.pages / INDEX
        if not index.exists():
            raise ContentError(f"{self.shown(index)} is missing: the home page")
        return self._page(index, "", None)

    def _page(self, file, name, parent_path):
        where = self.shown(file)
        front, body = split_front_matter(file.read_text(encoding="utf-8"), where)
        page = PageFile(where=where, path="/", name=name, front=front, body=body)
        if parent_path is not None:
            page.path = f"{parent_path}{page.slug}/"
        if file.name == INDEX:
            page.children = self._children(file.parent, page)
        return page

    def _children(self, folder, parent):
        found = {}
        for entry in sorted(folder.iterdir()):
            if entry.name == INDEX or entry.name.startswith("."):
                continue
            if entry.is_dir():
                name, file = entry.name, entry / INDEX
                if not file.exists():
                    raise ContentError(f"{self.shown(entry)}/ has no {INDEX}")
            elif entry.suffix == PAGE_SUFFIX:
                name, file = entry.stem, entry
            else:
                continue
            if name in found:
                raise ContentError(
                    f"{self.shown(folder)}: both {name}{PAGE_SUFFIX} and {name}/"
                )
            found[name] = file
        order = [str(name) for name in parent.front.get("children") or []]
        unknown = [name for name in order if name not in found]
        if unknown:
            raise ContentError(
                f"{parent.where}: 'children' names {', '.join(unknown)}, which "
                f"{'is' if len(unknown) == 1 else 'are'} not in {self.shown(folder)}/"
            )
        names = [*order, *sorted(name for name in found if name not in order)]
        return [self._page(found[name], name, parent.path) for name in names]

    def page_file(self, parent_file, name, has_children):
        """Where the exporter writes a page: `name.md`, or `name/index.md`."""
        folder = self.pages if parent_file is None else parent_file.parent
        if parent_file is None:
            return self.pages / INDEX
        return folder / name / INDEX if has_children else folder / f"{name}.md"

    def write_page(self, file, front, body):
        _write(file, join_front_matter(front, body))

    # Snippets

    def snippet_files(self):
        """(path, data) of every snippets file, by name."""
        if not self.snippets.exists():
            return []
        return [
            (path, read_yaml(path, self.root))
            for path in sorted(self.snippets.glob("*.yaml"))
        ]

    def file(self, name):
        """A document's or image's file in files/."""
        path = self.files / name
        if not path.is_file() or path.parent != self.files:
            raise ContentError(f"{self.shown(path)} is missing")
        return path
