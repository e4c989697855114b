"""
The public pages work under their strict Content Security Policy in
Chromium: no script, style or image is refused, with or without the
library's and the search box's JavaScript at work.
"""

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAGES = [
    "/",
    "/networks/",
    "/networks/equity/",
    "/resources/",
    "/resources/?type=toolkit&network=equity",
    "/resources/race-equity-leadership-toolkit/",
    "/search/?q=equity",
    "/contact/",
    "/accounts/signup/",
    "/no-such-page/",
]


def test_public_pages_break_no_rule_of_their_policy(page, lla_live):
    violations, console = [], []
    page.on(
        "console",
        lambda message: (
            console.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    for path in PAGES:
        response = page.goto(lla_live.url + path)
        assert "default-src 'self'" in response.headers["content-security-policy"]
        page.evaluate(
            """() => { window.__csp = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI)); }"""
        )
        page.wait_for_load_state("networkidle")
        violations += [f"{path}: {v}" for v in page.evaluate("window.__csp")]

    # The scripts that run do their work: suggestions come as you type.
    page.goto(lla_live.url + "/search/")
    page.get_by_role("combobox", name="Search the whole site").press_sequentially(
        "equity", delay=30
    )
    page.get_by_role("option").first.wait_for()

    assert console == []
    assert violations == []
