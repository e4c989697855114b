# Leeds Learning Alliance website: gunicorn serving Django, whitenoise serving
# static files. Two stages: the first builds the dependencies into a virtual
# environment, the second copies it into a slim image that runs as a non-root
# user. docker-compose.yml runs this image as `web` and as the email `worker`.

# --- build: dependencies only, so code changes reuse this layer -------------
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /venv
COPY requirements/base.txt /tmp/requirements/base.txt
RUN /venv/bin/pip install -r /tmp/requirements/base.txt

# --- run ----------------------------------------------------------------------
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=website.settings.production \
    PORT=8000 \
    WEB_CONCURRENCY=2 \
    GUNICORN_TIMEOUT=30

RUN useradd --create-home --uid 1000 lla
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=lla:lla . .

# collectstatic at build time: settings must import, but need no real secrets.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost \
    DATABASE_URL=sqlite:////tmp/collectstatic.sqlite3 \
    python manage.py collectstatic --noinput --verbosity 0 \
    && rm -f /tmp/collectstatic.sqlite3

USER lla
EXPOSE 8000

# /healthz/ answers 503 when the database, cache, search or storage is down.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz/' % os.environ.get('PORT', '8000'), timeout=4)" || exit 1

CMD ["sh", "-c", "exec gunicorn website.wsgi:application --config python:website.gunicorn --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY} --timeout ${GUNICORN_TIMEOUT} --access-logfile - --forwarded-allow-ips '*'"]
