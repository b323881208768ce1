from django.conf import settings


def site(request):
    return {"SITE_NAME": "Kindred", "SITE_URL": settings.SITE_URL}
