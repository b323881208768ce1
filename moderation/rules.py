"""The holding rules. The moderation work (issue 5) adds watched words, crisis
language and personal-detail detection; the new-member sandbox lives here from the start
so that a newcomer's first posts are held from day one.
"""

from django.utils.translation import gettext as _

from moderation.screening import Screening

SANDBOX_POSTS = 3


def screen(*, author, category, body: str, is_edit: bool = False) -> Screening:
    from community.models import PostStatus

    result = Screening(body=body)
    if is_edit:
        return result
    approved = author.posts.filter(status=PostStatus.PUBLISHED).count()
    if approved < SANDBOX_POSTS and not author.is_staff:
        result.hold = True
        result.reasons.append("new_member")
        result.message = _(
            "Thank you for posting. New members' first posts are read by a moderator "
            "before they appear, usually within an hour."
        )
    return result
