"""A media store that cannot be reached gives a clear 503, not a 500."""

import logging

from django.template.response import TemplateResponse

from botocore.exceptions import BotoCoreError

logger = logging.getLogger(__name__)


class StorageUnavailableMiddleware:
    """
    The S3 client gives up within its connect and read timeouts (settings:
    AWS_S3_CONNECT_TIMEOUT, AWS_S3_READ_TIMEOUT), well inside gunicorn's;
    this turns that into a page that says what happened.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, BotoCoreError):
            return None
        logger.error("The media store could not be reached: %r", exception)
        response = TemplateResponse(request, "storage_unavailable.html", status=503)
        response["Retry-After"] = "60"
        return response
