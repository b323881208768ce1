"""The editorial set-up: who may edit which pages, and the approval workflows.

Idempotent; `blog.demo` runs it, and so do tests that need the real set-up. The "Editors"
group comes from accounts.roles (which also gives it admin access and enforces MFA);
"Medical reviewers" only marks who may approve the medical review step, so a medical
reviewer must also hold the editor role to open the admin.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from accounts.roles import EDITOR, ensure_groups

MEDICAL_REVIEWERS = "Medical reviewers"
EDITORIAL_REVIEW = "Editorial review"
MEDICAL_REVIEW = "Medical review"
BLOG_WORKFLOW = "Blog posts: editorial review"
RESOURCE_WORKFLOW = "Resource articles: editorial and medical review"

PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
)
COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
MODEL_PERMISSIONS = {
    "blog": ("person", "blogcategory", "resourcesection", "supportservice"),
}


def editor_groups() -> tuple[Group, Group]:
    editors = ensure_groups()[EDITOR]
    medical, _ = Group.objects.get_or_create(name=MEDICAL_REVIEWERS)
    return editors, medical


@transaction.atomic
def ensure_editor_permissions(root_page) -> None:
    """Editors may add, edit and publish every page under the site's root page, use
    images and documents, and manage the editorial snippets and the helplines."""
    editors, _ = editor_groups()
    for codename in PAGE_PERMISSIONS:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.get_or_create(
            group=editors, page=root_page, permission=permission
        )
    root_collection = Collection.get_first_root_node()
    if root_collection is None:  # a flushed database (transactional tests) has none
        root_collection = Collection.add_root(name="Root")
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            GroupCollectionPermission.objects.get_or_create(
                group=editors, collection=root_collection, permission=permission
            )
    for app_label, models in MODEL_PERMISSIONS.items():
        for model in models:
            editors.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename__in=[
                        f"{verb}_{model}" for verb in ("add", "change", "delete")
                    ],
                )
            )
    editors.permissions.add(
        Permission.objects.get(
            content_type__app_label="home", codename="change_supportsettings"
        )
    )


def _task(name: str, group: Group) -> GroupApprovalTask:
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
    task.groups.add(group)
    return task


def _workflow(name: str, tasks: list[GroupApprovalTask]) -> Workflow:
    workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    return workflow


@transaction.atomic
def ensure_workflows(
    *, home=None, blog_index=None, resource_index=None
) -> dict[str, Workflow]:
    """Blog posts need an editorial review; resource articles need an editorial and
    then a medical review before they are published. Standard pages (About, the
    guidelines, Need help now?) inherit the editorial review from the home page."""
    editors, medical = editor_groups()
    editorial = _task(EDITORIAL_REVIEW, editors)
    medical_task = _task(MEDICAL_REVIEW, medical)
    blog_workflow = _workflow(BLOG_WORKFLOW, [editorial])
    resource_workflow = _workflow(RESOURCE_WORKFLOW, [editorial, medical_task])
    assignments = (
        (home, blog_workflow),
        (blog_index, blog_workflow),
        (resource_index, resource_workflow),
    )
    for index, workflow in assignments:
        if index is not None:
            WorkflowPage.objects.update_or_create(
                page=index, defaults={"workflow": workflow}
            )
    return {"blog": blog_workflow, "resource": resource_workflow}
