"""
/healthz/ reports each engine; with the search server unreachable, search
says so with a 503 and every other page still answers.
"""

import pytest

from home.factories import StandardPageFactory
from tests.ports import free_port

pytestmark = pytest.mark.django_db


def test_health_is_ok_when_every_engine_answers(client, home):
    response = client.get("/healthz/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "search", "storage"}
    assert all(check["ok"] for check in body["checks"].values())
    assert "no-cache" in response["Cache-Control"]


@pytest.fixture
def search_unreachable(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "modelsearch.backends.elasticsearch9",
            "URLS": [f"http://127.0.0.1:{free_port()}"],
            "INDEX_PREFIX": "lla_unreachable_",
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
        }
    }


def test_search_answers_503_and_other_pages_200_when_search_is_down(
    client, home, search_unreachable
):
    page = StandardPageFactory.build(title="About", slug="about")
    home.add_child(instance=page)

    response = client.get("/search/?q=maths")
    assert response.status_code == 503
    assert "Search is not working at the moment." in response.content.decode()
    response = client.get("/search/?q=maths&format=json")
    assert response.status_code == 503
    assert response.json()["error"]

    assert client.get("/").status_code == 200
    assert client.get("/about/").status_code == 200

    health = client.get("/healthz/")
    assert health.status_code == 503
    assert health.json()["checks"]["search"]["ok"] is False
