from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import gettext_lazy as _


class AccountAdapter(DefaultAccountAdapter):
    # Kinder words for the errors people meet most often when signing in.
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": _(
            "That email and password don't match an account. Please check them and "
            "try again, or reset your password."
        ),
        "too_many_login_attempts": _(
            "There have been several unsuccessful tries to sign in to this account, "
            "so we've paused sign-in for a few minutes to keep it safe. Please try "
            "again shortly, or reset your password."
        ),
        "rate_limited": _(
            "That's a lot of requests in a short time. Please wait a minute and try "
            "again."
        ),
        "invalid_or_expired_key": _(
            "This link has expired or was already used. Please ask for a new one."
        ),
    }

    def populate_username(self, request, user):
        # The username column mirrors the email (see accounts.models).
        user.username = user.email
