"""Forms built in the admin: spam protection without third-party services (honeypot and
time check), answers kept on error, nothing stored beyond the questions, quiz scores."""

import datetime
import re

import pytest
import time_machine
from wagtail.contrib.forms.models import FormSubmission

from tests.factories import cms as f

pytestmark = pytest.mark.django_db

# Wagtail's name for the first question ("đ" is kept as its code point).
HEARD = "ban_u0111a_nghe_ve_u0111uong_day_nong_111_chua"
START = datetime.datetime(2030, 5, 1, 8, 0, tzinfo=datetime.UTC)


@pytest.fixture
def survey(site):
    return f.form_page(
        fields=[
            (
                "Bạn đã nghe về đường dây nóng 111 chưa?",
                "radio",
                {"choices": "Có\nChưa"},
            ),
            ("Góp ý của bạn", "multiline", {"required": False}),
        ]
    )


def _stamp(html):
    return re.search(r'name="form_started" value="([^"]+)"', html).group(1)


def _names(page):
    # Wagtail derives the field names from the labels.
    return [field.clean_name for field in page.form_fields.all()]


def _answers(stamp, **extra):
    return {
        HEARD: "Có",
        "gop_y_cua_ban": "Nên phát tờ rơi ở chợ.",
        "form_started": stamp,
        "website": "",
        **extra,
    }


def test_a_person_who_takes_their_time_is_thanked_and_only_answers_are_kept(
    client, survey
):
    with time_machine.travel(START, tick=False) as traveller:
        html = client.get(survey.url).content.decode()
        assert "Chỉ thu thập câu trả lời, không hỏi tên." in html
        traveller.shift(20)
        response = client.post(survey.url, _answers(_stamp(html)))
    assert "Cảm ơn bạn đã gửi câu trả lời." in response.content.decode()
    submission = FormSubmission.objects.get(page=survey)
    assert _names(survey) == [HEARD, "gop_y_cua_ban"]
    assert submission.form_data == {
        HEARD: "Có",
        "gop_y_cua_ban": "Nên phát tờ rơi ở chợ.",
    }


def test_a_form_sent_back_at_once_is_refused_and_keeps_the_answers(client, survey):
    with time_machine.travel(START, tick=False) as traveller:
        html = client.get(survey.url).content.decode()
        traveller.shift(1)
        response = client.post(survey.url, _answers(_stamp(html)))
    body = response.content.decode()
    assert "Không gửi được biểu mẫu" in body
    assert "Nên phát tờ rơi ở chợ." in body  # nothing the person typed is lost
    assert not FormSubmission.objects.exists()


def test_a_filled_honeypot_is_refused(client, survey):
    with time_machine.travel(START, tick=False) as traveller:
        html = client.get(survey.url).content.decode()
        traveller.shift(30)
        client.post(survey.url, _answers(_stamp(html), website="http://spam.example"))
    assert not FormSubmission.objects.exists()


@pytest.mark.parametrize("stamp", ["", "gia-mao", None])
def test_a_missing_forged_or_stale_stamp_is_refused(client, survey, stamp):
    with time_machine.travel(START, tick=False) as traveller:
        html = client.get(survey.url).content.decode()
        if stamp is None:  # a copy replayed two days later
            stamp = _stamp(html)
            traveller.shift(2 * 24 * 3600)
        else:
            traveller.shift(30)
        response = client.post(survey.url, _answers(stamp))
    assert "Không gửi được biểu mẫu" in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_a_missing_required_answer_is_named(client, survey):
    with time_machine.travel(START, tick=False) as traveller:
        html = client.get(survey.url).content.decode()
        traveller.shift(30)
        answers = _answers(_stamp(html))
        del answers[HEARD]
        response = client.post(survey.url, answers)
    assert response.status_code == 200
    assert 'class="field__errors"' in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_a_quiz_shows_the_score(client, site):
    from cms.models import FormPage

    quiz = f.form_page(
        title="Câu đố nhanh",
        slug="cau-do",
        kind=FormPage.Kind.QUIZ,
        fields=[
            (
                "Số đường dây nóng quốc gia là?",
                "radio",
                {"choices": "111\n113", "correct_answer": "111"},
            ),
            (
                "Giữ hộ chiếu của người lao động là dấu hiệu?",
                "radio",
                {"choices": "Bình thường\nNguy cơ", "correct_answer": "Nguy cơ"},
            ),
        ],
    )
    with time_machine.travel(START, tick=False) as traveller:
        html = client.get(quiz.url).content.decode()
        traveller.shift(30)
        hotline, passport = _names(quiz)
        response = client.post(
            quiz.url,
            {hotline: "111", passport: "Bình thường", "form_started": _stamp(html)},
        )
    assert "Bạn trả lời đúng 1 trên 2 câu." in response.content.decode()


def test_submissions_are_exported_in_the_admin(client, survey, admin_user):
    FormSubmission.objects.create(page=survey, form_data={HEARD: "Có"})
    client.force_login(admin_user)
    response = client.get(f"/admin/forms/submissions/{survey.pk}/?export=csv")
    assert response.status_code == 200
    assert "Có" in b"".join(response.streaming_content).decode("utf-8-sig")
