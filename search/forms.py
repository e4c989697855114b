"""The parameters of a search, read from a URL's query string, forgiving bad input."""

from django import forms
from django.core.exceptions import ValidationError

from .engine import MAX_PAGE, SORTS


class QueryField(forms.CharField):
    """
    The words typed, whatever they are: the engine cleans them (search/query.py)
    and says when it cut them short, so no query is refused here.
    """

    def to_python(self, value):
        # A NUL is no word: a space, as any other control character is.
        return super().to_python(value).replace("\x00", " ")


class PageNumberField(forms.IntegerField):
    """A page number as Python reads one: "3.0" is none (IntegerField takes it)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValidationError(
                self.error_messages["invalid"], code="invalid"
            ) from None


class ValuesField(forms.Field):
    """A facet's chosen values: every `name=value` of the query string."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        return [item.strip() for item in value or [] if item.strip()]


class SearchForm(forms.Form):
    """
    A search of one scope (resources/library.py's LibraryScope or
    search/site.py's SiteScope): the words, the sort, the page and each of
    the scope's facets. Nothing a visitor can type makes it fail: a bad page
    number gives the first page and a notice; a page past the last is the
    last (search.engine); an unknown sort is the default; unknown facet values
    and an over-long query get a notice from the engine, and the rest of the
    search still runs.
    """

    q = QueryField(required=False)
    sort = forms.ChoiceField(required=False)
    page = PageNumberField(required=False, min_value=1)

    def __init__(self, data, *, scope):
        super().__init__(data)
        self.fields["sort"].choices = [(key, SORTS[key]) for key in scope.sorts]
        self.facet_names = [facet_type.name for facet_type in scope.facet_types]
        for name in self.facet_names:
            self.fields[name] = ValuesField(required=False)

    def clean_page(self):
        page = self.cleaned_data["page"]
        if page is None:
            if "page" in self.data:  # "?page=": no number
                raise ValidationError("Not a page number.", code="invalid")
            return 1
        return min(page, MAX_PAGE)

    @property
    def notices(self):
        """What was wrong with the parameters, and what was done instead."""
        if "page" in self.errors:
            raw = self.data.get("page", "")
            return [f"“{raw[:20]}” is not a page number, so here is page 1."]
        return []

    def search_arguments(self):
        """The keyword arguments of search.engine.search(), but for user and scope."""
        self.is_valid()  # cleans once; an invalid field is left out of cleaned_data
        data = self.cleaned_data
        return {
            "query": data.get("q", ""),
            "filters": {name: data.get(name, []) for name in self.facet_names},
            "sort": data.get("sort") or None,
            "page": data.get("page", 1),
        }
