"""
Merging topics (tags): `resources.tags.merge_tags`, and Library > Topics in the
admin, where LLA editors merge near-duplicates and nobody else may.
"""

from types import SimpleNamespace
from urllib.parse import quote

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile

from taggit.models import Tag
from wagtail.documents.models import Document

import pytest
from bs4 import BeautifulSoup

from accounts.factories import UserFactory
from networks.factories import NetworkIndexPageFactory, NetworkPageFactory
from networks.permissions import ensure_lla_editors_group
from resources.factories import ResourcePageFactory
from resources.models import MEMBERS_GROUP, ResourcePage, ResourceTag
from resources.tags import merge_tags

pytestmark = pytest.mark.django_db

URL = "/admin/topics/"


def resource(library, *topics, title=None):
    """A published resource with these topics, indexed as the editor leaves it."""
    page = ResourcePageFactory(parent=library, **({"title": title} if title else {}))
    page.tags.add(*topics)
    page.save_revision().publish()
    return page


def topics(page):
    return sorted(ResourcePage.objects.get(pk=page.pk).tags.names())


def tag(name):
    return Tag.objects.get(name=name)


def found(query):
    return set(ResourcePage.objects.live().search(query).get_queryset())


# merge_tags ------------------------------------------------------------------


def test_merging_moves_resources_to_the_target_and_deletes_the_sources(library):
    send = resource(library, "SEND", "Leadership")
    special = resource(library, "special needs")
    other = resource(library, "Leadership")

    changed = merge_tags([tag("special needs")], tag("SEND"))

    assert changed == 1
    assert topics(send) == ["Leadership", "SEND"]
    assert topics(special) == ["SEND"]
    assert topics(other) == ["Leadership"]
    assert not Tag.objects.filter(name="special needs").exists()


def test_a_resource_with_source_and_target_ends_up_with_the_target_once(library):
    both = resource(library, "Wellbeing", "wellbeing", "Mental health")
    assert topics(both) == ["Mental health", "Wellbeing"]  # case-insensitive tags

    changed = merge_tags([tag("Mental health")], tag("Wellbeing"))

    assert changed == 1
    assert topics(both) == ["Wellbeing"]
    assert ResourceTag.objects.filter(content_object=both).count() == 1


def test_several_sources_on_one_resource_give_it_the_target_once(library):
    page = resource(library, "Send", "SEN", "Special needs")

    sources = [tag("Send"), tag("SEN"), tag("Special needs")]

    changed = merge_tags(sources, "Special educational needs")

    assert changed == 1
    assert topics(page) == ["Special educational needs"]
    assert ResourceTag.objects.filter(content_object=page).count() == 1


def test_merging_into_a_name_uses_the_existing_tag_whatever_its_case(library):
    page = resource(library, "Oracy", "Speaking and listening")

    merge_tags([tag("Speaking and listening")], "ORACY")

    assert topics(page) == ["Oracy"]
    assert Tag.objects.filter(name__iexact="oracy").count() == 1


def test_merging_into_a_new_name_creates_the_tag(library):
    page = resource(library, "Maths", "Numeracy")

    changed = merge_tags([tag("Maths"), tag("Numeracy")], "Mathematics")

    assert changed == 1
    assert topics(page) == ["Mathematics"]
    assert not Tag.objects.filter(name__in=["Maths", "Numeracy"]).exists()


def test_merging_a_tag_into_itself_is_an_error_and_changes_nothing(library):
    page = resource(library, "Wellbeing", "Mental health")

    with pytest.raises(ValueError, match="into itself"):
        merge_tags([tag("Mental health"), tag("Wellbeing")], tag("Wellbeing"))

    assert topics(page) == ["Mental health", "Wellbeing"]


def test_search_finds_a_resource_by_its_new_topic_at_once(library):
    page = resource(library, "Mental health", title="Calm classrooms")
    assert page in found("Mental health")
    assert page not in found("Wellbeing")

    merge_tags([tag("Mental health")], "Wellbeing")

    assert page in found("Wellbeing")
    assert page not in found("Mental health")


