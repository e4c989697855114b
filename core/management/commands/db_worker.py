"""
`manage.py db_worker`: django-tasks-db's worker, plus what it lacks for a
queue that must lose nothing.

- **A task whose worker died is queued again.** At start-up and every
  TASK_SWEEP_SECONDS, `core.tasks.sweep()` requeues tasks running for longer
  than TASK_STALE_SECONDS (their worker was killed mid-task).
- **A busy database is waited out.** When another process holds SQLite's
  write lock, writing a task's result is tried again until it works, rather
  than ending the worker with the task left running.

This command takes the place of django_tasks_db's own (the `core` app comes
first in INSTALLED_APPS), so `make run`, the Docker image and
docker-compose all start it with the usual
`manage.py db_worker --backend email --queue-name '*'`.
"""

import functools
import logging
import os
import threading
import time

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV

from django_tasks_db.management.commands import db_worker

from core.db import is_busy, retry_while_busy
from core.tasks import sweep

logger = logging.getLogger(__name__)


class Worker(db_worker.Worker):
    def run(self):
        # django-tasks-db lets a locked database end the worker when it
        # cannot even begin the transaction that claims a task.
        while True:
            try:
                return super().run()
            except DatabaseError as error:
                if not is_busy(error) or not self.running:
                    raise
                logger.warning("The database is busy; the worker waits: %s", error)
                time.sleep(max(self.interval, 0.5))

    def run_task(self, db_task_result):
        for name in ("set_successful", "set_failed"):
            method = getattr(db_task_result, name)
            setattr(db_task_result, name, functools.partial(retry_while_busy, method))
        return super().run_task(db_task_result)


def _sweep_now_and_then(backend_name, interval, stop):
    while True:
        try:
            close_old_connections()
            retry_while_busy(sweep, backend_name)
        except Exception:  # noqa: BLE001 (the sweeper must outlive any one sweep)
            logger.exception("Sweeping for tasks that lost their worker failed")
        finally:
            connection.close()
        if stop.wait(interval):
            return


class Command(db_worker.Command):
    help = (
        "Run the database task worker; tasks whose worker died are queued "
        "again, and a busy database is waited out."
    )

    def handle(self, *args, **options):
        stop = threading.Event()
        # With --reload, the worker runs in a child process: sweep there only.
        child = os.environ.get(DJANGO_AUTORELOAD_ENV) == "true"
        reloader = options.get("reload") and not child
        if not options.get("batch") and not reloader:
            threading.Thread(
                target=_sweep_now_and_then,
                args=(options["backend_name"], settings.TASK_SWEEP_SECONDS, stop),
                name="task-sweeper",
                daemon=True,
            ).start()
        # django-tasks-db's handle() builds its Worker by name: ours, for now.
        original = db_worker.Worker
        db_worker.Worker = Worker
        try:
            return super().handle(*args, **options)
        finally:
            db_worker.Worker = original
            stop.set()
