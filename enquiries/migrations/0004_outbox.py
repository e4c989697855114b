"""
Every email moves to the outbox (core.Email), and the enquiry settings to the
site settings (core.SiteSettings). Each delivery becomes an outbox email
about its enquiry, written out as it would have been sent, so one not yet
sent (or failed, to be sent again) still goes; queued tasks, enquiry and
account emails alike, are pointed at the outbox's task.
"""

from django.conf import settings
from django.db import migrations

KINDS = {
    "lead": "Enquiry to a network lead",
    "inbox": "Enquiry to the alliance inbox (no lead address)",
    "confirmation": "Confirmation to the visitor",
    "alert": "Alert: an email could not be delivered",
}
UNFINISHED = ["READY", "RUNNING"]


def _written(delivery, enquiry, network, person, inbox):
    """(recipient, subject, body, reply_to), as the site wrote them then."""
    what = "Join request" if enquiry.kind == "join" else "Enquiry"
    title = network.title if network else "a network"
    if delivery.kind in ("lead", "inbox"):
        recipient = (
            f"{person.name if person else 'A lead'}, {title}"
            if delivery.kind == "lead"
            else f"Alliance inbox for {title}"
        )
        subject = f"{what} for {title} from {enquiry.name}"
        if delivery.kind == "inbox":
            subject = f"[No lead address] {subject}"
        body = (
            f"{what} for {title}\n\n"
            f"From: {enquiry.name}{', ' + enquiry.role if enquiry.role else ''}\n"
            f"Organisation: {enquiry.organisation}\n"
            f"Email: {enquiry.email} (reply to this email to answer them)\n\n"
            f"{enquiry.message}\n"
        )
        return recipient, subject, body, [enquiry.email]
    if delivery.kind == "confirmation":
        subject = f"We have your {what.lower()}: {settings.WAGTAIL_SITE_NAME}"
        body = (
            "Hello,\n\nThank you for your enquiry, sent from the "
            f"{settings.WAGTAIL_SITE_NAME} website. We have passed it to the "
            "network's lead, who will reply to you at this address.\n\n"
            f"{settings.WAGTAIL_SITE_NAME}\n"
        )
        return "The visitor", subject, body, [inbox] if inbox else []
    subject = "Undelivered: an email about an enquiry"
    body = (
        f"An email about an enquiry from {enquiry.name} could not be "
        "delivered. It is kept in the outbox: open it and send it again.\n"
    )
    return "Alliance inbox (alert)", subject, body, []


def to_outbox(apps, schema_editor):
    EnquirySettings = apps.get_model("enquiries", "EnquirySettings")
    SiteSettings = apps.get_model("core", "SiteSettings")
    Delivery = apps.get_model("enquiries", "Delivery")
    Enquiry = apps.get_model("enquiries", "Enquiry")
    NetworkPage = apps.get_model("networks", "NetworkPage")
    Person = apps.get_model("networks", "Person")
    Email = apps.get_model("core", "Email")
    ContentType = apps.get_model("contenttypes", "ContentType")
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")

    inboxes = {}
    for old in EnquirySettings.objects.all():
        SiteSettings.objects.update_or_create(
            site_id=old.site_id,
            defaults={
                "alliance_inbox": old.alliance_inbox,
                "retention_months": old.retention_months,
            },
        )
        inboxes[old.site_id] = old.alliance_inbox
    inbox = next(iter(inboxes.values()), "")

    enquiry_type, _ = ContentType.objects.get_or_create(
        app_label="enquiries", model="enquiry"
    )
    networks = {network.pk: network for network in NetworkPage.objects.all()}
    people = {person.pk: person for person in Person.objects.all()}
    enquiries = {enquiry.pk: enquiry for enquiry in Enquiry.objects.all()}
    moved = {}
    for delivery in Delivery.objects.order_by("pk"):
        recipient, subject, body, reply_to = _written(
            delivery,
            enquiries[delivery.enquiry_id],
            networks.get(delivery.network_id),
            people.get(delivery.person_id),
            inbox,
        )
        email = Email.objects.create(
            created_at=delivery.created_at,
            kind=KINDS.get(delivery.kind, delivery.kind),
            recipient=recipient[:250],
            to_address=delivery.to_address,
            from_email=settings.DEFAULT_FROM_EMAIL,
            reply_to=reply_to,
            subject=subject[:250],
            body=body,
            about_type=enquiry_type,
            about_id=delivery.enquiry_id,
            alert_for_id=moved.get(delivery.about_id),
            status=delivery.status,
            attempts=delivery.attempts,
            last_error=delivery.last_error,
            claimed_at=delivery.claimed_at,
            next_attempt_at=delivery.next_attempt_at,
            sent_at=delivery.sent_at,
        )
        moved[delivery.pk] = email.pk

    tasks = DBTaskResult.objects.filter(status__in=UNFINISHED)
    for task in tasks.filter(task_path="enquiries.tasks.deliver"):
        delivery_id = task.args_kwargs["args"][0]
        if delivery_id in moved:
            task.task_path = "core.outbox.deliver"
            task.args_kwargs = {"args": [moved[delivery_id]], "kwargs": {}}
            task.save()
        else:
            task.delete()
    for task in tasks.filter(task_path="accounts.tasks.send_account_email"):
        data = task.args_kwargs["args"][0]
        email = Email.objects.create(
            kind="Account email",
            recipient="Someone at this address",
            to_address=(data.get("to") or [""])[0],
            from_email=data.get("from_email") or settings.DEFAULT_FROM_EMAIL,
            subject=data.get("subject", "")[:250],
            body=data.get("body", ""),
            headers=data.get("headers") or {},
        )
        task.task_path = "core.outbox.deliver"
        task.args_kwargs = {"args": [email.pk], "kwargs": {}}
        task.save()


class Migration(migrations.Migration):
    dependencies = [
        ("enquiries", "0003_enquiry_form_showing"),
        ("core", "0001_initial"),
        ("networks", "0002_network_group"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [
        migrations.RunPython(to_outbox, migrations.RunPython.noop),
        migrations.RemoveField(model_name="enquirysettings", name="site"),
        migrations.DeleteModel(name="Delivery"),
        migrations.DeleteModel(name="EnquirySettings"),
    ]
