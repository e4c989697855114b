"""
Fixtures for the fault suite: the site's template database (built once per
test session and process), the site itself, a real Redis of the test's own,
a real SMTP server, and one that accepts connections and never answers.
"""

import os
import shutil

import pytest

from tests.email_infra import SMTPServer
from tests.redis_server import RedisServer

from .servers import SilentSMTPServer
from .stack import Stack, Template


def _require(condition, why):
    if not condition:
        if os.environ.get("LLA_REQUIRE_BROWSER"):
            pytest.fail(why)
        pytest.skip(why)


@pytest.fixture(scope="session")
def site_template(tmp_path_factory, django_db_setup):
    """Built from the test run's own migrated database where it can be."""
    template = Template(tmp_path_factory.mktemp("faults-template"))
    try:
        yield template.build()
    finally:
        # Dropped even when building it failed, so no database is left behind.
        template.drop()


@pytest.fixture
def redis():
    _require(shutil.which("redis-server"), "the fault tests need redis-server")
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture
def smtp():
    server = SMTPServer().start()
    yield server
    server.stop()


@pytest.fixture
def silent_smtp():
    server = SilentSMTPServer().start()
    yield server
    server.stop()


@pytest.fixture
def make_stack(site_template, tmp_path):
    stacks = []

    def make(**kwargs):
        stack = Stack(site_template, tmp_path / f"stack{len(stacks)}", **kwargs)
        stacks.append(stack)
        return stack

    yield make
    for stack in stacks:
        stack.stop()
