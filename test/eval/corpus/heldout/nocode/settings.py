"""Django settings for the fernhill clubs site (production values come from the environment)."""
import os
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["clubs.fernhill.test", "10.40.3.17", "localhost"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "clubs"),
        "HOST": os.environ.get("DB_HOST", "127.0.0.1"),
        "PORT": os.environ.get("DB_PORT", "5432"),
        "CONN_MAX_AGE": 600,
        "OPTIONS": {"connect_timeout": 5, "options": "-c statement_timeout=15000"},
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://10.40.0.9:6379/2",
        "TIMEOUT": 300,
        "OPTIONS": {"max_connections": 50},
    }
}

SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_AGE = 31449600
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True

DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
FILE_UPLOAD_PERMISSIONS = 0o644
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o755

EMAIL_HOST = "smtp.mailcrane.test"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_TIMEOUT = 20

REST_FRAMEWORK = {
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 40,
    "DEFAULT_THROTTLE_RATES": {"anon": "100/hour", "user": "1000/hour", "export": "3/day"},
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=30),
}

CELERY_BROKER_URL = "redis://10.40.0.9:6379/5"
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_WORKER_MAX_TASKS_PER_CHILD = 200
CELERY_WORKER_PREFETCH_MULTIPLIER = 4
CELERY_BEAT_SCHEDULE = {
    "send-invite-reminders": {"task": "clubs.tasks.remind_invites", "schedule": 3600.0},
    "purge-expired-invites": {"task": "clubs.tasks.purge_invites", "schedule": 86400.0, "kwargs": {"older_than_days": 72}},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {
        "file": {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": "/var/log/clubs/app.log",
            "maxBytes": 10485760,
            "backupCount": 5,
        },
    },
    "root": {"handlers": ["file"], "level": "INFO"},
}

THUMBNAIL_SIZES = (64, 128, 256, 512)
MAX_CLUB_MEMBERS = 500
INVITE_TTL_HOURS = 72
EXPORT_ROW_LIMIT = 10_000
