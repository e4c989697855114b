"""
When no page holds every word of a search, the pages that hold most of them
are found, those holding more first, and the results say they are partial
matches. Privacy is as strict as for any search: a page's words count only
for someone who may open it, and a listed members-only resource counts for
anyone else by its title alone.
"""

from django.contrib.auth.models import AnonymousUser

from modelsearch import index

import pytest

from accounts.factories import MemberFactory, UserFactory
from accounts.models import User
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from search.engine import LIBRARY, SITE, search
from search.models import Synonym

pytestmark = pytest.mark.django_db

PARTIAL = "No page has all of your words"


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@pytest.fixture
def shelf(home):
    """
    Resources by title, and the words of the searches below their text holds:

        Heads' termly forum        forum, termly, heads
        Attendance data for heads  attendance, data, heads
        Attendance letters         attendance
        Members' attendance forum  attendance, forum, data (members only, listed)
        Hidden attendance data     attendance, data, forum, heads (unlisted)
        Youth guarantee            not in education employment or training
    """
    library = ResourceIndexPageFactory(parent=home)
    rows = [
        ("Heads' termly forum", "Heads meet in a forum every term.", {}),
        ("Attendance data for heads", "Reading attendance data.", {}),
        ("Attendance letters", "Letters home about attendance.", {}),
        (
            "Members' attendance forum",
            "Attendance data shared between members.",
            {"members_only": True},
        ),
        (
            "Hidden attendance data",
            "Attendance data, a forum and heads.",
            {"members_only": True, "listed": False},
        ),
        (
            "Youth guarantee",
            "For young people not in education employment or training.",
            {},
        ),
    ]
    pages = {}
    for title, text, access in rows:
        page = ResourcePageFactory(
            parent=library,
            title=title,
            summary="A resource.",
            body=paragraph(text),
            **access,
        )
        index.insert_or_update_object(page)
        pages[title] = page
    return pages


@pytest.fixture
def member(db):
    return MemberFactory()


def titles(results):
    return [hit.page.title for hit in results.hits]


def partial(results):
    return any(PARTIAL in notice for notice in results.notices)


@pytest.mark.parametrize("scope", [LIBRARY, SITE])
def test_pages_holding_most_of_the_words_are_found_and_flagged(shelf, scope):
    results = search("attendance data forum", user=AnonymousUser(), scope=scope)

    # Two of the three words: found, the members-only one by its title's
    # words. One of three ("Attendance letters", "Heads' termly forum"): not.
    # The unlisted resource, which holds all three: never.
    assert titles(results) == ["Attendance data for heads", "Members' attendance forum"]
    assert partial(results)


def test_more_of_the_words_rank_higher(shelf):
    results = search("attendance data heads forum", user=AnonymousUser())

    # Three of four words, then two of four; one of four is not enough.
    assert titles(results) == [
        "Attendance data for heads",
        "Heads' termly forum",
        "Members' attendance forum",
    ]
    assert partial(results)


def test_a_page_with_every_word_leaves_no_room_for_partial_matches(shelf):
    results = search("attendance data", user=AnonymousUser())

    assert titles(results) == ["Attendance data for heads"]
    assert not partial(results)


def test_one_word_that_matches_nothing_finds_nothing(shelf):
    results = search("zzyzx", user=AnonymousUser())

    assert results.total == 0
    assert not partial(results)


def test_little_words_do_not_count_as_words_held(shelf):
    # "the", "of" and "for" are in nearly every page: holding them is no match.
    results = search("the forum of heads for zzyzx", user=AnonymousUser())

    assert titles(results) == ["Heads' termly forum"]
    assert partial(results)


def test_a_synonym_counts_as_the_word_it_stands_for(shelf):
    Synonym.objects.create(terms="NEET, not in education employment or training")

    results = search("NEET zzyzx", user=AnonymousUser())

    assert titles(results) == ["Youth guarantee"]
    assert partial(results)


# Privacy ---------------------------------------------------------------------

# who -> what "attendance data forum zzyzx" finds: a member opens every resource,
# so the members-only ones count all their words; anyone else finds a listed
# one by its title's words only, and never an unlisted one.
PRIVACY = {
    "anonymous": ["Attendance data for heads", "Members' attendance forum"],
    "pending": ["Attendance data for heads", "Members' attendance forum"],
    "member": [
        "Members' attendance forum",
        "Hidden attendance data",
        "Attendance data for heads",
    ],
}


@pytest.mark.parametrize(("who", "expected"), PRIVACY.items())
def test_partial_matches_keep_privacy(shelf, member, who, expected):
    users = {
        "anonymous": AnonymousUser(),
        "pending": UserFactory(membership=User.Membership.PENDING),
        "member": member,
    }

    # "zzyzx" is nowhere, so no page holds every word for anybody.
    results = search("attendance data forum zzyzx", user=users[who], per_page=100)

    assert sorted(titles(results)) == sorted(expected)
    assert partial(results)
    locked = {hit.page.title for hit in results.hits if not hit.can_open}
    assert locked == (set() if who == "member" else {"Members' attendance forum"})
