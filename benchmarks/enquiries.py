"""
Contact-form submissions (--enquiries N): N join requests to two networks are
posted through Django's WSGI handler, as the browser sends them, with the
email queue on the database as in production. Then the worker sends every
queued email (to Django's in-memory mail backend, so the figure is the site's
own cost, not a mail server's).
"""

import time

from django.core import mail
from django.test import RequestFactory, override_settings

from .timing import percentile


def run(handler, count):
    from django_tasks_db.management.commands.db_worker import Worker

    from core.models import Email
    from enquiries import spam
    from enquiries.models import Enquiry
    from networks.models import NetworkPage

    networks = [
        str(pk)
        for pk in NetworkPage.objects.filter(
            slug__in=["equity", "primary-leaders"]
        ).values_list("pk", flat=True)
    ]
    factory = RequestFactory(HTTP_HOST="localhost")
    tasks = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "email": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    }
    timings = []
    with override_settings(TASKS=tasks, ENQUIRY_RATE_LIMIT=0):
        for number in range(count):
            request = factory.post(
                "/contact/",
                {
                    "networks": networks,
                    "kind": "join",
                    "name": f"Visitor {number}",
                    "email": f"visitor{number}@school.example",
                    "organisation": "A school",
                    "role": "Teacher",
                    "message": "We would like to join.",
                    "consent": "on",
                    "started": spam.new_stamp(now=time.time() - 60),
                },
            )
            request._dont_enforce_csrf_checks = True
            start = time.perf_counter()
            response = handler.get_response(request)
            timings.append((time.perf_counter() - start) * 1000)
            if response.status_code != 302:
                raise RuntimeError(f"submission {number}: {response.status_code}")

        queued = Email.objects.filter(status=Email.Status.QUEUED).count()
        mail.outbox = []
        worker = Worker(
            queue_names=["*"], interval=0, batch=True, backend_name="email",
            startup_delay=False, max_tasks=None, worker_id="bench",
            excluded_queue_names=[],
        )  # fmt: skip
        start = time.perf_counter()
        worker.run()
        drained = time.perf_counter() - start

    print(f"\nContact form: {count} join requests to two networks")
    print(
        f"  submit (save the enquiry, queue its emails): p50 "
        f"{percentile(timings, 0.5):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms"
    )
    print(
        f"  worker: {queued} emails in {drained:.2f} s "
        f"({drained / max(queued, 1) * 1000:.1f} ms each); "
        f"{Enquiry.objects.count()} enquiries stored, {len(mail.outbox)} sent"
    )
