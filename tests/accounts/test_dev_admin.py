"""`make run` prints a local admin login, and never with production settings."""

from io import StringIO

from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from django.test import override_settings

import pytest

pytestmark = pytest.mark.django_db


def run(tmp_path):
    out = StringIO()
    call_command("ensure_dev_admin", password_file=str(tmp_path / "secret"), stdout=out)
    return out.getvalue()


@override_settings(DEBUG=True, LLA_DEV_ADMIN=True)
def test_creates_a_superuser_and_prints_a_login_that_works(tmp_path):
    output = run(tmp_path)

    password = output.split("admin / ")[1].split()[0]
    user = authenticate(username="admin", password=password)
    assert user is not None and user.is_superuser and user.is_staff
    assert "/admin/" in output


@override_settings(DEBUG=True, LLA_DEV_ADMIN=True)
def test_prints_the_same_login_every_run(tmp_path):
    assert run(tmp_path) == run(tmp_path)


@override_settings(DEBUG=True, LLA_DEV_ADMIN=True)
def test_a_changed_password_is_replaced_by_one_it_can_print(
    tmp_path, django_user_model
):
    run(tmp_path)
    admin = django_user_model.objects.get(username="admin")
    admin.set_password("changed-elsewhere")
    admin.save()

    password = run(tmp_path).split("admin / ")[1].split()[0]

    assert authenticate(username="admin", password=password)


@pytest.mark.parametrize(
    ("debug", "allowed"), [(False, True), (True, False), (False, False)]
)
def test_refuses_outside_development(tmp_path, django_user_model, debug, allowed):
    with (
        override_settings(DEBUG=debug, LLA_DEV_ADMIN=allowed),
        pytest.raises(CommandError, match="Refusing"),
    ):
        run(tmp_path)
    assert not django_user_model.objects.exists()
