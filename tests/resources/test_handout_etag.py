"""
Files are served with an ETag that is a digest of their content, so a browser
or cache that already has a file is told "not modified" (304), and one that
has something else, or an empty tag, gets the whole file.

Wagtail's serve view takes the ETag from the document's `file_hash`, which
only its upload form fills in: the handouts the content loader generates, and
any document made in code, had an empty one, and `If-None-Match: ""` got a
304 with no file.
"""

import hashlib

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model

import pytest

from accounts.factories import UserFactory
from accounts.membership import members_group
from resources.models import ResourceFile

pytestmark = pytest.mark.django_db


def downloaded(response):
    return b"".join(response.streaming_content)


def digest(content):
    return f'"{hashlib.sha1(content).hexdigest()}"'  # noqa: S324 - Wagtail's hash


def assert_real_etag(client, document):
    """The full file and a digest ETag; 304 only for that very ETag."""
    response = client.get(document.url)
    assert response.status_code == 200
    content = downloaded(response)
    assert content
    assert response["ETag"] == digest(content)

    empty = client.get(document.url, HTTP_IF_NONE_MATCH='""')
    assert empty.status_code == 200
    assert downloaded(empty) == content

    other = client.get(document.url, HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200

    same = client.get(document.url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert same.status_code == 304
    assert same["ETag"] == response["ETag"]


def test_generated_handouts_have_a_digest_etag(client, lla_site):
    documents = get_document_model().objects.all()
    files = ResourceFile.objects.select_related("resource")
    open_handout = documents.filter(
        pk__in=files.filter(resource__members_only=False).values("document")
    ).first()
    members_handout = documents.filter(
        pk__in=files.filter(resource__members_only=True).values("document")
    ).first()

    # The loader stores the digest as it writes the file.
    assert open_handout.file_hash and members_handout.file_hash
    assert_real_etag(client, open_handout)

    client.force_login(UserFactory(groups=[members_group()]))
    assert_real_etag(client, members_handout)
    assert "no-store" in client.get(members_handout.url)["Cache-Control"]


def test_a_document_made_in_code_gets_its_digest_when_first_served(client, home):
    document = get_document_model().objects.create(
        title="Made in code", file=SimpleUploadedFile("made.pdf", b"%PDF-1.4 made")
    )
    assert document.file_hash == ""  # as Wagtail leaves it outside its form

    assert_real_etag(client, document)

    document.refresh_from_db()
    assert f'"{document.file_hash}"' == digest(b"%PDF-1.4 made")
