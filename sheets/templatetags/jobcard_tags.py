from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def lookup(mapping, key):
    """``help|lookup:item.help_key`` — a dict item in a template (None when absent)."""
    if isinstance(mapping, dict):
        return mapping.get(key)
    return None


@register.simple_tag
def optional_include_exists(name: str) -> bool:
    from django.template.loader import get_template

    try:
        get_template(name)
    except (template.TemplateDoesNotExist, template.TemplateSyntaxError):
        return False  # not there, or its app (and template tags) is not installed
    return True


@register.filter
def beside_english(text):
    """A sheet's Japanese word with its English beside it on an English page (#13 item 7)."""
    from sheets.definitions.english import english

    translated = english(text)
    if not translated:
        return text
    return format_html('{} <span class="english-beside" lang="en">{}</span>', text, translated)


@register.filter
def beside_english_text(text):
    """The same as plain text, for places without markup (an <option>, a page title)."""
    from sheets.definitions.english import english

    translated = english(text)
    return f"{text} ({translated})" if translated else text


@register.filter
def in_language(text):
    """A sheet's help text or word in the page's language (English under /en/ where there is one)."""
    from sheets.definitions.english import in_language as translate

    return translate(text)
