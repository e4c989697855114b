"""
Synthetic resources for benchmarks: `manage.py make_fake_resources 10000`.

Each run adds N live resources under the library, numbered on from the fake
resources already there, so `1000` then `9000` gives the same 10,000 as one
run of `10000`. A resource's text, taxonomy and dates depend only on `--seed`,
its number and the taxonomies in the database (dates count back from today).
`--delete` removes every fake resource (slug starting "fake-").

Built for speed rather than through the editor's path: no revisions, no
reference index entries, relations written in bulk and the search index
written once per chunk of 500 rather than on every save.
"""

import datetime
import random
import time
import uuid
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.utils.text import slugify

from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import (
    post_delete_signal_handler,
    post_save_signal_handler,
)
from taggit.models import Tag
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update

from networks.models import NetworkPage, Organisation
from resources.models import (
    Audience,
    ResourceIndexPage,
    ResourcePage,
    ResourceTag,
    ResourceType,
)

SLUG_PREFIX = "fake-"
MAX_COUNT = 100_000
CHUNK = 500

# Topics in clusters that tend to go together, as in the real library: a
# resource takes most of its topics from one cluster. The weight is how often
# a cluster leads, so some words are common in the text and others rare.
CLUSTERS = {
    "careers": (
        5,
        [
            "careers",
            "apprenticeships",
            "transitions",
            "neet",
            "further education",
            "employability",
            "public services",
        ],
    ),
    "inclusion": (
        5,
        [
            "inclusion",
            "send",
            "attendance",
            "exclusion",
            "restorative practice",
            "behaviour",
            "families",
        ],
    ),
    "equity": (
        4,
        [
            "race equity",
            "anti-racism",
            "diversity",
            "disadvantage",
            "closing the gap",
            "recruitment",
        ],
    ),
    "teaching": (
        4,
        ["literacy", "numeracy", "oracy", "curriculum", "assessment", "phonics"],
    ),
    "leadership": (
        4,
        [
            "leadership",
            "governance",
            "professional development",
            "school improvement",
            "wellbeing",
            "mental health",
        ],
    ),
    "digital": (2, ["digital skills", "robotics", "ai", "stem", "digital divide"]),
    "climate": (1, ["climate", "sustainability", "green skills", "global learning"]),
}
TOPICS = [topic for _, topics in CLUSTERS.values() for topic in topics]
# How a topic is written in running text, where that differs from its tag.
SPELLINGS = {
    "send": "SEND",
    "neet": "NEET",
    "ai": "AI",
    "stem": "STEM",
}
# Words that turn up anywhere, whatever the topics: each in about one
# resource in ten, on top of the resources whose topics bring it in.
GENERAL = [
    "equity",
    "transition",
    "wellbeing",
    "attendance",
    "digital",
    "governance",
    "literacy",
    "numeracy",
    "careers",
    "climate",
    "partnership",
    "collaboration",
    "mentoring",
    "coaching",
    "parental engagement",
    "pupil voice",
    "retention",
    "evidence",
    "workload",
    "oracy",
    "reading for pleasure",
    "homework",
    "community",
    "enrichment",
    "school trips",
    "breakfast clubs",
    "safeguarding",
    "induction",
    "feedback",
    "data",
]
PHASES = ["early years", "primary", "secondary", "further education", "sixth form"]
KINDS = ["guide", "toolkit", "briefing", "case study", "report", "framework"]
PLACES = [
    "Leeds",
    "Seacroft",
    "Armley",
    "Horsforth",
    "Beeston",
    "Chapeltown",
    "Morley",
    "Harehills",
    "Otley",
    "Pudsey",
]
TITLES = [
    "{A} in {phase}: a practical {kind}",
    "{A} and {b}: what works",
    "Improving {a} across {place}",
    "A {kind} on {a} for {phase} leaders",
    "Closing the gap through {a}",
    "{A}: lessons from {place}",
    "A {phase} approach to {a} and {b}",
    "Case study: {a} at a {place} {phase} school",
    "Leading {a}: notes from a network meeting",
    "{A}, {b} and {c} in practice",
    "Getting started with {a}",
    "{A} audit and action plan",
]
SUMMARIES = [
    "A {kind} for {phase} colleagues on {a} and {b}, drawn from work in {place}.",
    "Practical steps on {a}, with examples of {b} from schools across {place}.",
    "What {n} {phase} settings learnt about {a}, and how {b} fitted in.",
    "Tools, prompts and case studies to plan {a} with {c} in mind.",
]
SENTENCES = [
    "Schools in {place} shared how they approach {a}.",
    "The {kind} sets out what good {a} looks like in {phase}.",
    "Leaders describe the first steps they took on {b}.",
    "Staff found that {a} and {g} worked best when planned together.",
    "Each section ends with questions for a staff meeting on {c}.",
    "Evidence from {n} settings suggests {g} matters as much as {a}.",
    "Governors can use the checklist to ask about {b} and {g}.",
    "Families were involved from the start, which helped with {a}.",
    "There are templates for tracking {b} over a school year.",
    "Colleagues from {place} explain what they would do differently on {g}.",
]


