"""The handouts content/ ships are real text PDFs, titled as documents.yaml says."""

from pathlib import Path

from django.conf import settings

import pytest
import yaml
from pypdf import PdfReader

CONTENT = Path(settings.BASE_DIR) / "content"
DOCUMENTS = yaml.safe_load((CONTENT / "documents.yaml").read_text())["documents"]


def test_every_file_is_a_document_and_every_document_has_its_file():
    assert sorted(DOCUMENTS) == sorted(p.name for p in (CONTENT / "files").iterdir())


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_each_handout_is_selectable_searchable_text(name):
    reader = PdfReader(CONTENT / "files" / name, strict=True)

    title = DOCUMENTS[name]["title"]
    assert reader.metadata.title == title
    text = " ".join(page.extract_text() for page in reader.pages)
    assert text.startswith(title)
    assert len(text.split()) > 50
