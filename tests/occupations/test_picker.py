"""The editor's occupation picker tag: the markup static/js/occupation-picker.js enhances."""

import pytest
from django.template import Context, Template, TemplateSyntaxError


def render(text):
    return Template("{% load occupation_tags %}" + text).render(Context({}))


def test_tasks_picker_markup():
    html = render('{% occupation_picker "id_jobs-0-duties" "tasks" %}')
    assert 'data-occupation-picker data-target="id_jobs-0-duties" data-mode="tasks"' in html
    assert 'data-api-url="/api/v1/occupations/"' in html
    assert 'data-label-insert="挿入する"' in html
    # Without JavaScript: a link to the occupation search.
    assert '<a href="/occupations/" target="_blank" rel="noopener">職業の仕事内容を調べる' in html
    assert 'src="/static/js/occupation-picker.js"' in html


def test_qualifications_picker_markup():
    html = render('{% occupation_picker "id_qualifications-0-name" "qualifications" %}')
    assert 'data-mode="qualifications"' in html
    assert "職業に関連する資格から選ぶ" in html


def test_unknown_mode_is_a_template_error():
    with pytest.raises(TemplateSyntaxError):
        render('{% occupation_picker "x" "anything" %}')


@pytest.mark.django_db
def test_the_qualifications_table_names_the_column_chosen_names_go_into(client):
    html = client.get("/card/sheets/3-1/").content.decode()
    assert 'id="repeat-qualifications" data-repeat="qualifications"' in html
    assert 'data-qualification-field="name"' in html
    assert 'name="qualifications-__prefix__-name"' in html  # the column the script looks for
    # Tables without qualifications (様式2's 職務経歴) carry no target column.
    assert "data-qualification-field" not in client.get("/card/sheets/2/").content.decode()
