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
