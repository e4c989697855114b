"""
The images of a members-only resource reach members only: no page, listing,
search result, feed or JSON shows them to anyone else, nor names their files.
"""

import pytest

from accounts.factories import UserFactory
from accounts.membership import members_group
from images.factories import ImageFactory
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def secret_images(home):
    library = ResourceIndexPageFactory(parent=home)
    body_image = ImageFactory(title="Zephyrine diagram")
    cover = ImageFactory(title="Zephyrine cover")
    resource = ResourcePageFactory(
        parent=library,
        title="Zephyrine plan",
        slug="zephyrine-plan",
        members_only=True,
        listed=True,
        cover_image=cover,
        body=[
            {
                "type": "image",
                "value": {
                    "image": body_image.pk,
                    "alt_text": "A diagram of the plan",
                    "decorative": False,
                    "caption": "",
                },
            }
        ],
    )
    stems = [
        image.file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        for image in (body_image, cover)
    ]
    return library, resource, stems


def responses(client, library, resource):
    return {
        "page": client.get(resource.url),
        "library": client.get(library.url),
        "library json": client.get(library.url + "?format=json"),
        "library search": client.get(library.url + "?q=zephyrine&format=json"),
        "site search": client.get("/search/?q=zephyrine"),
        "site search json": client.get("/search/?q=zephyrine&format=json"),
        "feed": client.get(library.url + "feed/"),
        "sitemap": client.get("/sitemap.xml"),
    }


@pytest.mark.parametrize("who", ["anonymous", "pending"])
def test_no_one_but_a_member_sees_or_learns_of_its_images(client, secret_images, who):
    library, resource, stems = secret_images
    if who == "pending":
        client.force_login(UserFactory(membership="pending"))
    for channel, response in responses(client, library, resource).items():
        html = response.content.decode()
        for stem in stems:
            assert stem not in html, channel
        assert "/media/images/" not in html, channel
        assert "A diagram of the plan" not in html, channel


def test_a_member_sees_them(client, secret_images):
    library, resource, stems = secret_images
    client.force_login(UserFactory(groups=[members_group()]))
    html = client.get(resource.url).content.decode()
    assert 'alt="A diagram of the plan"' in html
    assert stems[0] in html