def _words(topics):
    return [SPELLINGS.get(topic, topic) for topic in topics]


def _some(rng, items, fewest, most):
    """Between `fewest` and `most` different items, as many as there are."""
    return rng.sample(items, min(rng.randint(fewest, most), len(items)))


def fake_resource(seed, number, taxonomies, members_only_share, today):
    """
    Fields and relations of fake resource `number`, from `seed` alone: its own
    random generator, so a resource does not depend on how many came before.
    """
    # Synthetic content, not security: a seeded generator is the point.
    rng = random.Random(f"{seed}:{number}")  # noqa: S311
    names = list(CLUSTERS)
    lead = rng.choices(names, weights=[CLUSTERS[n][0] for n in names])[0]
    own = CLUSTERS[lead][1]
    count = rng.randint(2, 4)
    topics = rng.sample(own, min(count, len(own)))
    if rng.random() < 0.4:  # now and then a topic from elsewhere
        topics[-1] = rng.choice([t for t in TOPICS if t not in topics])
    a, b, *rest = _words(topics)
    slots = {
        "a": a,
        "b": b,
        "c": rest[0] if rest else rng.choice(GENERAL),
        "phase": rng.choice(PHASES),
        "kind": rng.choice(KINDS),
        "place": rng.choice(PLACES),
        "n": rng.randint(3, 40),
    }

    def fill(template):
        text = template.format(
            A=slots["a"][0].upper() + slots["a"][1:],
            g=rng.choice(GENERAL),
            **slots,
        )
        return text[0].upper() + text[1:]

    title = f"{fill(rng.choice(TITLES))} {number}"
    summary = " ".join(fill(s) for s in rng.sample(SUMMARIES, 2))[:400]
    paragraphs = [
        " ".join(fill(s) for s in rng.sample(SENTENCES, rng.randint(2, 4)))
        for _ in range(rng.randint(2, 4))
    ]
    published = today - datetime.timedelta(days=rng.randrange(6 * 365))
    published_at = datetime.datetime.combine(
        published, datetime.time(9, rng.randrange(60)), tzinfo=datetime.UTC
    )
    members_only = rng.random() < members_only_share
    organisations = taxonomies["organisations"]
    return {
        "page": {
            "title": title,
            "slug": SLUG_PREFIX + slugify(title),
            "summary": summary,
            # Block ids from the seed too, or Wagtail would pick random ones.
            "body": [
                {
                    "type": "paragraph",
                    "value": f"<p>{p}</p>",
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                }
                for p in paragraphs
            ],
            "resource_type": rng.choice(taxonomies["types"]),
            "organisation": (
                rng.choice(organisations)
                if organisations and rng.random() < 0.6
                else None
            ),
            "published_date": published,
            "first_published_at": published_at,
            "last_published_at": published_at,
            "members_only": members_only,
            "listed": not members_only or rng.random() < 0.8,
        },
        "audiences": _some(rng, taxonomies["audiences"], 1, 3),
        "networks": _some(rng, taxonomies["networks"], 1, 3),
        "topics": topics,
    }


@contextmanager
def search_index_signals_paused(*models):
    """
    Saves and deletes of `models` skip the search index for a while, so it can
    be written in bulk: modelsearch offers no switch, only its receivers.
    """
    paused = []
    for model in models:
        if post_save.disconnect(post_save_signal_handler, sender=model):
            paused.append((post_save, post_save_signal_handler, model))
        if post_delete.disconnect(post_delete_signal_handler, sender=model):
            paused.append((post_delete, post_delete_signal_handler, model))
    try:
        yield
    finally:
        for signal, receiver, model in paused:
            signal.connect(receiver, sender=model)


