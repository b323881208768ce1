"""RSS 2.0 feeds of the blog (all posts, and per category), through Django's syndication."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _


class BlogFeed(Feed):
    feed_type = Rss201rev2Feed
    limit = 20

    def get_object(self, request, index, category=None):
        self.request = request
        return {"index": index, "category": category}

    def title(self, obj):
        if obj["category"]:
            return _("Kindred blog: %(name)s") % {"name": obj["category"].name}
        return _("Kindred blog")

    def link(self, obj):
        index = obj["index"]
        if obj["category"]:
            return index.get_full_url(self.request) + index.reverse_subpage(
                "category", kwargs={"slug": obj["category"].slug}
            )
        return index.get_full_url(self.request)

    def feed_url(self, obj):
        index = obj["index"]
        if obj["category"]:
            return index.get_full_url(self.request) + index.reverse_subpage(
                "category_feed", kwargs={"slug": obj["category"].slug}
            )
        return index.get_full_url(self.request) + index.reverse_subpage("feed")

    def description(self, obj):
        return _("Stories and information for families affected by childhood cancer.")

    def items(self, obj):
        posts = obj["index"].posts()
        if obj["category"]:
            posts = posts.filter(categories=obj["category"])
        return posts[: self.limit]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        # The post's publication date as editors set it, at the start of that day (UTC).
        return datetime.datetime.combine(
            item.date, datetime.time.min, tzinfo=datetime.UTC
        )

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        names = [author.person.name for author in item.blog_authors.all()]
        return ", ".join(names) or None

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]
