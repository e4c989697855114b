# Leeds Learning Alliance website: a first production image, gunicorn serving
# Django with whitenoise for static files. The production issue adds the
# multi-stage build, healthcheck and compose file.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=website.settings.production \
    PORT=8000 \
    WEB_CONCURRENCY=2

RUN useradd --create-home --uid 1000 lla
WORKDIR /app

# Dependencies first, so code changes reuse this layer.
COPY requirements/base.txt requirements/base.txt
RUN pip install -r requirements/base.txt

COPY --chown=lla:lla . .
# collectstatic needs settings to import, not real secrets.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --noinput --verbosity 0

USER lla
EXPOSE 8000
CMD ["sh", "-c", "exec gunicorn website.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY} --access-logfile -"]
