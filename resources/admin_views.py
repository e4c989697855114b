"""
Library > Topics in the admin: every topic with how many resources use it,
and merging near-duplicates ("SEND", "Send", "special needs") into one.

Only users who may change tags (`taggit.change_tag`, which LLA editors have)
see the menu item or open the view; Wagtail refuses anyone else.
"""

from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import Lower
from django.shortcuts import redirect
from django.template.defaultfilters import pluralize
from django.urls import path, reverse
from django.utils.functional import cached_property

from taggit.models import Tag, TaggedItem
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BaseColumn, NumberColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from .forms import TopicMergeForm
from .models import ResourceTag
from .tags import merge_tags

PERMISSION = "taggit.change_tag"


class TopicCheckboxColumn(BaseColumn):
    """A checkbox choosing the row's topic for merging, ticked if chosen before."""

    cell_template_name = "resources/admin/topic_checkbox_cell.html"

    def __init__(self, *args, chosen=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.chosen = set(chosen)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["checked"] = str(instance.pk) in self.chosen
        return context


class TopicIndexView(PermissionCheckedMixin, BaseListingView):
    """
    The topics, by name, with a search box. The list is a form: tick topics,
    name the one to keep and submit, then confirm on the page that follows.
    """

    model = Tag
    permission_policy = ModelPermissionPolicy(Tag)
    permission_required = "change"
    page_title = "Topics"
    header_icon = "tag"
    verbose_name = "topic"
    verbose_name_plural = "topics"
    template_name = "resources/admin/topics.html"
    confirm_template_name = "resources/admin/topics_merge_confirm.html"
    index_url_name = "resources_topics"
    index_results_url_name = "resources_topics_results"
    is_searchable = True
    search_fields = ["name"]
    search_backend_name = None  # Tags are not indexed: match names in the database.
    default_ordering = "name"

    @cached_property
    def form(self):
        return TopicMergeForm(self.request.POST or None)

    @cached_property
    def columns(self):
        return [
            TopicCheckboxColumn(
                "choose",
                label="Merge",
                chosen=self.request.POST.getlist("topics"),
                width="1%",
            ),
            TitleColumn("name", label="Topic", sort_key="name", label_prefix="topic"),
            NumberColumn(
                "resource_count", label="Resources", sort_key="resource_count"
            ),
        ]

    def get_base_queryset(self):
        # A tag only images or documents use is not a topic.
        return (
            Tag.objects.filter(
                Q(Exists(ResourceTag.objects.filter(tag=OuterRef("pk"))))
                | ~Exists(TaggedItem.objects.filter(tag=OuterRef("pk")))
            )
            .annotate(resource_count=Count("resources_resourcetag_items"))
            .order_by()
        )

    def order_queryset(self, queryset):
        # Names sort regardless of case, as editors read them.
        by_name = {"name": Lower("name").asc(), "-name": Lower("name").desc()}
        ordering = by_name.get(self.ordering, self.ordering)
        return queryset.order_by(ordering, Lower("name"))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["topic_names"] = (
            self.get_base_queryset()
            .order_by(Lower("name"))
            .values_list("name", flat=True)
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.form.is_valid():
            return self.get(request, *args, **kwargs)
        if "confirm" not in request.POST:
            return self.render_confirmation()
        sources = self.form.sources
        changed = merge_tags(sources, self.form.target_name)
        messages.success(
            request,
            f"Merged {len(sources)} topic{pluralize(len(sources))} into "
            f"{self.form.target_name}; {changed} resource{pluralize(changed)} "
            "updated.",
        )
        return redirect(self.index_url)

    def render_confirmation(self):
        self.template_name = self.confirm_template_name
        title = "Merge topics"
        return self.render_to_response(
            {
                "view": self,
                "form": self.form,
                "summary": self.form.summary(),
                "index_url": self.index_url,
                "page_title": title,
                "header_title": title,
                "header_icon": self.header_icon,
                "breadcrumbs_items": [
                    *self.breadcrumbs_items,
                    {"url": self.index_url, "label": self.page_title},
                    {"url": "", "label": title},
                ],
            }
        )


class TopicsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def topics_menu_item():
    return TopicsMenuItem(
        "Topics", reverse("resources_topics"), name="topics", icon_name="tag", order=3
    )


urlpatterns = [
    path("topics/", TopicIndexView.as_view(), name="resources_topics"),
    path(
        "topics/results/",
        TopicIndexView.as_view(results_only=True),
        name="resources_topics_results",
    ),
]
