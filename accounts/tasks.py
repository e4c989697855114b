"""Tasks on the email queue (`manage.py db_worker --backend email`)."""

from django_tasks import task

from . import mail


@task(backend="email")
def send_account_email(message: dict, attempt: int = 1) -> str:
    """Sends one account email; on failure it queues itself again, later."""
    return mail.send(message, attempt)