class Progress:
    """
    A progress bar on a terminal (`[#####.....] 4,000/10,000  1,234/s`), or
    a line every 10% when the output is a file or pipe.
    """

    WIDTH = 30

    def __init__(self, out, total, verb):
        self.out = out
        self.total = total
        self.verb = verb
        self.tty = out.isatty()
        self.start = time.perf_counter()
        self.shown = 0.0
        self.next_tenth = 1

    def rate(self, done):
        return done / max(time.perf_counter() - self.start, 1e-9)

    def update(self, done):
        if self.tty:
            now = time.perf_counter()
            if now - self.shown < 0.1 and done < self.total:
                return
            self.shown = now
            filled = self.WIDTH * done // self.total
            bar = "#" * filled + "." * (self.WIDTH - filled)
            self._write(
                f"\r[{bar}] {done:,}/{self.total:,}  {self.rate(done):,.0f}/s",
                ending="",
            )
        else:
            tenth = 10 * done // self.total
            if tenth >= self.next_tenth:
                self._write(
                    f"{self.verb} {done:,}/{self.total:,} ({10 * tenth}%)  "
                    f"{self.rate(done):,.0f}/s"
                )
                self.next_tenth = tenth + 1

    def finish(self):
        if self.tty:
            self._write("")

    def _write(self, text, ending=None):
        # Not in the error colour Django gives stderr: this is not an error.
        self.out.write(text, style_func=lambda line: line, ending=ending)
        self.out.flush()


def positive_count(value):
    try:
        count = int(value)
    except ValueError:
        count = None
    if count is None or not 1 <= count <= MAX_COUNT:
        raise CommandError(
            f"N must be a whole number from 1 to {MAX_COUNT:,}, not {value!r}."
        )
    return count


