import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from accounts.models import User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    username = factory.LazyAttribute(lambda o: o.email)
    display_name = factory.Sequence(lambda n: f"Member {n}")
    family_role = User.FamilyRole.PARENT
    age_confirmed_at = factory.LazyFunction(timezone.now)
    accepted_guidelines_version = 1
    password = factory.PostGenerationMethodCall("set_password", "kindred-test-pw")

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(
                user=self, email=self.email, verified=True, primary=True
            )
