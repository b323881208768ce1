import pytest
from django.urls import reverse

from community.models import PostStatus, Reaction, Thread
from community.services import posts as post_services
from community.services import reactions

pytestmark = pytest.mark.django_db


def test_the_index_lists_every_space_with_its_badge(client, categories):
    response = client.get(reverse("community:index"))
    assert response.status_code == 200
    html = response.content.decode()
    for category in categories.values():
        assert category.name in html
    assert "Private group" in html


def test_a_signed_in_member_can_ask_to_join_a_private_group(client, outsider, private):
    client.force_login(outsider)
    response = client.get(reverse("community:index"))
    assert "Ask to join" in response.content.decode()
    response = client.post(reverse("community:category_join", args=[private.slug]))
    assert response.status_code == 302
    assert private.memberships.get(user=outsider).status == "requested"


def test_a_host_sees_and_approves_requests(client, outsider, private, moderator):
    from community.services import spaces

    membership = spaces.membership_request(actor=outsider, category_slug=private.slug)
    client.force_login(moderator)
    url = reverse("community:group_requests", args=[private.slug])
    assert outsider.display_name in client.get(url).content.decode()
    client.post(url, {"membership": membership.pk, "decision": "approve"})
    membership.refresh_from_db()
    assert membership.status == "approved"


def test_requests_page_is_not_found_for_ordinary_group_members(
    client, group_member, private
):
    client.force_login(group_member)
    response = client.get(reverse("community:group_requests", args=[private.slug]))
    assert response.status_code == 404


def test_the_category_page_lists_threads_newest_activity_first(
    client, trusted, public, thread_in
):
    older = thread_in(public, title="Older thread")
    thread_in(public, title="Newer thread")
    post_services.post_create(actor=trusted, thread_id=older.pk, body="bump")
    html = client.get(
        reverse("community:category", args=[public.slug])
    ).content.decode()
    assert html.index("Older thread") < html.index("Newer thread")
    html = client.get(
        reverse("community:category", args=[public.slug]) + "?sort=newest"
    ).content.decode()
    assert html.index("Newer thread") < html.index("Older thread")
    html = client.get(
        reverse("community:category", args=[public.slug]) + "?sort=unanswered"
    ).content.decode()
    assert "Newer thread" in html and "Older thread" not in html


def test_unread_markers_clear_once_a_member_has_read_the_thread(
    client, trusted, outsider, members_only, thread_in
):
    thread = thread_in(members_only, title="Read me")
    client.force_login(outsider)
    url = reverse("community:category", args=[members_only.slug])
    assert "New to you" in client.get(url).content.decode()
    client.get(reverse("community:thread", args=[thread.pk]))
    assert "New to you" not in client.get(url).content.decode()
    post_services.post_create(actor=trusted, thread_id=thread.pk, body="more news")
    assert "New replies" in client.get(url).content.decode()


