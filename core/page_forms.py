"""
The page editor's form for every page type the project has: when a page's
slug is one another page under the same parent already has, the editor is
told which page that is, in what state, and (if they may edit it) offered a
link to it.

Wagtail 8 autosaves a new page as a draft a moment after its title is typed
(https://docs.wagtail.org/en/stable/reference/settings.html#wagtail-autosave-interval).
Leave that form and start the page again, and the new slug, made from the
same title, is the forgotten draft's. Wagtail's own error ("The slug ... is
already in use within the parent page") sits on the Promote tab and names no
page, so all the editor saw was "The page could not be created due to
validation errors".
"""

from django.conf import settings
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import slugify

from wagtail.admin.forms.pages import WagtailAdminPageForm

DRAFT = "a draft never published"


def _state(page):
    if page.live:
        return "a published page"
    if page.first_published_at:
        return "an unpublished page"
    return DRAFT


def _saved(page, user):
    """' (saved 3 minutes ago by Eddie Editor)', from its latest revision."""
    revision = page.latest_revision
    if revision is None:
        return ""
    if revision.user_id is None:
        by = ""
    elif revision.user_id == user.pk:
        by = " by you"
    else:
        by = f" by {revision.user.get_full_name() or revision.user.get_username()}"
    return f" (saved {naturaltime(revision.created_at)}{by})"


class PageForm(WagtailAdminPageForm):
    """Names the page that holds a slug this page may not have."""

    def clean(self):
        slug = self.cleaned_data.get("slug")
        cleaned_data = super().clean()
        if slug and self.has_error("slug"):
            holder = self._slug_holder(slug)
            if holder is not None:
                self._explain_clash(slug, holder)
        return cleaned_data

    def _slug_holder(self, slug):
        siblings = self.parent_page.get_children().filter(slug=slug)
        if self.instance.pk:
            siblings = siblings.exclude(pk=self.instance.pk)
        return siblings.select_related("latest_revision__user").first()

    def _explain_clash(self, slug, holder):
        state = _state(holder)
        kind = "draft" if state == DRAFT else "page"
        about = format_html("“{}”, {}", holder.get_admin_display_title(), state)
        saved = _saved(holder, self.for_user)
        if holder.permissions_for_user(self.for_user).can_edit():
            link = format_html(
                '<a href="{}">Open that {}</a> to carry on with it, or give',
                reverse("wagtailadmin_pages:edit", args=[holder.pk]),
                kind,
            )
        else:
            link = "Give"
        # Wagtail's own error names no page: this one replaces it.
        self._errors["slug"] = self.error_class(
            [
                format_html(
                    "“{}” is already the slug of {}{}. {} this page another slug.",
                    slug,
                    about,
                    saved,
                    link,
                )
            ],
            renderer=self.renderer,
        )
        # A new page's slug is made from its title as it is typed: say so on
        # the title, which is on the tab the editor is looking at.
        title = self.cleaned_data.get("title") or ""
        allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
        made_from_title = slugify(title, allow_unicode=allow_unicode) == slug
        if self.instance.pk is None and made_from_title:
            self.add_error(
                "title",
                format_html(
                    "{}{} already has the slug this title makes, “{}”. {} this "
                    "page another slug on the Promote tab.",
                    about,
                    saved,
                    slug,
                    link,
                ),
            )


class PageFormMixin:
    """For a page model: its editor names the page holding a clashing slug."""

    base_form_class = PageForm
