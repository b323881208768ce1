from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from accounts.services import api_token_create


class Command(BaseCommand):
    help = "Create an API token for a user and print it once (only its hash is kept)."

    def add_arguments(self, parser):
        parser.add_argument("user", help="The user's email address")
        parser.add_argument(
            "--name", default="", help="A label to recognise the token by"
        )

    def handle(self, *args, user, name, **options):
        account = User.objects.filter(email__iexact=user).first()
        if account is None:
            raise CommandError(f"No account uses the email address {user!r}.")
        _token, raw = api_token_create(user=account, name=name)
        self.stdout.write(raw)
