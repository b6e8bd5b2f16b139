"""Settings shared by every environment; each differing value comes from cms.env."""

from datetime import timedelta
from pathlib import Path

import dj_database_url

from cms.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("HOCSO_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "h5p.localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "daphne",
    "cms",
    "metrics",
    "certificates",
    "learning",
    "learning.apps.HocSoUsersConfig",
    "quizzes",
    "courses",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_q",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "channels",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # First: requests for the H5P host lose their cookies before anything else sees them.
    "courses.h5p.origin.H5POriginMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "cms.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.VietnameseFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "learning.second_factor.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cms.page_cache.SignedInPageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during login into our lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"
ASGI_APPLICATION = "cms.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data stores: embedded defaults, PostgreSQL/Redis when configured -------------
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))}
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "db.sqlite3",
            "OPTIONS": {
                # WAL lets the web server read while the task worker writes; IMMEDIATE
                # takes the write lock up front so concurrent writers wait instead of failing.
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
                ),
                "transaction_mode": "IMMEDIATE",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    CHANNEL_LAYERS = {
        "default": {"BACKEND": "channels_redis.core.RedisChannelLayer", "CONFIG": {"hosts": [REDIS_URL]}}
    }
    Q_BROKER = {"redis": REDIS_URL}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "hocso"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    Q_BROKER = {"orm": "default"}

# Tasks: retry must exceed timeout so a slow task is never run twice at once; a task that keeps
# failing is given up after three deliveries (the certificate sweep picks up what matters).
Q_CLUSTER = {
    "name": "hocso",
    "workers": env_int("Q_WORKERS", 2),
    "timeout": env_int("Q_TIMEOUT", 120),
    "retry": env_int("Q_RETRY", 180),
    "max_attempts": 3,
    "catch_up": False,
    **Q_BROKER,
}
# A worker rendering a certificate holds it this long; longer than a task's timeout, so only a
# worker that died loses it, and the sweep then hands the work to another.
HOCSO_CERTIFICATE_LEASE_SECONDS = env_int("HOCSO_CERTIFICATE_LEASE_SECONDS", Q_CLUSTER["timeout"] + 30)
# The public verification page answers anyone: a person scanning a few QR codes never meets these
# limits, a script guessing codes does (per IP, or per /64 for IPv6).
HOCSO_VERIFY_PER_MINUTE = env_int("HOCSO_VERIFY_PER_MINUTE", 30)
HOCSO_VERIFY_MISSES = env_int("HOCSO_VERIFY_MISSES", 10)
# Province systems poll the indicators API; a token asking faster than this is told to wait.
HOCSO_API_REQUESTS_PER_MINUTE = env_int("HOCSO_API_REQUESTS_PER_MINUTE", 60)

# --- Users -------------------------------------------------------------------------
AUTH_USER_MODEL = "learning.User"
# Sessions are read on every signed-in request; the cache answers first, the database keeps them.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "learning:login"
LOGIN_REDIRECT_URL = "learning:my_courses"
AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses a locked phone-and-address pair before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    # Django's model backend, refusing accounts whose number was never confirmed, on every login screen.
    "learning.backends.PhoneBackend",
]
# Lock the pair (phone number, IP address), never the address alone: a whole commune office shares one IP.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = env_int("HOCSO_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("HOCSO_LOGIN_COOLOFF_MINUTES", 15))
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "learning.lockout.username_from_request"
AXES_LOCKOUT_CALLABLE = "learning.lockout.locked_out"
AXES_IPWARE_PROXY_COUNT = env_int("HOCSO_PROXY_COUNT", 0)
AXES_VERBOSE = False
OTP_TOTP_ISSUER = "Học Số"

# --- Language and time -------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
# Our own strings first; then the Vietnamese that Wagtail 8 does not ship for its admin.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_admin"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Django's own Vietnamese formats read 05/03/2026 as 3 May; ours are day first.
FORMAT_MODULE_PATH = ["cms.formats"]

# --- Static and media --------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "cms" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WHITENOISE_MAX_AGE = 3600

# --- Wagtail -----------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Học Số"
WAGTAILADMIN_BASE_URL = env_str("SITE_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt")]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "txt", "csv"]
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILUSERS_PASSWORD_REQUIRED = True

# --- Học Số ------------------------------------------------------------------------
# A course whose content was last checked against the real portal longer ago than this is stale.
HOCSO_STALE_AFTER_DAYS = env_int("HOCSO_STALE_AFTER_DAYS", 180)
HOCSO_PAGE_CACHE_SECONDS = env_int("HOCSO_PAGE_CACHE_SECONDS", 600)
# Text messages and reminders go through pluggable backends; the console ones print instead of sending.
HOCSO_SMS_BACKEND = env_str("HOCSO_SMS_BACKEND", "learning.sms.ConsoleSMSBackend")
HOCSO_NOTIFIER_BACKENDS = env_list("HOCSO_NOTIFIER_BACKENDS", ["learning.notify.ConsoleNotifier"])
HOCSO_CODE_TTL_MINUTES = env_int("HOCSO_CODE_TTL_MINUTES", 10)
HOCSO_CODE_MAX_ATTEMPTS = 5
HOCSO_CODES_PER_PHONE_PER_HOUR = env_int("HOCSO_CODES_PER_PHONE_PER_HOUR", 5)
HOCSO_CODES_PER_IP_PER_HOUR = env_int("HOCSO_CODES_PER_IP_PER_HOUR", 30)
# The privacy notice people consent to; bump the version whenever its text changes.
HOCSO_PRIVACY_NOTICE_VERSION = "2026-11"
HOCSO_DATA_REQUEST_DAYS = env_int("HOCSO_DATA_REQUEST_DAYS", 3)
# H5P content runs on its own host name, so it can read neither the site's cookies nor its pages.
# Browsers resolve any *.localhost name to this machine, so development needs no setup.
HOCSO_H5P_HOST = env_str("HOCSO_H5P_HOST", "h5p.localhost")
# The full origin when it differs from the site's scheme and port, e.g. https://h5p.hocso.example.
HOCSO_H5P_ORIGIN = env_str("HOCSO_H5P_ORIGIN", "")
HOCSO_H5P_ROOT = env_str("HOCSO_H5P_ROOT", "")
HOCSO_H5P_MAX_UPLOAD_MB = env_int("HOCSO_H5P_MAX_UPLOAD_MB", 50)
HOCSO_H5P_MAX_TOTAL_MB = env_int("HOCSO_H5P_MAX_TOTAL_MB", 150)
HOCSO_H5P_MAX_FILE_MB = env_int("HOCSO_H5P_MAX_FILE_MB", 30)
HOCSO_H5P_MAX_FILES = env_int("HOCSO_H5P_MAX_FILES", 3000)
HOCSO_REMINDER_DAYS_BEFORE = env_int("HOCSO_REMINDER_DAYS_BEFORE", 7)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail runs its search and reference-index tasks inline; one line per task is noise.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}
# The admin date pickers enter and show dates day first too.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILADMIN_USER_LOGIN_FORM = "learning.admin_users.HocSoLoginForm"
