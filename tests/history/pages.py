"""Saving in the admin and walking the history pages, as an author's browser does."""

from __future__ import annotations

from django.urls import reverse
from reversion.models import Version

from ..admin.formdata import admin_form_data
from ..helpers import admin_change_url


def _name(obj_or_model, view: str) -> str:
    opts = obj_or_model._meta
    return f"admin:{opts.app_label}_{opts.model_name}_{view}"


def edit(client, obj, **changes):
    """Save `obj`'s admin page with these fields changed (inline fields by their
    form names, e.g. `steps-0-text`); the save must succeed."""
    page = client.get(admin_change_url(obj))
    data = admin_form_data(page)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    response = client.post(admin_change_url(obj), data)
    assert response.status_code == 302, _errors(response)
    return response


def _errors(response):
    if response.context is None:
        return response.status_code
    form = response.context["adminform"].form
    inlines = [f.errors for f in response.context["inline_admin_formsets"]]
    return form.errors, inlines


def versions_of(obj) -> list[Version]:
    """`obj`'s stored versions, oldest first."""
    return list(
        Version.objects.get_for_object(obj).select_related("revision").order_by("pk")
    )


def history_url(obj) -> str:
    return reverse(_name(obj, "history"), args=[obj.pk])


def revision_url(obj, version) -> str:
    return reverse(_name(obj, "revision"), args=[obj.pk, version.pk])


def compare_url(obj) -> str:
    return reverse(_name(obj, "compare"), args=[obj.pk])


def recover_list_url(model) -> str:
    return reverse(_name(model, "recoverlist"))


def recover_url(model, version) -> str:
    return reverse(_name(model, "recover"), args=[version.pk])


def restore(client, url: str):
    """Open a restore (or recover) page and press its button; returns the
    response to the button."""
    page = client.get(url)
    assert page.status_code == 200, page.status_code
    data = {}
    if page.context["seen_version"] is not None:
        data["seen_version"] = page.context["seen_version"]
    return client.post(url, data)


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]
