"""What the Wagtail admin answered a request: status, redirect and messages."""

from django.contrib.messages import get_messages


def messages(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def answer(response):
    return response.status_code, response.get("Location"), messages(response)