def test_a_draft_keeps_its_topics_and_publishes_with_the_target(library):
    """Revisions name tags by id: a draft naming a merged tag is rewritten."""
    page = resource(library, "Careers")
    page.tags.add("Jobs", "Employability")
    page.save_revision()  # a draft: the live page still has "Careers" only

    merge_tags([tag("Jobs")], "Work experience")

    draft = ResourcePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert sorted(draft.tags.names()) == ["Careers", "Employability", "Work experience"]
    draft.save_revision().publish()
    assert topics(page) == ["Careers", "Employability", "Work experience"]


def test_documents_keep_a_merged_tag_as_the_target(library):
    """Tags are shared with documents and images: a merge moves theirs too."""
    document = Document.objects.create(
        title="Minutes", file=SimpleUploadedFile("minutes.pdf", b"%PDF-1.4")
    )
    document.tags.add("Governors")
    page = resource(library, "Governance")

    changed = merge_tags([tag("Governors")], tag("Governance"))

    assert changed == 0
    assert list(document.tags.names()) == ["Governance"]
    assert topics(page) == ["Governance"]


# The admin: who may merge ----------------------------------------------------

LLA_EDITOR = "LLA editor"
NETWORK_LEAD = "network lead"
MEMBER = "member"
ANONYMOUS = "anonymous"

NO_PERMISSION = "Sorry, you do not have permission to access this area."
NOT_ADMIN = "You do not have permission to access the admin."


@pytest.fixture
def people(home):
    network = NetworkPageFactory(parent=NetworkIndexPageFactory(parent=home))
    return SimpleNamespace(
        lla_editors=ensure_lla_editors_group(),
        network_editors=network.editors_group,
        members=Group.objects.get_or_create(name=MEMBERS_GROUP)[0],
    )


def sign_in(client, role, people):
    groups = {
        LLA_EDITOR: people.lla_editors,
        NETWORK_LEAD: people.network_editors,
        MEMBER: people.members,
    }
    if role != ANONYMOUS:
        client.force_login(UserFactory(groups=[groups[role]]))


