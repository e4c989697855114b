"""
Run by tests/website/test_production_stack.py in a process of its own, with
the production settings and the engines named in its environment. Prints one
JSON object of what it saw. `python production_stack.py serve|outage`.
"""

import io
import json
import sys
import time
import urllib.request

import django

django.setup()


from django.contrib.auth.models import Group  # noqa: E402
from django.contrib.staticfiles.storage import staticfiles_storage  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.core.files.images import ImageFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from wagtail.documents import get_document_model  # noqa: E402
from wagtail.images import get_image_model  # noqa: E402
from wagtail.models import Collection, CollectionViewRestriction  # noqa: E402

from allauth.account.models import EmailAddress  # noqa: E402
from PIL import Image  # noqa: E402

from accounts.models import User  # noqa: E402
from home.factories import make_site_with_home  # noqa: E402
from resources.models import MEMBERS_GROUP  # noqa: E402

HOST = "www.example.org"
PDF = b"%PDF-1.4\n% members-only plan\n"
PASSWORD = "a-long-Pass-phrase-42"  # noqa: S105 (a throwaway test account)


def client(user=None):
    c = Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
    if user is not None:
        # Signing in as a member does, through the login form (and axes).
        response = c.post(
            "/accounts/login/", {"login": user.email, "password": PASSWORD}
        )
        assert response.status_code == 302, response.status_code
    return c


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def serve():
    # As the image does at build time (STATIC_ROOT is a folder of the test's).
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)
    make_site_with_home(hostname=HOST, port=443)
    root = Collection.get_first_root_node()
    private = root.add_child(name="Members only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Plan", collection=private)
    document.file.save("plan.pdf", ContentFile(PDF), save=True)

    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), (30, 90, 160)).save(buffer, "PNG")
    image = get_image_model()(title="Photo", description="A photo")
    image.file.save("photo.png", ImageFile(buffer, name="photo.png"), save=True)
    image_url = image.file.url
    with urllib.request.urlopen(image_url, timeout=10) as answer:  # noqa: S310
        image_bytes = answer.read()
        image_cache_control = answer.headers.get("Cache-Control", "")

    member = User.objects.create_user("member", "member@school.example", PASSWORD)
    member.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])
    EmailAddress.objects.create(
        user=member, email=member.email, verified=True, primary=True
    )

    anonymous = client().get(document.url)
    as_member = client(member).get(document.url)
    health = client().get("/healthz/")
    return {
        "document_name": document.file.name,
        "image_name": image.file.name,
        "image_url": image_url,
        "image_is_png": image_bytes[:8] == b"\x89PNG\r\n\x1a\n",
        "image_cache_control": image_cache_control,
        "static_cache_control": client()
        .get(staticfiles_storage.url("css/site.css"))
        .get("Cache-Control", ""),
        "anonymous_status": anonymous.status_code,
        "member_status": as_member.status_code,
        "member_bytes_match": body(as_member) == PDF,
        "member_cache_control": as_member.get("Cache-Control", ""),
        "health_status": health.status_code,
        "health": health.json(),
        "home_status": client().get("/").status_code,
        "document_url": document.url,
    }


def outage(document_url):
    member = User.objects.get(username="member")
    started = time.monotonic()
    response = client(member).get(document_url)
    elapsed = time.monotonic() - started
    health = client().get("/healthz/")
    return {
        "status": response.status_code,
        "text": response.content.decode(),
        "seconds": elapsed,
        "health_status": health.status_code,
        "health": health.json(),
        "home_status": client().get("/").status_code,
    }


if __name__ == "__main__":
    result = serve() if sys.argv[1] == "serve" else outage(sys.argv[2])
    sys.stdout.write(json.dumps(result) + "\n")
