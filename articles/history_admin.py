"""History pages for every admin of what authors write: the list of stored
versions, comparing two of them (django-reversion-compare), restoring one, and
recovering a deleted article.

django-reversion's own revert and recover pages open the old version as an
editable form after writing it to the database "raw" (past the edit lock, search
and the page cache), and they accept a version of any model under any admin's
address. These replace them with a confirmation page that checks the version
belongs to the page, and a restore through ordinary saves
(`articles.history.version_restore`).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import BadRequest, PermissionDenied
from django.db import router, transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Version
from reversion_compare.helpers import html_diff

from images.fields import ResponsiveImageField

from .history import (
    LOCK_FIELD,
    RestoreRefused,
    StoredRow,
    deleted_versions,
    revision_record,
    saved_on,
    stored_rows,
    version_restore,
    with_parts,
)
from .tracking import links_of, parts_of


class HistoryAdminMixin:
    """Goes before reversion_compare's CompareVersionAdmin in an admin's bases.

    Whoever may change a row sees its history and may restore it; recovering a
    deleted row is for admins that set `recoverable`, and `has_recover_permission`
    says who. Every change is recorded: saves by reversion's own views, publishing
    and deleting here.
    """

    recoverable = False
    history_latest_first = True
    object_history_template = "admin/history/object_history.html"
    change_list_template = "admin/history/change_list.html"
    restore_template = "admin/history/restore.html"
    recover_list_template = "admin/history/recover_list.html"
    # Bookkeeping every save changes; a comparison that listed them would bury
    # what the author changed.
    compare_exclude = (LOCK_FIELD, "created_at", "updated_at")

    # Permissions ---------------------------------------------------------------

    def has_history_permission(self, request, obj) -> bool:
        """An old version is the page as it was, drafts included: only those who
        may change the page see or restore it."""
        return obj is not None and self.has_change_permission(request, obj)

    def has_recover_permission(self, request) -> bool:
        return (
            self.recoverable
            and self.has_add_permission(request)
            and self.has_change_permission(request)
        )

    def restore_keeps(self, request) -> tuple[str, ...]:
        """Fields a restore by this user leaves as they are now."""
        return ()

    # Recording what the admin changes without a form ----------------------------

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            "may_recover": self.has_recover_permission(request),
            **(extra_context or {}),
        }
        if request.method == "POST" and "_save" not in request.POST:
            # Actions record their own revisions. Reversion's view would hold one
            # open around the request, which drops the last state of deleted
            # rows: it keeps only rows that still exist when it closes.
            return super(VersionAdmin, self).changelist_view(request, extra_context)
        return super().changelist_view(request, extra_context)

    def delete_model(self, request, obj):
        revision_record(objs=[obj], by=request.user, comment="Deleted.")
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        # Unlike the delete page, the list's action runs outside a transaction:
        # a delete that fails must not leave a "Deleted." version behind.
        with transaction.atomic(using=router.db_for_write(self.model)):
            revision_record(
                objs=with_parts(queryset.all()), by=request.user, comment="Deleted."
            )
            super().delete_queryset(request, queryset)

    # Views -----------------------------------------------------------------------

    def _object_or_404(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404(f"No {self.opts.verbose_name} with this ID.")
        if not self.has_history_permission(request, obj):
            raise PermissionDenied
        return obj

    def history_view(self, request, object_id, extra_context=None):
        obj = self._object_or_404(request, object_id)
        action_list = self._get_action_list(request, quote(str(obj.pk)))
        if len(action_list) >= 2:
            # The newest two are picked to begin with.
            action_list[0]["first"] = True
            action_list[1]["second"] = True
        context = {
            **self.admin_site.each_context(request),
            "title": f"History: {obj}",
            "subtitle": None,
            "object": obj,
            "object_id": quote(str(obj.pk)),
            "opts": self.opts,
            "module_name": str(capfirst(self.opts.verbose_name_plural)),
            "action_list": action_list,
            "comparable": len(action_list) >= 2,
            "compare_view": True,
            "preserved_filters": self.get_preserved_filters(request),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.object_history_template, context)

    def compare_view(self, request, object_id, extra_context=None):
        obj = self._object_or_404(request, object_id)
        return super().compare_view(request, quote(str(obj.pk)), extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        obj = self._object_or_404(request, object_id)
        version = self._version_or_404(
            Version.objects.get_for_object(obj).select_related("revision__user"),
            version_id,
        )
        return self._restore_view(request, version, obj, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not self.has_recover_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": f"Recover deleted {self.opts.verbose_name_plural}",
            "opts": self.opts,
            "deleted": deleted_versions(self.model),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.recover_list_template, context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.has_recover_permission(request):
            raise PermissionDenied
        version = self._version_or_404(deleted_versions(self.model), version_id)
        return self._restore_view(request, version, None, extra_context)

    @staticmethod
    def _version_or_404(versions, version_id) -> Version:
        if not str(version_id).isdigit():
            raise Http404("No such version.")
        version = versions.filter(pk=int(version_id)).first()
        if version is None:
            raise Http404("No such version.")
        return version

    def _restore_view(self, request, version, obj, extra_context):
        """Confirm, then restore `version` (of `obj`, or of a deleted row)."""
        keep = self.restore_keeps(request) if obj is not None else ()
        if request.method == "POST":
            return self._restore(request, version, obj, keep)
        try:
            stored = version.field_dict
            parts = self._stored_parts(version, with_links=obj is None)
        except RevertError as error:
            # Stored in a shape the models no longer read.
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(self._back_url(obj))
        context = {
            **self.admin_site.each_context(request),
            "title": (
                f"Restore “{version.object_repr}” as saved on {saved_on(version)}"
                if obj is not None
                else f"Recover “{version.object_repr}”"
            ),
            "opts": self.opts,
            "object": obj,
            "version": version,
            "saved_on": saved_on(version),
            "status": stored.get("status"),
            "parts": parts,
            "kept_fields": [
                self.opts.get_field(name).verbose_name for name in dict.fromkeys(keep)
            ],
            "seen_version": getattr(obj, LOCK_FIELD, None),
            "compare_url": self._compare_url(obj, version),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.restore_template, context)

    def _restore(self, request, version, obj, keep):
        seen = request.POST.get("seen_version") or None
        if seen is not None:
            # isdigit() also takes "²", which int() refuses.
            if not (seen.isascii() and seen.isdigit()):
                raise BadRequest("seen_version is not a number.")
            seen = int(seen)
        try:
            restored = version_restore(
                version=version, by=request.user, keep=keep, seen_version=seen
            )
        except (RestoreRefused, RevertError) as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(request.path)
        done = (
            f"Restored the version of {saved_on(version)}."
            if obj is not None
            else f"Recovered as saved on {saved_on(version)}."
        )
        self.log_change(request, restored.obj, done)
        self.message_user(request, done, messages.SUCCESS)
        if restored.left_out:
            self.message_user(
                request,
                "Left out, because what they pointed to is gone: "
                + "; ".join(restored.left_out)
                + ".",
                messages.WARNING,
            )
        return HttpResponseRedirect(
            reverse(
                f"{self.admin_site.name}:{self.opts.app_label}_"
                f"{self.opts.model_name}_change",
                args=[quote(str(restored.obj.pk))],
            )
        )

    def _back_url(self, obj) -> str:
        info = f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}"
        if obj is None:
            return reverse(f"{info}_recoverlist")
        return reverse(f"{info}_history", args=[quote(str(obj.pk))])

    def _stored_parts(self, version, *, with_links: bool) -> list[tuple[str, int]]:
        names = parts_of(self.model) + (links_of(self.model) if with_links else ())
        return [
            (_label(self.model, name), len(stored_rows(version, name)))
            for name in names
        ]

    def _compare_url(self, obj, version) -> str | None:
        if obj is None:
            return None
        newest = Version.objects.get_for_object(obj).order_by("-pk").first()
        if newest is None or newest.pk == version.pk:
            return None
        url = reverse(
            f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}"
            "_compare",
            args=[quote(str(obj.pk))],
        )
        return f"{url}?version_id1={version.pk}&version_id2={newest.pk}"

    # Comparing -----------------------------------------------------------------

    @property
    def compare_fields(self) -> list[str]:
        """The row's own fields. The package would add every relation pointing
        at the model (import records, search entries...) and read each from the
        database as it is now."""
        own = [
            f.name
            for f in self.opts.concrete_fields
            if f.name not in _renditions_fields(self.model)
        ]
        # Links through a model of ours (target regions) are compared as parts.
        linked = [
            f.name
            for f in self.opts.many_to_many
            if f.remote_field.through._meta.auto_created
        ]
        return own + linked

    def compare(self, obj, version1, version2):
        """Fields as django-reversion-compare compares them, then the parts (steps,
        images, update log...) as each version stored them: a part deleted since
        is shown as it was."""
        diff, _ = super().compare(obj, version1, version2)
        # The package takes a foreign key as changed whenever anything else in
        # the row changed; keep only those whose value did.
        before, after = version1.field_dict, version2.field_dict
        diff = [
            entry
            for entry in diff
            if not _is_foreign_key(entry["field"])
            or before.get(entry["field"].attname) != after.get(entry["field"].attname)
        ]
        for name in parts_of(self.model) + links_of(self.model):
            html = _rows_diff(stored_rows(version1, name), stored_rows(version2, name))
            if html:
                diff.append(
                    {
                        "field": self.opts.get_field(name),
                        "label": _label(self.model, name),
                        "is_related": True,
                        "follow": True,
                        "diff": html,
                    }
                )
        # Nothing shown comes from outside the stored versions.
        return diff, False

    def compare_ManyToManyField(self, obj_compare):
        """Names, one a line, of the linked rows each version stored."""
        model = obj_compare.field.related_model
        ids = [
            list(value) if isinstance(value, list | tuple) else []
            for value in (obj_compare.value1, obj_compare.value2)
        ]
        names = {
            row.pk: str(row)
            for row in model._base_manager.filter(pk__in=[*ids[0], *ids[1]])
        }
        text = [
            "\n".join(sorted(names.get(pk, f"(deleted, ID {pk})") for pk in side))
            for side in ids
        ]
        return html_diff(*text)


def _label(model, name: str) -> str:
    """What a part or link is called on the history pages."""
    relation = model._meta.get_field(name)
    rows = relation.related_model._meta
    if name not in links_of(model):
        return capfirst(rows.verbose_name_plural)
    # A link names the article on its other end: "Links from conditions".
    others = [
        str(f.related_model._meta.verbose_name_plural)
        for f in rows.concrete_fields
        if f.is_relation and f.remote_field is not relation
    ]
    return "Links from " + " and ".join(others)


def _is_foreign_key(f) -> bool:
    return f.is_relation and f.concrete and not f.many_to_many


def _rows_diff(old: list[StoredRow], new: list[StoredRow]) -> str:
    """HTML listing the rows added, removed and changed (field by field)."""
    before = {row.obj.pk: row for row in old}
    after = {row.obj.pk: row for row in new}
    html = []
    for pk in sorted(before.keys() | after.keys()):
        if pk not in after:
            html.append(format_html("<p><del>− {}</del></p>", before[pk].label))
        elif pk not in before:
            html.append(format_html("<p><ins>+ {}</ins></p>", after[pk].label))
        elif changes := _field_changes(before[pk].obj, after[pk].obj):
            html.append(format_html("<p>{}</p>", after[pk].label))
            html.extend(
                format_html("<h5>{}</h5>{}", label, diff) for label, diff in changes
            )
    return mark_safe("".join(html))


def _renditions_fields(model) -> set[str]:
    """A picture's list of resized copies: its file name already shows a change."""
    return {
        f.renditions_field
        for f in model._meta.concrete_fields
        if isinstance(f, ResponsiveImageField)
    }


def _field_changes(old, new) -> list[tuple[str, str]]:
    changes = []
    for f in new._meta.concrete_fields:
        if f.primary_key or f.name in _renditions_fields(type(new)):
            continue
        a, b = getattr(old, f.attname), getattr(new, f.attname)
        if a != b:
            changes.append(
                (capfirst(f.verbose_name), html_diff(_shown(f, a), _shown(f, b)))
            )
    return changes


def _shown(f, value) -> str:
    if value in (None, ""):
        return ""
    if f.is_relation:
        row = f.related_model._base_manager.filter(pk=value).first()
        return str(row) if row is not None else f"(deleted, ID {value})"
    if f.choices:
        return str(dict(f.flatchoices).get(value, value))
    return str(value)
