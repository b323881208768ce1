"""Wagtail report: resource articles whose next medical review date has passed."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from blog.models import ResourcePage


class ReviewDueReportView(ReportView):
    page_title = _("Articles due for review")
    header_icon = "date"
    index_url_name = "blog_review_due"
    index_results_url_name = "blog_review_due_results"
    results_template_name = "wagtailadmin/reports/base_report_results.html"
    list_export = [
        "title",
        "section",
        "reviewed_at",
        "next_review_at",
        "reviewer",
        "live",
    ]
    export_headings = {
        "section": _("Section"),
        "reviewed_at": _("Last reviewed"),
        "next_review_at": _("Review due"),
        "reviewer": _("Reviewer"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Article"),
            url_name="wagtailadmin_pages:edit",
        ),
        Column("section", label=_("Section")),
        DateColumn("reviewed_at", label=_("Last reviewed")),
        DateColumn("next_review_at", label=_("Review due")),
        Column("reviewer", label=_("Reviewer")),
    ]

    def get_filename(self):
        return f"articles-due-for-review-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return (
            ResourcePage.objects.filter(next_review_at__lt=timezone.now().date())
            .select_related("section", "reviewer")
            .order_by("next_review_at", "title")
        )
