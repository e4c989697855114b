"""
The facet shape both searches build on (core/search.py): how counts become
the options a page shows, and how chosen values are read.
"""

from core.search import BaseFacet, Facet, FacetOption


class Colours(BaseFacet):
    """A facet over fixed values: {id: (slug, name)}."""

    name = "colour"
    label = "Colour"
    names = {1: ("red", "Red"), 2: ("blue", "Blue"), 3: ("green", "Green")}

    def __init__(self, shown=None):
        super().__init__()
        self.shown = shown

    def lookup(self, values):
        return {
            slug: (pk, name)
            for pk, (slug, name) in self.names.items()
            if slug in values
        }

    def labels(self, keys):
        return {pk: self.names[pk] for pk in keys if pk in self.names}


def options(facet):
    return [(o.value, o.count, o.selected, o.more) for o in facet.options]


def test_values_with_results_are_offered_by_name_chosen_first():
    facet = Colours().from_counts({1: 5, 2: 0, 3: 2}, chosen={2: "blue"})

    assert isinstance(facet, Facet)
    assert (facet.name, facet.label) == ("colour", "Colour")
    assert options(facet) == [
        ("blue", 0, True, False),
        ("green", 2, False, False),
        ("red", 5, False, False),
    ]
    assert facet.selected == [FacetOption("blue", "Blue", 0, True)]


def test_beyond_the_most_used_the_options_not_chosen_are_more():
    facet = Colours(shown=1).from_counts({1: 5, 2: 1, 3: 2}, chosen={2: "blue"})

    assert options(facet) == [
        ("blue", 1, True, False),
        ("green", 2, False, True),
        ("red", 5, False, False),
    ]
    assert [o.value for o in facet.main_options] == ["blue", "red"]
    assert [o.value for o in facet.more_options] == ["green"]


def test_chosen_values_that_do_not_exist_are_named_in_a_notice():
    chosen, notice = Colours().choose(["red", "mauve", "puce", ""])

    assert chosen == {1: "red"}
    assert notice == "No colour called “mauve, puce”, so that filter was left out."
    assert Colours().choose(["", ""]) == ({}, None)
