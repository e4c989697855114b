"""
Bad input to the contact form never causes a server error or an extra mail
header, and always gets a clear message. Hypothesis writes the input.
"""

import email
import email.policy

from django.core import mail
from django.test import Client

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enquiries.models import Enquiry
from tests.enquiries.conftest import valid_data

pytestmark = pytest.mark.django_db

BREAKS = ["\r", "\n", "\r\n", "\u2028", "\x0b", "\x85", "\r\nBcc: victim@evil.example"]
TEXT_FIELDS = ["name", "email", "organisation", "role", "message", "kind"]
EXPECTED_HEADERS = {
    "Content-Type",
    "MIME-Version",
    "Content-Transfer-Encoding",
    "Subject",
    "From",
    "To",
    "Date",
    "Message-ID",
    "Reply-To",
}


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    """Hypothesis sends hundreds from one address; the limit is tested elsewhere."""
    settings.ENQUIRY_RATE_LIMIT = 0


def with_break(text):
    return st.tuples(st.sampled_from(BREAKS), st.integers(0, len(text))).map(
        lambda pair: text[: pair[1]] + pair[0] + text[pair[1] :]
    )


def bad_value(good):
    return st.one_of(
        with_break(good),
        st.just("x" * 10_000),
        st.just(""),
        st.text(max_size=50),
        st.just(good + "\x00"),
    )


bad_email = st.one_of(
    bad_value("ada@school.example"),
    st.sampled_from(
        [
            "not-an-address",
            "ada@",
            "@school.example",
            "ada@school.example, eve@evil.example",
            "Ada <ada@school.example>",
            "ada@school.example\r\nBcc: victim@evil.example",
            "a" * 250 + "@school.example",
        ]
    ),
)

bad_networks = st.lists(
    st.one_of(
        st.integers(-(2**70), 2**70).map(str),
        st.sampled_from(["abc", "", "1.5", "0x10", "١", "1 OR 1=1", "x" * 10_000]),
    ),
    max_size=4,
)


@st.composite
def submissions(draw, site):
    """Valid data with one to four fields made bad."""
    data = valid_data(site.primary, site.equity)
    fields = draw(
        st.lists(
            st.sampled_from([*TEXT_FIELDS, "networks", "consent"]),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    for field in fields:
        if field == "email":
            data[field] = draw(bad_email)
        elif field == "networks":
            good = [str(site.equity.pk)] if draw(st.booleans()) else []
            data[field] = good + draw(bad_networks)
        elif field == "consent":
            data[field] = draw(st.sampled_from(["", "off", "false", "0"]))
        elif draw(st.booleans()):
            del data[field]
        else:
            data[field] = draw(bad_value(str(data[field])))
    return data


def check_mail_headers(enquiry):
    for message in mail.outbox:
        parsed = email.message_from_bytes(
            message.message().as_bytes(), policy=email.policy.default
        )
        assert set(parsed.keys()) <= EXPECTED_HEADERS
        assert len(parsed.get_all("To")) == 1
        assert len(parsed["To"].addresses) == 1
        assert "\n" not in parsed["Subject"]
        assert "\r" not in parsed["Subject"]
        assert not parsed.get_all("Bcc")
        assert not parsed.get_all("Cc")
        reply_to = parsed.get_all("Reply-To") or []
        assert len(reply_to) <= 1
        if message.to != [enquiry.email]:  # to a lead: Reply-To is the visitor
            assert [a.addr_spec for a in parsed["Reply-To"].addresses] == [
                enquiry.email
            ]


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_bad_input_gets_a_message_never_an_error_or_an_extra_header(contact_site, data):
    mail.outbox.clear()
    before = Enquiry.objects.count()
    submission = data.draw(submissions(contact_site))
    response = Client(REMOTE_ADDR="192.0.2.1").post(contact_site.url, submission)

    assert response.status_code in (200, 302)
    if response.status_code == 200:
        html = response.content.decode()
        assert 'class="field__error"' in html
        assert 'class="error-summary"' in html
        assert Enquiry.objects.count() == before
        assert mail.outbox == []
    else:
        enquiry = Enquiry.objects.latest("pk")
        assert Enquiry.objects.count() == before + 1
        check_mail_headers(enquiry)


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("name", "x" * 10_000, "Use 200 characters or fewer (you have used 10000"),
        ("message", "x" * 10_000, "Use 5,000 characters or fewer"),
        ("email", "ada@school", "Enter an email address like name@school.org.uk."),
        ("email", "ada@\u2028school.example", "Enter an email address like"),
        ("email", "ada@school\x85.example", "Enter an email address like"),
        ("networks", ["999999"], "Choose networks from the list"),
        ("networks", ["abc"], "Choose networks from the list"),
        ("organisation", "A\nB", "Use a single line: remove the line break."),
        ("kind", "delete", "Choose whether you want to join or ask a question."),
        ("name", "", "Enter your name."),
    ],
)
def test_each_kind_of_bad_input_gets_its_own_clear_message(
    client, contact_site, field, value, message
):
    response = client.post(
        contact_site.url, valid_data(contact_site.equity, **{field: value})
    )
    assert response.status_code == 200
    assert message in response.content.decode()


def test_a_form_sent_without_its_security_token_is_refused_clearly(contact_site):
    client = Client(enforce_csrf_checks=True)
    response = client.post(contact_site.url, valid_data(contact_site.equity))
    assert response.status_code == 403
    assert Enquiry.objects.count() == 0
    assert b"not sent" in response.content