def test_starting_a_thread_as_a_newcomer_shows_the_waiting_page(
    client, newcomer, public
):
    client.force_login(newcomer)
    response = client.post(
        reverse("community:thread_create", args=[public.slug]),
        {
            "title": "Just diagnosed",
            "body": "Where do we start?",
            "idempotency_key": "k",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "waiting for review" in response.content.decode()
    assert Thread.objects.get(title="Just diagnosed").status == PostStatus.PENDING


def test_a_thread_form_with_errors_keeps_what_was_typed(client, trusted, public):
    client.force_login(trusted)
    response = client.post(
        reverse("community:thread_create", args=[public.slug]),
        {"title": "", "body": "Everything I wanted to say tonight"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Everything I wanted to say tonight" in html
    assert "Please give your thread a title" in html


def test_a_reply_that_is_too_long_keeps_the_text_and_explains(
    client, trusted, public, thread_in
):
    thread = thread_in(public)
    client.force_login(trusted)
    response = client.post(
        reverse("community:reply", args=[thread.pk]), {"body": "word " * 5000}
    )
    assert response.status_code == 400
    assert "word word word" in response.content.decode()


def test_a_rate_limited_reply_answers_429_with_a_kind_message(
    client, trusted, public, thread_in, monkeypatch
):
    thread = thread_in(public)
    monkeypatch.setattr(post_services, "RATE_PER_MINUTE", 1)
    client.force_login(trusted)
    url = reverse("community:reply", args=[thread.pk])
    client.post(url, {"body": "first"})
    response = client.post(url, {"body": "second, kept"})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "second, kept" in html and "try again" in html


def test_a_published_reply_lands_at_its_permalink(client, trusted, public, thread_in):
    thread = thread_in(public)
    client.force_login(trusted)
    response = client.post(
        reverse("community:reply", args=[thread.pk]), {"body": "Sending strength"}
    )
    assert response.status_code == 302
    assert response["Location"].endswith("#post-2")


def test_permalinks_redirect_to_the_page_holding_the_post(client, public, thread_in):
    thread = thread_in(public)
    response = client.get(reverse("community:post_permalink", args=[thread.pk, 45]))
    assert response["Location"] == f"/community/t/{thread.pk}/?page=3#post-45"
    response = client.get(reverse("community:post_permalink", args=[thread.pk, 1]))
    assert response["Location"] == f"/community/t/{thread.pk}/#post-1"


def test_pages_stay_stable_when_earlier_posts_are_hidden(
    client, trusted, moderator, public, thread_in, screening_passes
):
    from community.selectors import POSTS_PER_PAGE
    from community.services.transitions import post_transition

    thread = thread_in(public)
    replies = [
        post_services.post_create(
            actor=trusted, thread_id=thread.pk, body=f"reply {i}"
        ).post
        for i in range(POSTS_PER_PAGE + 2)
    ]
    post_transition(
        actor=moderator,
        post_id=replies[0].pk,
        to_status=PostStatus.HIDDEN,
        reason="test",
    )
    html = client.get(reverse("community:thread", args=[thread.pk]) + "?page=2").content
    assert b'id="post-21"' in html and b'id="post-2"' not in html


def test_content_warnings_render_collapsed_with_their_label(client, trusted, public):
    posted = post_services.thread_create(
        actor=trusted,
        category=public.slug,
        title="Our goodbye",
        body="She died on Sunday.",
        content_warning="loss",
    )
    html = client.get(reverse("community:thread", args=[posted.post.thread_id])).content
    html = html.decode()
    assert '<details class="post__cw"><summary>Content warning: Loss and grief' in html
    assert html.index("<details") < html.index("She died on Sunday.")


def test_posts_with_muted_words_or_by_muted_members_are_folded(
    client, trusted, outsider, public, thread_in
):
    from community.services import muting

    thread = thread_in(public, body="Chemo starts on Monday")
    client.force_login(outsider)
    muting.muted_word_add(actor=outsider, word="Chemo")
    html = client.get(reverse("community:thread", args=[thread.pk])).content.decode()
    assert "This post contains a word you muted" in html
    muting.muted_word_remove(actor=outsider, word_id=outsider.muted_words.get().pk)
    client.post(reverse("community:member_mute", args=[trusted.pk]))
    html = client.get(reverse("community:thread", args=[thread.pk])).content.decode()
    assert "You muted this member" in html


def test_reacting_toggles_one_reaction_of_each_kind(
    client, trusted, outsider, public, thread_in
):
    thread = thread_in(public)
    post = thread.posts.get(position=1)
    client.force_login(outsider)
    url = reverse("community:post_react", args=[post.pk])
    client.post(url, {"kind": "hugs"})
    client.post(url, {"kind": "love"})
    assert Reaction.objects.filter(post=post, user=outsider).count() == 2
    client.post(url, {"kind": "hugs"})
    assert list(Reaction.objects.filter(post=post).values_list("kind", flat=True)) == [
        "love"
    ]
    html = client.get(reverse("community:thread", args=[thread.pk])).content.decode()
    assert 'aria-pressed="true">Sending love' in html


def test_an_unknown_reaction_is_refused_kindly(outsider, public, thread_in):
    from core.errors import ValidationError

    thread = thread_in(public)
    with pytest.raises(ValidationError):
        reactions.reaction_toggle(
            actor=outsider, post_id=thread.posts.get().pk, kind="angry"
        )


def test_quoting_a_post_fills_the_reply_box(client, outsider, public, thread_in):
    thread = thread_in(public, body="We found a wonderful nurse")
    post = thread.posts.get()
    client.force_login(outsider)
    html = client.get(
        reverse("community:thread", args=[thread.pk]) + f"?quote={post.pk}"
    ).content.decode()
    assert "&gt; We found a wonderful nurse" in html


def test_editing_marks_the_post_and_keeps_history(client, trusted, public, thread_in):
    thread = thread_in(public, body="first words")
    post = thread.posts.get()
    client.force_login(trusted)
    response = client.post(
        reverse("community:post_edit", args=[post.pk]),
        {"title": thread.title, "body": "second words", "content_warning": ""},
    )
    assert response.status_code == 302
    html = client.get(reverse("community:thread", args=[thread.pk])).content.decode()
    assert "second words" in html and ">edited<" in html
    history = client.get(
        reverse("community:post_history", args=[post.pk])
    ).content.decode()
    assert "first words" in history


def test_deleting_ones_own_post_shows_removed_by_author(
    client, trusted, public, thread_in
):
    thread = thread_in(public)
    reply = post_services.post_create(
        actor=trusted, thread_id=thread.pk, body="regret"
    ).post
    client.force_login(trusted)
    client.post(reverse("community:post_delete", args=[reply.pk]))
    html = client.get(reverse("community:thread", args=[thread.pk])).content.decode()
    assert "removed by its author" in html and "regret" not in html


def test_authors_see_their_own_pending_reply_marked_as_waiting(
    client, newcomer, public, thread_in
):
    thread = thread_in(public)
    post_services.post_create(
        actor=newcomer, thread_id=thread.pk, body="my pending words"
    )
    client.force_login(newcomer)
    html = client.get(reverse("community:thread", args=[thread.pk])).content.decode()
    assert "my pending words" in html and "Waiting for review" in html
    client.logout()
    html = client.get(reverse("community:thread", args=[thread.pk])).content.decode()
    assert "my pending words" not in html


def test_a_report_link_is_shown_when_moderation_offers_reports(
    client, outsider, public, thread_in
):
    from django.urls import NoReverseMatch

    thread = thread_in(public)
    post = thread.posts.get()
    client.force_login(outsider)
    html = client.get(reverse("community:thread", args=[thread.pk])).content.decode()
    try:
        url = reverse("moderation:report_post", args=[post.pk])
    except NoReverseMatch:
        assert "Report</a>" not in html
    else:
        assert f'href="{url}"' in html


def test_forms_need_a_csrf_token(trusted, public, thread_in):
    from django.test import Client

    thread = thread_in(public)
    client = Client(enforce_csrf_checks=True)
    client.force_login(trusted)
    response = client.post(reverse("community:reply", args=[thread.pk]), {"body": "hi"})
    assert response.status_code == 403


def test_a_photo_is_stored_without_its_location_data(
    client, trusted, public, thread_in
):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    thread = thread_in(public)
    exif = Image.Exif()
    exif[0x8825] = {2: (51, 30, 0)}  # GPSInfo
    exif[0x010F] = "PhoneMaker"
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buf, format="JPEG", exif=exif)
    upload = SimpleUploadedFile("ward.jpg", buf.getvalue(), content_type="image/jpeg")
    client.force_login(trusted)
    client.post(
        reverse("community:reply", args=[thread.pk]), {"body": "view", "photos": upload}
    )
    photo = thread.posts.get(position=2).photos.get()
    with Image.open(photo.image.path) as stored:
        assert not stored.getexif()
        assert stored.size == (40, 30)


def test_a_file_that_is_not_an_image_is_refused_kindly(
    client, trusted, public, thread_in
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    thread = thread_in(public)
    client.force_login(trusted)
    upload = SimpleUploadedFile(
        "notes.jpg", b"not really a photo", content_type="image/jpeg"
    )
    response = client.post(
        reverse("community:reply", args=[thread.pk]),
        {"body": "kept text", "photos": upload},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "kept text" in html and "look like a photo" in html


def test_an_oversized_photo_is_refused_by_the_service(trusted, public, thread_in):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from core.errors import ValidationError

    thread = thread_in(public)
    buf = io.BytesIO()
    Image.new("L", (4100, 10)).save(buf, format="PNG")
    with pytest.raises(ValidationError) as err:
        post_services.post_create(
            actor=trusted,
            thread_id=thread.pk,
            body="x",
            photos=[SimpleUploadedFile("wide.png", buf.getvalue())],
        )
    assert err.value.code == "photo_too_big"


def test_display_names_render_escaped(client, public, make_trusted, thread_in):
    author = make_trusted(display_name="<b>Bold</b>")
    thread_in(public, author=author)
    html = client.get(
        reverse("community:category", args=[public.slug])
    ).content.decode()
    assert "<b>Bold</b>" not in html and "&lt;b&gt;Bold&lt;/b&gt;" in html


def test_everyone_can_read_the_public_index_without_signing_in(client, categories):
    assert client.get("/community/").status_code == 200


def test_a_deleted_users_posts_read_as_a_former_member(
    client, public, make_trusted, thread_in
):
    author = make_trusted(display_name="Leaving Lark")
    thread = thread_in(public, author=author)
    author.delete()
    html = client.get(reverse("community:thread", args=[thread.pk])).content.decode()
    assert "A former member" in html


def test_a_crisis_post_takes_the_author_straight_to_support(
    client, trusted, public, monkeypatch
):
    from moderation.screening import Screening

    monkeypatch.setattr(
        post_services,
        "screen_post",
        lambda **kw: Screening(
            crisis=True, hold=True, reasons=["crisis"], body=kw["body"]
        ),
    )
    client.force_login(trusted)
    response = client.post(
        reverse("community:thread_create", args=[public.slug]),
        {"title": "Tonight", "body": "I can't do this any more"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("moderation:crisis_support")
    assert Thread.objects.get(title="Tonight").status == PostStatus.PENDING


def test_mentions_link_to_the_members_profile(client, trusted, public):
    from tests.factories.accounts import UserFactory

    friend = UserFactory(display_name="Brave Badger")
    posted = post_services.thread_create(
        actor=trusted,
        category=public.slug,
        title="Thanks",
        body="Thank you @Brave Badger!",
    )
    html = client.get(reverse("community:thread", args=[posted.post.thread_id])).content
    profile = reverse("members:profile", kwargs={"user_id": friend.pk})
    assert f'href="{profile}"'.encode() in html
