"""
Settings shared by every environment, and safe for production on their own.

Each integration is switched on by its own environment variable and is off by
default, so a fresh checkout runs on SQLite, the database search backend, local
media and console email. `.env.example` lists every variable with a comment.
https://docs.djangoproject.com/en/5.2/ref/settings/
"""

import datetime
from pathlib import Path

import environ

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()
# A local .env is read if present; real environment variables win over it.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# Secure by default: dev.py relaxes these for a local machine.
DEBUG = env.bool("DEBUG", default=False)
# Empty unless set: Django then refuses to start rather than run with a guessable key.
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])

# The public address of the site, used in emails, the admin and sitemaps.
# https://docs.wagtail.org/en/stable/reference/settings.html#wagtailadmin-base-url
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAIL_SITE_NAME = "Leeds Learning Alliance"

INSTALLED_APPS = [
    # Project apps
    "core",
    "accounts",
    "images",
    "home",
    "networks",
    "resources",
    "search",
    "enquiries",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Task queue for email: a database-backed queue with its own worker.
    "django_tasks",
    "django_tasks_db",
    # Member accounts and login protection
    "allauth",
    "allauth.account",
    "axes",
    "storages",
    "csp",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content Security Policy: enforced on the site, report-only in the admin.
    "website.csp.SiteCSPMiddleware",
    # Serves collected static files with far-future cache headers.
    # https://whitenoise.readthedocs.io/en/stable/django.html
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A page view's own bookkeeping (search and download counts) runs after
    # its response is sent, and never fails it (core/bookkeeping.py).
    "core.bookkeeping.AfterResponseMiddleware",
    # Each request reads the content generation once (core/content_cache.py).
    "core.content_cache.ContentGenerationMiddleware",
    # Whole pages for anonymous visitors, from the shared cache: outside the
    # session and CSRF middleware, so it sees every cookie they set.
    "core.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Members-only files are not to be kept by shared caches.
    "resources.documents.private_documents",
    "allauth.account.middleware.AccountMiddleware",
    # A media store that is down: a 503 page rather than a 500.
    "website.storage_errors.StorageUnavailableMiddleware",
    # Last: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database
# SQLite by default. WAL lets readers work while one writer writes; IMMEDIATE
# transactions take the write lock up front and the timeout waits for it, so
# concurrent writes queue instead of failing with "database is locked".
# Reads go through a memory map of the file (up to 1 GiB) and a 32 MB page
# cache, not a read() call for each 4 KB page: with SQLite's 2 MB default, a
# search at 100,000 resources spent more time in the kernel than in SQLite.
# Temporary tables (a search's matches, search/hits.py) stay in memory.
# https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-notes
# https://www.sqlite.org/mmap.html
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA mmap_size=1073741824; PRAGMA cache_size=-32000; "
            "PRAGMA temp_store=MEMORY;"
        ),
        "transaction_mode": "IMMEDIATE",
        "timeout": 5,
    }
# Each worker keeps its connection between requests: opening one costs a
# PostgreSQL handshake, or SQLite's PRAGMAs and schema read (about 2 ms a
# request under gunicorn).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A custom user model from the first migration: swapping it later is painful.
# https://docs.djangoproject.com/en/5.2/topics/auth/customizing/#substituting-a-custom-user-model
AUTH_USER_MODEL = "accounts.User"
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"

# Argon2 for new and changed passwords; older hashes still check, and are
# upgraded at the next sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts (accounts/, with django-allauth). Members sign in with their email
# address, which they must verify; a partner organisation's email domain makes
# them a member at once, anyone else waits for an LLA editor's approval.
# https://docs.allauth.org/en/latest/account/configuration.html
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out username and address before any password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.MemberDetailsForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_USER_DISPLAY = "accounts.adapter.user_display"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Leeds Learning Alliance: "
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PREVENT_ENUMERATION = True
# Failed logins are django-axes' to count, per email address and IP together, so
# one attacker cannot lock a member out everywhere; allauth's own login
# limit (per address, from any IP) would. Its other limits stay.
ACCOUNT_RATE_LIMITS = {"login_failed": False}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
# Wagtail's own front-end login (private pages, private collections) is ours.
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
# The admin's login signs in only those who may use the admin: anyone else
# signs in on the site, where the email address must be verified.
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminLoginForm"
# No avatars from Gravatar: each admin page would tell a third party (by a hash
# of their email address) who edits the site, and with no internet they break.
# None draws Wagtail's own picture instead.
# https://docs.wagtail.org/en/stable/reference/settings.html#wagtail-gravatar-provider-url
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# django-axes: five failed logins lock that email address (or username) from
# that IP for the cool-off period; other IPs and other users carry on.
# https://django-axes.readthedocs.io/en/latest/4_configuration.html
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=env.int("AXES_COOLOFF_MINUTES", default=15)
)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "accounts.lockout.attempted_username"
AXES_CLIENT_IP_CALLABLE = "accounts.lockout.client_ip"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# Cache: local memory, or Redis shared by every web process when REDIS_URL is
# set (rate limits, allauth's limits, the page and content caches live in
# it). If Redis dies or hangs, the site keeps serving: after one failed call
# (short socket timeouts) a process uses its own memory for RETRY_AFTER
# seconds before asking Redis again (core/cache.py).
# https://docs.djangoproject.com/en/5.2/topics/cache/
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.FailoverRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "lla",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                "RETRY_AFTER": 5,
            },
        }
    }
