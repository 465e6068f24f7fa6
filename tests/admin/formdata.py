"""Turn an admin change page into the POST data its Save button would send."""

from django.forms import CheckboxInput, MultiWidget


def _add_form(data: dict, form) -> None:
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        widget = field.widget
        if isinstance(widget, MultiWidget):
            # A bound form already holds the split parts; an unbound one decompresses.
            parts = value if isinstance(value, list) else widget.decompress(value)
            for i, part in enumerate(parts):
                if part is not None:
                    data[f"{key}_{i}"] = str(part)
        elif isinstance(widget, CheckboxInput):
            if value:
                data[key] = "on"
        elif isinstance(value, list | tuple):
            data[key] = [str(v) for v in value]
        elif value is not None:
            data[key] = str(value)


def admin_form_data(response) -> dict:
    """The change form and every inline, exactly as the page shows them."""
    data: dict = {}
    _add_form(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        _add_form(data, formset.management_form)
        for form in formset.initial_forms:
            _add_form(data, form)
        # Unfilled extra rows are left out, as a browser leaves them empty.
        data[formset.management_form.add_prefix("TOTAL_FORMS")] = str(
            len(formset.initial_forms)
        )
    return data


ADD_EXERCISE_INLINES = [
    "target_regions",
    "steps",
    "images",
    "variants",
    "articles-articleupdate-content_type-object_id",
]


def add_exercise_data(author_pk, **extra) -> dict:
    """What the exercise add form posts for a plain draft, inlines left empty;
    `extra` fills in or overrides fields (inline rows need their TOTAL_FORMS)."""
    data = {
        "title": "Clamshell",
        "slug": "clamshell",
        "kind": "exercise",
        "difficulty": "1",
        "summary": "Side-lying knee opening for the outer hip.",
        "author": author_pk,
        "status": "draft",
    }
    for prefix in ADD_EXERCISE_INLINES:
        data[f"{prefix}-TOTAL_FORMS"] = "0"
        data[f"{prefix}-INITIAL_FORMS"] = "0"
    return {**data, **extra}
