from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.db.models.functions import Lower

from taggit.models import Tag

from .models import ResourceTag
from .tags import find_tag


class TopicMergeForm(forms.Form):
    """
    Merge topics into one: one of those chosen, another existing topic, or a
    new one. Naming an existing topic in any case picks that topic.
    """

    topics = forms.ModelMultipleChoiceField(
        queryset=Tag.objects.all(),
        error_messages={
            "required": "Choose the topics to merge.",
            "invalid_choice": "A topic you chose no longer exists. Choose again.",
            "invalid_pk_value": "Choose topics from the list.",
        },
    )
    target = forms.CharField(
        label="Merge into",
        max_length=Tag._meta.get_field("name").max_length,
        # Suggests the topics' names (the list page has a <datalist> of them).
        widget=forms.TextInput(attrs={"list": "topic-names", "autocomplete": "off"}),
        help_text=(
            "The topic to keep: one of those chosen, another topic, or a new name."
        ),
        error_messages={"required": "Give the name of the topic to merge into."},
    )

    def clean(self):
        cleaned_data = super().clean()
        topics, name = cleaned_data.get("topics"), cleaned_data.get("target")
        if not topics or not name:
            return cleaned_data
        target = find_tag(name)
        self.sources = [tag for tag in topics if tag != target]
        if not self.sources:
            raise ValidationError(
                "Choose two or more topics to merge, or give this one a new name."
            )
        self.target_tag = target
        self.target_name = target.name if target else name
        return cleaned_data

    def summary(self):
        """What the merge will do, in words for the confirmation page."""
        resources = (
            ResourceTag.objects.filter(tag__in=self.sources)
            .values("content_object_id")
            .distinct()
            .count()
        )
        return {
            "sources": Tag.objects.filter(pk__in=[tag.pk for tag in self.sources])
            .annotate(resource_count=Count("resources_resourcetag_items"))
            .order_by(Lower("name")),
            "target_is_new": self.target_tag is None,
            "resource_count": resources,
        }
