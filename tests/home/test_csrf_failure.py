"""
A form refused by its security check (CSRF) comes back to send again, with
nothing typed lost, and with nothing another site sent.
"""

from django.test import Client, RequestFactory

import pytest
from bs4 import BeautifulSoup

from website.views import csrf_failure

pytestmark = pytest.mark.django_db

MESSAGE = (
    "Your form was not sent, because its security check had expired or your "
    "browser blocked cookies. Nothing you typed is lost: check it below and "
    "send it again."
)
DATA = {
    "name": 'Ada <script>alert("x")</script>\r\nEve',
    "message": "Line one\r\nLine two & three",
    "networks": ["3", "7"],
    "password": "never-echoed-1",
    "new_password2": "never-echoed-2",
    "empty": "",
}


def _refused(client, path="/search/", data=DATA, **headers):
    response = client.post(path, data, headers=headers)
    assert response.status_code == 403
    return response, BeautifulSoup(response.content, "html.parser")


def _hidden(form):
    return [
        (field["name"], field["value"])
        for field in form.find_all("input", type="hidden")
        if field["name"] != "csrfmiddlewaretoken"
    ]


def test_a_refused_form_comes_back_whole_with_a_fresh_token():
    client = Client(enforce_csrf_checks=True)
    response, soup = _refused(client, "/search/?q=maths&page=2")
    html = response.content.decode()

    assert MESSAGE in soup.get_text(" ", strip=True)
    [h1] = soup.find_all("h1")
    assert h1.get_text() == "Your form was not sent"
    assert h1.find_parent("main") is not None
    # The visitor's words are never kept by a cache.
    assert "no-store" in response["Cache-Control"]

    [form] = soup.select("main form")
    assert form["method"] == "post"
    assert form["action"] == "/search/?q=maths&page=2"
    assert 'action="/search/?q=maths&amp;page=2"' in html
    # Every field, each value of a repeated one, empty ones too; no passwords.
    assert _hidden(form) == [
        ("name", DATA["name"]),
        ("message", DATA["message"]),
        ("networks", "3"),
        ("networks", "7"),
        ("empty", ""),
    ]
    assert "never-echoed" not in html
    assert "passwords are not kept" in html
    # Escaped in the page: no markup of the visitor's gets in.
    assert "<script>alert" not in html
    assert (
        'value="Ada &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\r\nEve"' in html
    )
    assert 'value="Line one\r\nLine two &amp; three"' in html
    assert soup.find("script") is None
    # What will be sent is shown, by field.
    summary = soup.select_one("dl.resend-summary")
    assert [dt.get_text() for dt in summary.find_all("dt")] == [
        "Name",
        "Message",
        "Networks",
    ]
    assert [dd.get_text() for dd in summary.find_all("dd")][-2:] == ["3", "7"]
    assert "Line two & three" in summary.get_text()
    assert form.find("button", type="submit").get_text() == "Send again"

    # A fresh token in the form, and its cookie: sending again gets through.
    token = form.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    assert token
    assert client.cookies["csrftoken"].value
    resent = {"csrfmiddlewaretoken": token}
    for name, value in _hidden(form):
        resent.setdefault(name, []).append(value)
    response = client.post(form["action"], resent)
    assert response.status_code != 403
    assert b"security check" not in response.content


def test_a_form_from_the_same_site_by_the_browsers_word_comes_back():
    client = Client(enforce_csrf_checks=True)
    for headers in (
        {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"},
        {"Origin": "http://testserver"},
        {"Referer": "http://testserver/contact/"},
    ):
        _, soup = _refused(client, **headers)
        assert soup.select("main form"), headers


def test_a_form_sent_from_another_site_is_not_offered_back():
    """Else one click on "Send again" would send it with a valid token."""
    client = Client(enforce_csrf_checks=True)
    for headers in (
        {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Referer": "https://evil.example/form.html"},
    ):
        response, soup = _refused(client, **headers)
        html = response.content.decode()
        assert soup.find("form", method="post") is None, headers
        assert "Ada" not in html
        assert "Go back, reload the page and try again." in html


def test_a_refused_request_with_nothing_to_resend_says_what_to_do():
    client = Client(enforce_csrf_checks=True)
    response, soup = _refused(client, data={})
    assert soup.find("form", method="post") is None
    assert "Go back, reload the page and try again." in response.content.decode()
    assert len(soup.find_all("h1")) == 1


def test_attached_files_are_named_as_lost(tmp_path):
    upload = tmp_path / "plan.txt"
    upload.write_text("a plan")
    client = Client(enforce_csrf_checks=True)
    with upload.open("rb") as file:
        response, soup = _refused(client, data={"title": "Plan", "file": file})
    assert "attach them again" in response.content.decode()
    assert _hidden(soup.select_one("main form")) == [("title", "Plan")]


def test_the_page_renders_without_a_post():
    request = RequestFactory().get("/anything/")
    response = csrf_failure(request, reason="CSRF cookie not set.")
    response.render()
    assert response.status_code == 403
    assert b"Go back, reload the page and try again." in response.content
