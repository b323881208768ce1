"""The embedded default: SQLite, embedded search, eager tasks, console email."""

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS

DEBUG = True
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "0.0.0.0", "[::1]"]  # noqa: S104 — dev only
