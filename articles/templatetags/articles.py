from django import template

from articles.markdown import render_markdown
from articles.presenters import options

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text, id_prefix: str):
    """`{{ condition.urgent_care|markdown:"urgent" }}`: the prefix is required.

    Each text on a page needs its own, so two texts citing footnote 1 do not
    both render id="…fn-1".
    """
    return render_markdown(text or "", id_prefix=id_prefix)


# `{% for box in field|options %}`: see articles.presenters.options.
register.filter("options", options)
