"""Up to four photos with a thread or a reply, from one file input: each bad file gets
its own kind message, and nothing typed is lost."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from community.models import Post, PostPhoto

pytestmark = pytest.mark.django_db


def jpeg(name: str, color: str = "teal", size=(40, 30)) -> SimpleUploadedFile:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, format="JPEG")
    return SimpleUploadedFile(name, buf.getvalue(), content_type="image/jpeg")


def test_the_forms_offer_one_labelled_input_for_up_to_four_photos(
    client, trusted, public, thread_in
):
    thread = thread_in(public)
    client.force_login(trusted)
    for url in (
        reverse("community:thread_create", args=[public.slug]),
        reverse("community:thread", args=[thread.pk]),
    ):
        html = client.get(url).content.decode()
        assert '<label for="id_photos">Add photos (optional)</label>' in html
        assert 'type="file" name="photos"' in html
        assert "multiple" in html[html.index('name="photos"') :].split(">")[0]
        assert 'aria-describedby="id_photos_helptext"' in html
        assert "Up to 4 photos, 8 MB each" in html
        assert 'enctype="multipart/form-data"' in html


def test_a_reply_with_two_photos_shows_both_with_their_own_names(
    client, trusted, public, thread_in
):
    thread = thread_in(public)
    client.force_login(trusted)
    response = client.post(
        reverse("community:reply", args=[thread.pk]),
        {
            "body": "Our view from the ward",
            "photos": [jpeg("one.jpg"), jpeg("two.jpg", "orange", (30, 40))],
        },
    )
    assert response.status_code == 302
    reply = thread.posts.get(position=2)
    assert [(p.width, p.height) for p in reply.photos.all()] == [(40, 30), (30, 40)]
    html = client.get(response["Location"]).content.decode()
    assert 'alt="Photo 1 of 2 shared with this post"' in html
    assert 'alt="Photo 2 of 2 shared with this post"' in html


def test_a_new_thread_can_carry_four_photos(client, trusted, public):
    client.force_login(trusted)
    response = client.post(
        reverse("community:thread_create", args=[public.slug]),
        {
            "title": "Four good things this week",
            "body": "Small wins.",
            "photos": [jpeg(f"win-{i}.jpg") for i in range(4)],
        },
    )
    assert response.status_code == 302
    post = Post.objects.get(thread__title="Four good things this week")
    assert post.photos.count() == 4


def test_five_photos_are_refused_kindly_and_the_message_is_kept(
    client, trusted, public, thread_in
):
    thread = thread_in(public)
    client.force_login(trusted)
    response = client.post(
        reverse("community:reply", args=[thread.pk]),
        {
            "body": "Words I do not want to lose",
            "photos": [jpeg(f"p{i}.jpg") for i in range(5)],
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "You chose 5 photos; a post can have up to 4." in html
    assert "Words I do not want to lose" in html
    assert not thread.posts.filter(position=2).exists()
    assert not PostPhoto.objects.exists()


def test_each_bad_file_gets_its_own_message_and_the_text_is_kept(
    client, trusted, public
):
    client.force_login(trusted)
    big = SimpleUploadedFile(
        "huge.jpg", b"\xff" * (8 * 1024 * 1024 + 1), content_type="image/jpeg"
    )
    not_photo = SimpleUploadedFile(
        "notes.pdf", b"%PDF-1.4 not a photo", content_type="application/pdf"
    )
    response = client.post(
        reverse("community:thread_create", args=[public.slug]),
        {
            "title": "A title I typed",
            "body": "A message I typed",
            "photos": [jpeg("fine.jpg"), big, not_photo],
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "“huge.jpg” is too large: photos can be up to 8 MB." in html
    assert "“notes.pdf” doesn&#x27;t look like a photo." in html
    assert "fine.jpg" not in html
    assert "please choose the photos again" in html
    assert 'value="A title I typed"' in html and "A message I typed" in html
    assert not Post.objects.filter(thread__title="A title I typed").exists()


def test_a_reply_without_photos_still_posts(client, trusted, public, thread_in):
    thread = thread_in(public)
    client.force_login(trusted)
    response = client.post(
        reverse("community:reply", args=[thread.pk]), {"body": "Just words"}
    )
    assert response.status_code == 302
    assert not thread.posts.get(position=2).photos.exists()
