"""
The LLA content files members-only resources' handouts in a private
collection, so they stay members-only wherever an editor links them.
"""

from wagtail.documents import get_document_model

import pytest

from accounts.factories import UserFactory
from accounts.membership import members_group
from resources.models import ResourceFile

# The private collection content/documents.yaml gives members-only handouts.
MEMBERS_COLLECTION = "Library: members only"

pytestmark = pytest.mark.django_db


def test_members_only_handouts_are_in_the_private_collection(client, lla_site):
    documents = get_document_model().objects.select_related("collection")
    members_files = documents.filter(
        pk__in=ResourceFile.objects.filter(resource__members_only=True).values(
            "document"
        )
    )
    open_files = documents.filter(
        pk__in=ResourceFile.objects.filter(resource__members_only=False).values(
            "document"
        )
    )
    assert members_files.exists() and open_files.exists()

    for document in members_files:
        assert document.collection.name == MEMBERS_COLLECTION
        assert document.collection.get_view_restrictions().exists()
        assert client.get(document.url).status_code == 404
    for document in open_files:
        assert document.collection.name == "Library"
        assert client.get(document.url).status_code == 200

    client.force_login(UserFactory(groups=[members_group()]))
    document = members_files.first()
    response = client.get(document.url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