class Command(BaseCommand):
    help = (
        "Adds N synthetic resources to the library, for benchmarks; --delete "
        "removes them. Needs the content of load_lla_content."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "count",
            nargs="?",
            metavar="N",
            help=f"How many resources to add (1 to {MAX_COUNT:,}).",
        )
        parser.add_argument(
            "--seed", type=int, default=0, help="Same seed, same resources (0)."
        )
        parser.add_argument(
            "--members-only-share",
            type=float,
            default=0.2,
            help="Fraction of resources that are members-only (0.2).",
        )
        parser.add_argument(
            "--delete",
            action="store_true",
            help="Remove every fake resource (slug starting 'fake-') instead.",
        )

    def handle(self, *args, count, seed, members_only_share, delete, **options):
        if delete:
            if count is not None:
                raise CommandError("--delete takes no N: it removes them all.")
            self.delete()
            return
        if count is None:
            raise CommandError("Say how many resources to make, e.g. 1000.")
        count = positive_count(count)
        if not 0 <= members_only_share <= 1:
            raise CommandError(
                "--members-only-share is a fraction from 0 to 1, "
                f"not {members_only_share}."
            )
        library, taxonomies = self.catalogue()
        start = time.perf_counter()
        self.create(library, taxonomies, count, seed, members_only_share)
        self.stdout.write(
            f"Created {count:,} resources in {time.perf_counter() - start:.1f} s."
        )

    def catalogue(self):
        """The library and the taxonomies fake resources are filed under."""
        library = ResourceIndexPage.objects.first()
        taxonomies = {
            "types": list(ResourceType.objects.order_by("slug")),
            "audiences": list(Audience.objects.order_by("slug")),
            "networks": list(NetworkPage.objects.live().order_by("slug")),
            "organisations": list(Organisation.objects.order_by("name")),
        }
        missing = [
            name
            for name, found in [
                ("resource library", library),
                ("network", taxonomies["networks"]),
                ("resource type", taxonomies["types"]),
                ("audience", taxonomies["audiences"]),
            ]
            if not found
        ]
        if missing:
            raise CommandError(
                f"Found no {', no '.join(missing)}: "
                "run `manage.py load_lla_content` first."
            )
        return library, taxonomies

    def create(self, library, taxonomies, count, seed, members_only_share):
        tags = self.tags()
        first = self.next_number()
        today = datetime.date.today()
        progress = Progress(self.stderr, count, "Created")
        done = 0
        with (
            disable_reference_index_auto_update(),
            search_index_signals_paused(ResourcePage),
        ):
            for chunk_start in range(first, first + count, CHUNK):
                numbers = range(chunk_start, min(chunk_start + CHUNK, first + count))
                with transaction.atomic():
                    made = []
                    for page, spec in self.add_children(
                        library,
                        (
                            fake_resource(
                                seed, number, taxonomies, members_only_share, today
                            )
                            for number in numbers
                        ),
                    ):
                        made.append((page, spec))
                        progress.update(done + len(made))
                    self.relate(made, tags)
                    self.index([page.pk for page, _ in made])
                done += len(made)
        progress.finish()

    def add_children(self, library, specs):
        """
        Saves a page for each spec as the library's last children, and yields
        it with its spec.

        This is what `library.add_child(instance=page)` does, less the three
        queries per page it spends finding the last child and counting the
        new one, the query for whether it is a site's root, the validation
        queries (the generator makes valid pages) and the audit log entry:
        about 330 pages a second rather than 135 on SQLite, and no audit log
        of fake pages.
        """
        parent = Page.objects.select_for_update().get(pk=library.pk)
        last = parent.get_last_child()
        depth = parent.depth + 1
        path = last._inc_path() if last else Page._get_path(parent.path, depth, 1)
        added = 0
        for spec in specs:
            page = ResourcePage(
                **spec["page"],
                draft_title=spec["page"]["title"],
                live=True,
                has_unpublished_changes=False,
                locale_id=parent.locale_id,
                depth=depth,
                path=path,
            )
            page._cached_parent_obj = parent
            # A new page, with a new translation key, is no site's root: this
            # spares save() its query for one (Wagtail's own annotation).
            page._is_site_root = False
            page.save(clean=False, log_action=None)
            added += 1
            path = page._inc_path()
            yield page, spec
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + added)

    def tags(self):
        """The topic tags, made once; the real library's are reused."""
        tags = {}
        for name in TOPICS:
            tag = Tag.objects.filter(name__iexact=name).first()
            tags[name] = tag or Tag.objects.create(name=name)
        return tags

    def next_number(self):
        """One more than the highest number a fake resource has so far."""
        slugs = ResourcePage.objects.filter(slug__startswith=SLUG_PREFIX).values_list(
            "slug", flat=True
        )
        tails = (slug.rsplit("-", 1)[-1] for slug in slugs)
        numbers = [int(tail) for tail in tails if tail.isdigit()]
        return max(numbers, default=0) + 1

    def relate(self, made, tags):
        """Audiences, networks and topics for a chunk, in three inserts."""
        audiences = ResourcePage.audiences.through
        networks = ResourcePage.networks.through
        audiences.objects.bulk_create(
            audiences(resourcepage_id=page.pk, audience_id=audience.pk)
            for page, spec in made
            for audience in spec["audiences"]
        )
        networks.objects.bulk_create(
            networks(resourcepage_id=page.pk, networkpage_id=network.pk)
            for page, spec in made
            for network in spec["networks"]
        )
        ResourceTag.objects.bulk_create(
            ResourceTag(content_object_id=page.pk, tag=tags[topic])
            for page, spec in made
            for topic in spec["topics"]
        )

    def index(self, pks):
        """Writes the search entries of these resources, in one go per backend."""
        objects = list(ResourcePage.get_indexed_objects().filter(pk__in=pks))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(ResourcePage, objects)

    def delete(self):
        pks = list(
            ResourcePage.objects.filter(slug__startswith=SLUG_PREFIX)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if not pks:
            self.stdout.write("No fake resources to delete.")
            return
        start = time.perf_counter()
        progress = Progress(self.stderr, len(pks), "Deleted")
        with (
            disable_reference_index_auto_update(),
            search_index_signals_paused(Page, ResourcePage),
        ):
            for offset in range(0, len(pks), CHUNK):
                chunk = pks[offset : offset + CHUNK]
                # A queryset delete, not Page.delete() on each, which logs
                # every deletion; taken offline in one UPDATE first, or Wagtail
                # unpublishes and logs each page on its way out. Search entries
                # go with the pages, as their generic relations.
                with transaction.atomic():
                    pages = ResourcePage.objects.filter(pk__in=chunk)
                    pages.update(live=False)
                    pages.delete()
                progress.update(offset + len(chunk))
        progress.finish()
        self.stdout.write(
            f"Deleted {len(pks):,} resources in {time.perf_counter() - start:.1f} s."
        )