else:
    CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# The page and content caches key on a generation number that a publish in
# any process moves on (core/content_cache.py), so they need a cache every
# worker shares. In local memory each gunicorn worker would have its own and
# serve what another worker's publish replaced, so both are off by default
# unless the cache is shared (REDIS_URL, or a shared CACHE_URL).
CACHE_IS_SHARED = not CACHES["default"]["BACKEND"].endswith(
    ("LocMemCache", "DummyCache")
)
# Anonymous page views are kept this long (0 turns the page cache off); a
# published change shows at once regardless (core/page_cache.py).
PAGE_CACHE_SECONDS = env.int(
    "PAGE_CACHE_SECONDS", default=600 if CACHE_IS_SHARED else 0
)
# Menus, related resources and page fragments, for everyone, until the content
# changes; 0 works them out on every request.
CONTENT_CACHE_SECONDS = env.int(
    "CONTENT_CACHE_SECONDS", default=60 * 60 * 24 if CACHE_IS_SHARED else 0
)

# Internationalisation: the alliance is in Leeds.
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# Static files and media
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Media on S3 (or any S3-compatible store) when a bucket is named. The bucket
# stays private: documents go through Wagtail's serve view, which checks who
# may have them; images are read through short-lived signed addresses. The
# timeouts are well below gunicorn's 30 s, so a store that is down gives a
# clear error rather than a killed worker.
# https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    from botocore.config import Config as _BotoConfig

    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("AWS_S3_REGION_NAME", default="eu-west-2"),
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": 6 * 60 * 60,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "private, max-age=86400"},
            "client_config": _BotoConfig(
                connect_timeout=env.float("AWS_S3_CONNECT_TIMEOUT", default=3),
                read_timeout=env.float("AWS_S3_READ_TIMEOUT", default=10),
                retries={"max_attempts": 2, "mode": "standard"},
                signature_version="s3v4",
            ),
        },
    }
    # Cached pages and fragments carry signed image addresses: keep them for
    # at most half the addresses' lifetime, so none is handed out expired.
    _SIGNED_FOR = STORAGES["default"]["OPTIONS"]["querystring_expire"]
    PAGE_CACHE_SECONDS = min(PAGE_CACHE_SECONDS, _SIGNED_FOR // 2)
    CONTENT_CACHE_SECONDS = min(CONTENT_CACHE_SECONDS, _SIGNED_FOR // 2)

# Email: printed to the console unless EMAIL_URL names an SMTP server,
# e.g. smtp+tls://user:password@smtp.example.org:587
if env("EMAIL_URL", default=""):
    _email = env.email_url("EMAIL_URL")
    EMAIL_BACKEND = _email["EMAIL_BACKEND"]
    EMAIL_HOST = _email["EMAIL_HOST"]
    EMAIL_PORT = _email["EMAIL_PORT"]
    EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
    EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
    EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
    EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="Leeds Learning Alliance <noreply@example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

# Tasks. Wagtail indexes search and references through the "default" backend,
# which stays immediate so content is searchable as soon as it is published.
# Outgoing email goes through its own database queue, worked by
# `manage.py db_worker --backend email`, so a slow or failing mail server never
# holds up a request. https://docs.wagtail.org/en/stable/reference/settings.html#tasks
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "email": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}

# A task running this long has lost its worker (killed mid-send): the worker
# queues it again (core/tasks.py), looking every TASK_SWEEP_SECONDS. An
# email takes seconds (EMAIL_TIMEOUT), so a claim this old is safe to retake.
TASK_STALE_SECONDS = env.int("TASK_STALE_SECONDS", default=15 * 60)
TASK_SWEEP_SECONDS = env.int("TASK_SWEEP_SECONDS", default=60)

# The outbox (core/outbox.py): an email that fails is tried again after these
# many seconds in turn, then marked failed and the alliance inbox alerted.
EMAIL_RETRY_DELAYS = [60, 5 * 60, 15 * 60, 60 * 60, 4 * 60 * 60]

# Enquiries (enquiries/).
# A form sent back sooner than this after it was shown is a bot's; one older
# than the second is sent back to the visitor to check and send again.
ENQUIRY_MIN_FILL_SECONDS = env.int("ENQUIRY_MIN_FILL_SECONDS", default=3)
ENQUIRY_MAX_FORM_AGE = 24 * 60 * 60
# Valid submissions per visitor address per window (seconds), counted in the
# cache. Schools share one address, so the limit is generous.
ENQUIRY_RATE_LIMIT = env.int("ENQUIRY_RATE_LIMIT", default=10)
ENQUIRY_RATE_WINDOW = 60 * 60
# How long saving an enquiry keeps trying while another process holds the
# database (each try waits up to the connection's 5 s timeout, so the visitor
# waits at most about this plus 5 s), before the visitor is asked to send
# again. Twenty people pressing Send at once on a busy 2-CPU machine needed
# more than 8 s. Below gunicorn's 30 s.
ENQUIRY_SAVE_PATIENCE = env.float("ENQUIRY_SAVE_PATIENCE", default=15)
# Searches per visitor address a minute (the site search, the library and the
# suggestions offered as someone types), counted in the cache; 0 switches the
# limit off. Schools share one address and each suggestion counts, so it is
# generous: a search costs at most about 0.1 s (search/engine.py).
SEARCH_RATE_LIMIT = env.int("SEARCH_RATE_LIMIT", default=120)
# A search on the database backends ranks and counts at most this many of the
# newest pages holding its words (and as many named for it, and as many within
# the filters chosen), so its cost stays flat as the library grows; past it,
# the results say "more than" (search/hits.py).
SEARCH_MATCH_LIMIT = env.int("SEARCH_MATCH_LIMIT", default=1000)
# How many proxies in front of the site add to X-Forwarded-For (0: none, so
# REMOTE_ADDR is the visitor). Set it behind a load balancer.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# Search: Wagtail's database backend (SQLite FTS5, or PostgreSQL full text).
# https://docs.wagtail.org/en/stable/topics/search/backends.html
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
# Elasticsearch 9 by default; ELASTICSEARCH_BACKEND picks another modelsearch
# backend (elasticsearch8 with an 8.x client, opensearch2, opensearch3).
# https://docs.wagtail.org/en/stable/topics/search/backends.html
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "modelsearch.backends."
        + env.str("ELASTICSEARCH_BACKEND", default="elasticsearch9"),
        "URLS": [ELASTICSEARCH_URL],
        "INDEX_PREFIX": env.str("ELASTICSEARCH_INDEX_PREFIX", default="lla_"),
        "TIMEOUT": env.int("ELASTICSEARCH_TIMEOUT", default=5),
        # Fail fast: search answers 503 rather than keep a visitor waiting.
        "OPTIONS": {"max_retries": 1},
        "INDEX_SETTINGS": {},
    }
