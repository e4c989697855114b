import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Creates a local superuser for development and prints its login. "
        "Refuses to run unless the settings allow it (dev settings only)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password-file",
            default=str(settings.BASE_DIR / ".dev-admin-password"),
            help="Where the generated password is kept between runs (git-ignored).",
        )

    def handle(self, *args, password_file, **options):
        if not getattr(settings, "LLA_DEV_ADMIN", False) or not settings.DEBUG:
            raise CommandError(
                "Refusing to create a development admin: these settings are not "
                "development settings (LLA_DEV_ADMIN and DEBUG must both be on). "
                "Use `manage.py createsuperuser` for a real account."
            )
        secret_path = Path(password_file)
        password = secret_path.read_text().strip() if secret_path.exists() else ""
        user_model = get_user_model()
        user = user_model.objects.filter(username=USERNAME).first()
        if user is None or not password or not user.check_password(password):
            # A new password whenever we can no longer show the current one.
            password = secrets.token_urlsafe(12)
            user = user or user_model(username=USERNAME, email="admin@example.org")
            user.is_staff = user.is_superuser = user.is_active = True
            user.set_password(password)
            user.save()
            secret_path.write_text(password + "\n")
            secret_path.chmod(0o600)
        self.stdout.write(f"  Admin:    {settings.WAGTAILADMIN_BASE_URL}/admin/")
        self.stdout.write(f"  Login:    {USERNAME} / {password}   (local only)")
