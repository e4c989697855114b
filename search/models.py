"""What editors tune about search (synonyms), and what it learns (misses)."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F

from wagtail.admin.panels import FieldPanel


def split_terms(text):
    """'SEND, special educational needs' -> ['SEND', 'special educational needs']."""
    return [" ".join(term.split()) for term in text.split(",") if term.strip()]


class Synonym(models.Model):
    """
    Terms that mean the same, so that a search for one also finds the others:
    e.g. "NEET, not in education employment or training".
    """

    terms = models.TextField(
        help_text=(
            "Two or more terms that mean the same, separated by commas, e.g. "
            "“CPD, professional development”. Case does not matter."
        )
    )
    note = models.CharField(
        max_length=200, blank=True, help_text="Why these go together (optional)."
    )

    panels = [FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        ordering = ["terms"]
        verbose_name = "synonym"

    def __str__(self):
        return " = ".join(self.term_list)

    @property
    def term_list(self):
        return split_terms(self.terms)

    def clean(self):
        terms = self.term_list
        if len(terms) < 2:
            raise ValidationError(
                {"terms": "Give at least two terms, separated by commas."}
            )
        for term in terms:
            if not re.search(r"\w", term):
                raise ValidationError({"terms": f"“{term}” has no letters or digits."})
        lowered = [term.casefold() for term in terms]
        if len(set(lowered)) != len(lowered):
            raise ValidationError({"terms": "A term is listed twice."})
        self.terms = ", ".join(terms)


class SearchMiss(models.Model):
    """
    A search that found nothing, counted per day. Nothing personal is kept:
    only the words searched for, the day and how many times.
    """

    query_string = models.CharField(max_length=200)
    scope = models.CharField(max_length=20)
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "scope", "date"], name="one_miss_per_day"
            )
        ]
        # As the report counts its rows: "2 searches with no results".
        verbose_name = "search with no results"
        verbose_name_plural = "searches with no results"

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query_string, scope, date):
        miss, created = cls.objects.get_or_create(
            query_string=query_string.casefold()[:200],
            scope=scope,
            date=date,
            defaults={"hits": 1},
        )
        if not created:
            cls.objects.filter(pk=miss.pk).update(hits=F("hits") + 1)


class SearchHit(models.Model):
    """
    A page one search found: a row of a temporary table that lives for the
    search (search/hits.py makes and fills it), so the model has no table of
    its own.
    """

    # A relation (without a constraint: the table is temporary), so that the
    # results are ordered by their rows through a join, not two subqueries
    # a page (search.hits.best_first).
    page = models.OneToOneField(
        "wagtailcore.Page",
        primary_key=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="search_hit",
    )
    # Lower is better.
    score = models.FloatField()
    can_open = models.BooleanField()

    # Not content: Wagtail's reference index has nothing to find here.
    wagtail_reference_index_ignore = True

    class Meta:
        managed = False
        db_table = "search_hit"

    def __str__(self):
        return f"page {self.page_id}"


def spelling_words(text):
    """
    The words of `text` a spelling suggestion may offer: three letters or
    more, casefolded; numbers are no one's misspelling.
    """
    return [
        word
        for word in re.findall(r"\w{3,}", text.casefold())
        if not word.isdigit() and len(word) <= SpellingWord.MAX_LENGTH
    ]


class SpellingWord(models.Model):
    """
    Each word of any page's title or topic's name, for "Did you mean" to pick
    from (search/suggestions.py). Words are only ever added (search/
    signals.py): whether the user may see a page or topic holding the word is
    asked when it is offered, so a word that only a members-only title, a
    deleted page or a draft ever held is never offered to anyone who may not
    see it.
    """

    MAX_LENGTH = 100

    word = models.CharField(max_length=MAX_LENGTH, primary_key=True)

    class Meta:
        verbose_name = "spelling word"

    def __str__(self):
        return self.word

    @classmethod
    def remember(cls, texts):
        """Adds the words of `texts` (titles, topic names) not known yet."""
        remember_words(cls, texts)


def remember_words(model, texts):
    """
    Adds the words of `texts` to `model`, SpellingWord or a migration's
    historical copy of it (which has none of its methods).
    """
    words = {word for text in texts for word in spelling_words(text)}
    model.objects.bulk_create(
        [model(word=word) for word in sorted(words)],
        batch_size=1000,
        ignore_conflicts=True,
    )
