from django.shortcuts import render

from community.models import Thread


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = []
    if query:
        results = Thread.objects.visible_to(request.user).filter(title__icontains=query)[:20]
    return render(request, "search/search.html", {"query": query, "results": results})
