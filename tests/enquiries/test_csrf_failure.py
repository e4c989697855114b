"""A form refused by its security check can be sent again, with nothing lost."""

import re

from django.test import Client

import pytest

from tests.enquiries.conftest import valid_data

pytestmark = pytest.mark.django_db


def test_the_refused_form_comes_back_to_send_again(contact_site):
    client = Client(enforce_csrf_checks=True)
    data = valid_data(
        contact_site.equity, name='Ada <script>alert("x")</script>\r\nEve'
    )
    data["password"] = "never-echoed"
    response = client.post(contact_site.url + "?network=equity", data)
    html = response.content.decode()

    assert response.status_code == 403
    assert "Your form was not sent" in html
    assert "Nothing you typed is lost" in html
    assert 'action="/contact/?network=equity"' in html
    assert "never-echoed" not in html
    assert "<script>alert" not in html
    assert 'value="Ada &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;' in html
    assert 'value="We would like to join.\nWhen do you next meet?"' in html

    # Sending it again, with the fresh token, gets through.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    fields = set(re.findall(r'<input type="hidden" name="([^"]+)" value="', html))
    assert {"networks", "name", "email", "message", "consent", "started"} <= fields
    resent = {**data, "csrfmiddlewaretoken": token}
    resent.pop("password")
    response = client.post(contact_site.url, resent)
    assert response.status_code != 403


def test_a_refused_request_with_nothing_to_resend_says_what_to_do(client):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/search/")
    assert response.status_code == 403
    assert "Go back, reload the page and try again." in response.content.decode()
