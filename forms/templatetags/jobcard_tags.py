from django import template

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
