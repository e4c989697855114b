"""Tasks on the email queue (`manage.py db_worker --backend email`)."""

from django_tasks import task

from . import delivery


@task(backend="email")
def deliver(delivery_id: int) -> str:
    """Sends one enquiry email; on failure it queues itself again, later."""
    return delivery.attempt(delivery_id)
