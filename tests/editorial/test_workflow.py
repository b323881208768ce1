import pytest
from django.contrib.auth.models import Group

from blog.editorial import (
    BLOG_WORKFLOW,
    EDITORIAL_REVIEW,
    MEDICAL_REVIEW,
    MEDICAL_REVIEWERS,
    RESOURCE_WORKFLOW,
)
from blog.models import BlogPage, ResourcePage
from home.selectors import public_pages
from search.models import OutboxEntry
from tests.editorial.conftest import add_article, add_post, make_editor

pytestmark = pytest.mark.django_db


def _actions(page, user):
    state = page.current_workflow_task_state
    return [name for name, *_ in state.task.specific.get_actions(page, user)]


def _approve(page, user):
    state = page.current_workflow_task_state
    state.task.specific.on_action(state, user, "approve")


def test_blog_and_resource_indexes_get_their_workflows(tree):
    post = add_post(tree.blog, live=False)
    article = add_article(tree.resources, section=tree.section, live=False)
    assert post.get_workflow().name == BLOG_WORKFLOW
    assert article.get_workflow().name == RESOURCE_WORKFLOW
    assert [t.name for t in article.get_workflow().tasks] == [
        EDITORIAL_REVIEW,
        MEDICAL_REVIEW,
    ]


def test_a_blog_post_is_published_once_a_second_editor_approves_it(tree):
    author, reviewer = make_editor(), make_editor()
    post = add_post(tree.blog, live=False, title="Our first week")
    post.get_workflow().start(post, author)
    post.refresh_from_db()
    assert not post.live
    assert "approve" in _actions(post, reviewer)

    _approve(post, reviewer)

    post = BlogPage.objects.get(pk=post.pk)
    assert post.live
    assert public_pages(BlogPage.objects.filter(pk=post.pk)).exists()
    assert OutboxEntry.objects.filter(
        model="blog.blogpage", object_id=str(post.pk)
    ).exists()


def test_a_resource_article_needs_both_editorial_and_medical_review(tree):
    author, editor, doctor = make_editor(), make_editor(), make_editor()
    doctor.groups.add(Group.objects.get(name=MEDICAL_REVIEWERS))
    article = add_article(tree.resources, section=tree.section, live=False)
    article.get_workflow().start(article, author)
    article.refresh_from_db()

    _approve(article, editor)
    article = ResourcePage.objects.get(pk=article.pk)
    assert not article.live, "editorial approval alone must not publish an article"
    assert article.current_workflow_task.name == MEDICAL_REVIEW
    assert _actions(article, editor) == [], (
        "only medical reviewers approve the medical step"
    )
    assert "approve" in _actions(article, doctor)

    _approve(article, doctor)
    article = ResourcePage.objects.get(pk=article.pk)
    assert article.live
    assert article.current_workflow_state is None


def test_a_rejected_post_stays_unpublished(tree):
    author, reviewer = make_editor(), make_editor()
    post = add_post(tree.blog, live=False)
    post.get_workflow().start(post, author)
    post.refresh_from_db()
    state = post.current_workflow_task_state
    state.task.specific.on_action(state, reviewer, "reject")
    post = BlogPage.objects.get(pk=post.pk)
    assert not post.live
    assert not public_pages(BlogPage.objects.filter(pk=post.pk)).exists()


def test_editors_may_add_edit_and_publish_pages_in_the_tree(tree):
    editor = make_editor()
    permissions = tree.blog.permissions_for_user(editor)
    assert permissions.can_add_subpage()
    assert permissions.can_edit()
    assert permissions.can_publish()


def test_editors_cannot_skip_the_medical_review_of_an_article(client, tree):
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.test import RequestFactory

    from blog.wagtail_hooks import refuse_direct_publish_on_edit

    editor, doctor = make_editor(), make_editor()
    doctor.groups.add(Group.objects.get(name=MEDICAL_REVIEWERS))
    article = add_article(tree.resources, section=tree.section, live=False)
    post = add_post(tree.blog, live=False)

    client.force_login(editor)
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in html
    assert "Submit to" in html
    html = client.get(f"/admin/pages/{post.pk}/edit/").content.decode()
    assert 'name="action-publish"' in html

    request = RequestFactory().post(
        f"/admin/pages/{article.pk}/edit/", {"action-publish": "action-publish"}
    )
    request.user = editor
    request.session = {}
    request._messages = FallbackStorage(request)
    response = refuse_direct_publish_on_edit(request, article)
    assert response is not None and response.status_code == 302
    request.user = doctor
    assert refuse_direct_publish_on_edit(request, article) is None

    client.force_login(doctor)
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert 'name="action-publish"' in html


def test_setup_editorial_is_safe_to_run_again(tree):
    from io import StringIO

    from django.core.management import call_command
    from wagtail.models import GroupPagePermission, Workflow, WorkflowTask

    before = (
        GroupPagePermission.objects.count(),
        Workflow.objects.count(),
        WorkflowTask.objects.count(),
    )
    call_command("setup_editorial", stdout=StringIO())
    call_command("setup_editorial", stdout=StringIO())
    after = (
        GroupPagePermission.objects.count(),
        Workflow.objects.count(),
        WorkflowTask.objects.count(),
    )
    assert after == before
    post = add_post(tree.blog, live=False)
    assert post.get_workflow().name == BLOG_WORKFLOW
