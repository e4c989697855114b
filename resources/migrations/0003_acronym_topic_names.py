"""
Topics (taggit's tags, case-insensitive) that are acronyms read in capitals:
"send" becomes "SEND". The shipped content now names them so; this fixes
sites loaded before. Slugs stay, so every filter link keeps working.
"""

from django.db import migrations

ACRONYMS = [
    "SEND",
    "NEET",
    "CEIAG",
    "FE",
    "HE",
    "EYFS",
    "CPD",
    "AI",
    "ITT",
    "PSHE",
    "STEM",
]


def upper_case_acronyms(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    for acronym in ACRONYMS:
        if Tag.objects.filter(name=acronym).exists():
            # Another spelling beside it would break the unique name: editors
            # merge the two under Library > Topics.
            continue
        tag = (
            Tag.objects.filter(name__iexact=acronym)
            .exclude(name=acronym)
            .order_by("pk")
            .first()
        )
        if tag is not None:
            tag.name = acronym
            tag.save(update_fields=["name"])


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0002_downloadcount"),
        (
            "taggit",
            "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx",
        ),
    ]

    operations = [
        migrations.RunPython(upper_case_acronyms, migrations.RunPython.noop),
    ]
