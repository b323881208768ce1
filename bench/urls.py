"""The site's URLs plus a trivial view: the baseline every page benchmark divides by."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


def trivial_for_user(request):
    """The least a personalised page can do: load the session and the signed-in user."""
    return HttpResponse(f"ok {request.user.pk}", content_type="text/plain")


urlpatterns = [
    path("__bench__/trivial/", trivial),
    path("__bench__/trivial/user/", trivial_for_user),
    *site_urlpatterns,
]
