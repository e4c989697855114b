"""
Tasks whose worker died. A worker killed mid-task (SIGKILL, a lost machine)
leaves its task RUNNING forever: django-tasks has no heartbeat and no retry.
`sweep()` finds tasks that have been running far longer than any of ours
takes (TASK_STALE_SECONDS), marks each failed ("worker lost") and queues it
again, once, in the same transaction. Our tasks are safe to run again: an
email is claimed before it is sent (core/outbox.py), so a copy of a task
that did finish finds nothing to do.

The email worker runs it at start-up and every TASK_SWEEP_SECONDS
(core/management/commands/db_worker.py).
"""

import logging

from django.db import transaction
from django.utils import timezone

from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .models import stale_cutoff

logger = logging.getLogger(__name__)

WORKER_LOST = "core.tasks.WorkerLost"


class WorkerLost(Exception):
    """The worker running a task stopped before the task finished."""


def sweep(backend_name, now=None):
    """Queues again every task of `backend_name` whose worker died. Returns how many."""
    now = now or timezone.now()
    stale = DBTaskResult.objects.filter(
        backend_name=backend_name,
        status=TaskResultStatus.RUNNING,
        started_at__lt=stale_cutoff(now),
    )
    queued = 0
    for result in stale:
        with transaction.atomic():
            taken = DBTaskResult.objects.filter(
                pk=result.pk, status=TaskResultStatus.RUNNING
            ).update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path=WORKER_LOST,
                traceback=(
                    f"The worker running this task stopped before it finished "
                    f"(running since {result.started_at:%Y-%m-%d %H:%M:%S} UTC). "
                    "The task was queued again."
                ),
            )
            if not taken:  # another worker's sweep got there first
                continue
            arguments = result.args_kwargs
            result.task.using(
                queue_name=result.queue_name, priority=result.priority
            ).enqueue(*arguments["args"], **arguments["kwargs"])
        queued += 1
        logger.warning(
            "Task %s (%s) lost its worker; queued again", result.pk, result.task_path
        )
    return queued
