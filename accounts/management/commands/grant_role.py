from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from accounts.roles import ROLES, role_grant


class Command(BaseCommand):
    help = "Give a user a role: member, moderator or editor."

    def add_arguments(self, parser):
        parser.add_argument("user", help="The user's email address")
        parser.add_argument("role", choices=ROLES)

    def handle(self, *args, user, role, **options):
        account = User.objects.filter(email__iexact=user).first()
        if account is None:
            raise CommandError(f"No account uses the email address {user!r}.")
        role_grant(user=account, role=role)
        self.stdout.write(self.style.SUCCESS(f"{account.email} is now a {role}."))
