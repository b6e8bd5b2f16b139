"""Settings switch on environment variables; production refuses to start half-configured."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({'db': s.DATABASES['default']['ENGINE'], 'db_name': str(s.DATABASES['default']['NAME']),"
    "'cache': s.CACHES['default']['BACKEND'], 'channels': s.CHANNEL_LAYERS['default']['BACKEND'],"
    "'broker': 'redis' if 'redis' in s.Q_CLUSTER else 'orm', 'debug': s.DEBUG, 'lang': s.LANGUAGE_CODE,"
    "'tz': s.TIME_ZONE, 'journal': s.DATABASES['default'].get('OPTIONS', {}).get('init_command', '')}))"
)


def probe(module: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS")
    }
    clean.update(DJANGO_SETTINGS_MODULE=module, **env)
    return subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=clean, capture_output=True, text=True)


def test_embedded_defaults_are_sqlite_wal_and_in_process_services(tmp_path):
    result = probe("cms.settings.dev", HOCSO_VAR_DIR=str(tmp_path))
    values = json.loads(result.stdout)
    assert values["db"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in values["journal"]
    assert values["cache"].endswith("LocMemCache")
    assert values["channels"] == "channels.layers.InMemoryChannelLayer"
    assert values["broker"] == "orm"
    assert (values["lang"], values["tz"]) == ("vi", "Asia/Ho_Chi_Minh")


def test_database_and_redis_urls_switch_every_service():
    result = probe(
        "cms.settings.dev",
        DATABASE_URL="postgres://u@db.example:5432/hocso",
        REDIS_URL="redis://cache.example:6379/1",
    )
    values = json.loads(result.stdout)
    assert values["db"] == "django.db.backends.postgresql"
    assert values["db_name"] == "hocso"
    assert values["cache"].endswith("RedisCache")
    assert values["channels"] == "channels_redis.core.RedisChannelLayer"
    assert values["broker"] == "redis"


def test_production_refuses_to_start_without_a_secret_key():
    result = probe("cms.settings.production", ALLOWED_HOSTS="hocso.example.vn")
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = probe("cms.settings.production", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set in production" in result.stderr


def test_production_starts_when_configured():
    result = probe("cms.settings.production", SECRET_KEY="x" * 50, ALLOWED_HOSTS="hocso.example.vn")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["debug"] is False


def test_a_malformed_boolean_is_refused_clearly():
    result = probe("cms.settings.dev", DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr
