from wagtail.models import APIToken

from accounts.models import User


def api_token_create(*, user: User, name: str = "") -> tuple[APIToken, str]:
    """Create a token (Wagtail's APIToken) and return it with its plaintext, shown once."""
    return APIToken.create_token(user=user, name=name or "API token")
