from community.models import Category, Visibility
from community.services import spaces


def spaces_by_visibility() -> dict[str, Category]:
    """One discussion space of each visibility, made through the real service:
    "Public space", "Members space" and "Private group space" (slugs public-space,
    members-space, private-space)."""
    return {
        vis: spaces.category_create(
            actor=None,
            system=True,
            name=f"{vis.label.split(':')[0]} space",
            slug=f"{vis.value}-space",
            visibility=vis,
            description=f"A {vis.value} space.",
        )
        for vis in Visibility
    }
