from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def populate_username(self, request, user):
        # The username column mirrors the email (see accounts.models).
        user.username = user.email