# Wagtail's "Search terms" report keeps daily counts this many days.
WAGTAILSEARCH_HITS_MAX_AGE = 90

# Wagtail
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": [
                "h2",
                "h3",
                "bold",
                "italic",
                "ol",
                "ul",
                "link",
                "document-link",
            ]
        },
    }
}
# Tags are case-insensitive: "Equity" and "equity" are one tag.
TAGGIT_CASE_INSENSITIVE = True

# Uploads. Wagtail's defaults accept an 8000x8000 pixel "bomb"; SVG images and
# HTML or SVG documents can carry scripts, so neither is accepted.
# https://docs.wagtail.org/en/stable/reference/settings.html#images
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = [
    "csv", "docx", "odp", "ods", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip",
]  # fmt: skip
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents always pass through Wagtail's serve view, which runs the
# before_serve_document hook that keeps members-only files private. With S3,
# the default "redirect" would hand out URLs anyone could use.
# https://docs.wagtail.org/en/stable/reference/settings.html#wagtaildocs-serve-method
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Browsers and shared caches may keep a public document this long: short,
# because no cache can be told when a file is later made members-only.
# Members-only documents are always "private, no-store" (resources/documents.py).
DOCUMENT_CACHE_SECONDS = env.int("DOCUMENT_CACHE_SECONDS", default=300)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Content Security Policy (django-csp): the public site loads nothing from
# elsewhere and runs no inline script or style. The admin gets the same
# policy report-only (website/csp.py). Images may come from the media store.
_MEDIA_ORIGINS = []
if AWS_STORAGE_BUCKET_NAME:
    _MEDIA_ORIGINS = [
        env.str("AWS_S3_ENDPOINT_URL", default="")
        or f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
    ]
_CSP_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", *_MEDIA_ORIGINS],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": _CSP_DIRECTIVES,
}
CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": _CSP_DIRECTIVES}

# Security headers that hold in every environment.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Wagtail's preview views override this to SAMEORIGIN for the editor's preview.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# A refused form is offered back to send again, so nothing typed is lost.
# https://docs.djangoproject.com/en/5.2/ref/settings/#csrf-failure-view
CSRF_FAILURE_VIEW = "website.views.csrf_failure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # One line per task run (every search index update) drowns real messages.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # Every successful login is an INFO line; lockouts are WARNINGs.
        "axes": {"level": "WARNING"},
    },
}