def messages(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def merge_data(*names, target, confirm=True):
    data = {"topics": [tag(name).pk for name in names], "target": target}
    if confirm:
        data["confirm"] = "1"
    return data


def test_only_lla_editors_may_change_tags(people):
    assert people.lla_editors.permissions.filter(codename="change_tag").exists()
    assert not people.network_editors.permissions.filter(
        codename__in=["change_tag", "delete_tag"]
    ).exists()


LOGIN = f"/admin/login/?next={quote(URL)}"


@pytest.mark.parametrize(
    ("role", "status", "location", "said"),
    [
        (LLA_EDITOR, 200, None, []),
        (NETWORK_LEAD, 302, "/admin/", [NO_PERMISSION]),
        (MEMBER, 302, LOGIN, [NOT_ADMIN]),
        (ANONYMOUS, 302, LOGIN, []),
    ],
)
def test_who_may_open_the_topics(client, people, role, status, location, said):
    sign_in(client, role, people)
    response = client.get(URL)
    assert (response.status_code, response.get("Location"), messages(response)) == (
        status,
        location,
        said,
    )


@pytest.mark.parametrize(
    ("role", "merged"),
    [(LLA_EDITOR, True), (NETWORK_LEAD, False), (MEMBER, False), (ANONYMOUS, False)],
)
def test_who_may_merge(client, people, library, role, merged):
    page = resource(library, "Wellbeing", "Mental health")
    sign_in(client, role, people)

    response = client.post(URL, merge_data("Mental health", target="Wellbeing"))

    assert response.status_code == 302
    expected = ["Wellbeing"] if merged else ["Mental health", "Wellbeing"]
    assert topics(page) == expected


@pytest.mark.parametrize(
    ("role", "shown"),
    [(LLA_EDITOR, True), (NETWORK_LEAD, False)],
)
def test_the_topics_menu_item_shows_to_those_who_may_merge(client, people, role, shown):
    sign_in(client, role, people)
    dashboard = client.get("/admin/").content.decode()
    assert (f'"{URL}"' in dashboard) is shown


# The admin: listing and merging ----------------------------------------------


@pytest.fixture
def editor(client, people):
    sign_in(client, LLA_EDITOR, people)
    return client


def test_the_list_shows_each_topic_by_name_with_its_resources(editor, library):
    resource(library, "wellbeing", "Attendance")
    resource(library, "wellbeing")
    Tag.objects.create(name="Unused")
    document = Document.objects.create(
        title="Photo", file=SimpleUploadedFile("photo.pdf", b"%PDF-1.4")
    )
    document.tags.add("Documents only")

    response = editor.get(URL)

    rows = [
        (topic.name, topic.resource_count) for topic in response.context["table"].data
    ]
    assert rows == [("Attendance", 1), ("Unused", 0), ("wellbeing", 2)]


def test_the_search_box_filters_topics_by_name(editor, library):
    resource(library, "Wellbeing", "Staff wellbeing", "Attendance")

    response = editor.get(URL, {"q": "wellbeing"})

    names = [topic.name for topic in response.context["table"].data]
    assert names == ["Staff wellbeing", "Wellbeing"]


def test_the_list_takes_a_bounded_number_of_queries(
    editor, library, django_assert_max_num_queries
):
    for n in range(20):
        resource(library, f"Topic {n}", f"Other {n}")
    with django_assert_max_num_queries(15):
        response = editor.get(URL)
    assert len(response.context["table"].data) == 40


def test_an_editor_confirms_then_merges_and_is_told_what_changed(editor, library):
    pages = [
        resource(library, "Wellbeing"),
        resource(library, "Mental health"),
        resource(library, "wellbeing at work", "Mental health"),
        resource(library, "Attendance"),
    ]
    chosen = ("Mental health", "wellbeing at work", "Wellbeing")

    confirm = editor.post(URL, merge_data(*chosen, target="wellbeing", confirm=False))
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "Yes, merge" in html
    assert "2 resources will be updated" in html
    assert Tag.objects.filter(name="Mental health").exists()  # not merged yet

    response = editor.post(URL, merge_data(*chosen, target="wellbeing"), follow=True)

    assert response.redirect_chain == [(URL, 302)]
    assert messages(response) == [
        "Merged 2 topics into Wellbeing; 2 resources updated."
    ]
    assert [topics(page) for page in pages] == [
        ["Wellbeing"],
        ["Wellbeing"],
        ["Wellbeing"],
        ["Attendance"],
    ]


def test_an_editor_merges_into_a_new_name(editor, library):
    page = resource(library, "Maths", "Numeracy")

    response = editor.post(URL, merge_data("Maths", "Numeracy", target="Mathematics"))

    assert response.status_code == 302
    assert messages(editor.get(URL)) == [
        "Merged 2 topics into Mathematics; 1 resource updated."
    ]
    assert topics(page) == ["Mathematics"]


BAD_MERGES = {
    "no topics": ((), "Wellbeing", "Choose the topics to merge."),
    "one topic into itself": (
        ("Wellbeing",),
        "wellbeing",
        "Choose two or more topics to merge, or give this one a new name.",
    ),
    "no target": (
        ("Wellbeing", "Mental health"),
        "",
        "Give the name of the topic to merge into.",
    ),
    "blank target": (
        ("Wellbeing", "Mental health"),
        "   ",
        "Give the name of the topic to merge into.",
    ),
    "a topic merged away meanwhile": (
        ("Wellbeing", "Gone"),
        "Wellbeing",
        "A topic you chose no longer exists. Choose again.",
    ),
}


@pytest.mark.parametrize(
    ("chosen", "target", "error"), BAD_MERGES.values(), ids=BAD_MERGES.keys()
)
def test_a_bad_merge_says_why_and_changes_nothing(
    editor, library, chosen, target, error
):
    page = resource(library, "Wellbeing", "Mental health")
    gone = Tag.objects.create(name="Gone")
    data = merge_data(*chosen, target=target)
    gone.delete()
    before = set(Tag.objects.values_list("name", flat=True))

    response = editor.post(URL, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert error in html
    assert "Yes, merge" not in html
    assert set(Tag.objects.values_list("name", flat=True)) == before
    assert topics(page) == ["Mental health", "Wellbeing"]
    # What the editor ticked stays ticked, to correct and send again.
    soup = BeautifulSoup(html, "html.parser")
    ticked = {box["value"] for box in soup.select("input[name=topics][checked]")}
    assert ticked == {str(tag(name).pk) for name in chosen if name != "Gone"}
