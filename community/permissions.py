"""Who may do what. Services call these; views only use them to show or hide controls."""

from accounts.roles import is_moderator


def can_moderate(user, category) -> bool:
    """Global moderators everywhere; category moderators only in their categories."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if is_moderator(user):
        return True
    return category.moderators.filter(pk=user.pk).exists()


def can_manage_spaces(user) -> bool:
    """Creating, changing and reordering spaces is for global moderators and admins:
    a space's visibility decides who can read everything in it."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return is_moderator(user)
