"""
The admin counts things in English: "2 searches with no results", never
"2 search misss". Wagtail's listings and reports write their footer's count
with the model's `verbose_name_plural`, which Django makes by adding an "s".
"""

import re

from django.apps import apps
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from search.models import SearchMiss

from .admin_walk import project_apps

# Where adding an "s" makes no English plural: "misss", "boxs", "enquirys".
NEEDS_MORE_THAN_AN_S = re.compile(r"(s|x|z|ch|sh|[^aeiou]y)$")


def test_every_model_of_the_project_has_an_english_plural():
    naive = {
        model._meta.label: str(model._meta.verbose_name_plural)
        for model in apps.get_models()
        if model._meta.app_config.name in project_apps()
        and NEEDS_MORE_THAN_AN_S.search(str(model._meta.verbose_name))
        and model._meta.verbose_name_plural == f"{model._meta.verbose_name}s"
    }
    assert naive == {}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("searches", "footer"),
    [(1, "1 search with no results"), (2, "2 searches with no results")],
)
def test_the_no_results_report_counts_searches(client, searches, footer):
    for words in ["forest school", "makerspace"][:searches]:
        SearchMiss.objects.create(
            query_string=words, scope="library", date=timezone.localdate(), hits=3
        )
    client.force_login(UserFactory(is_superuser=True))
    response = client.get("/admin/reports/search-no-results/")
    soup = BeautifulSoup(response.content, "html.parser")
    text = " ".join(soup.get_text(" ").split())
    assert footer in text
    assert "misss" not in text
