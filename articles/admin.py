"""Admin pieces every article type uses: the version check that stops two authors
overwriting each other, publish actions, the update-log inline and the history
(articles/history_admin.py)."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.admin import GenericTabularInline
from django.contrib.contenttypes.forms import BaseGenericInlineFormSet
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import BadRequest, ValidationError
from django.db import connection, models
from django.db.models import Q
from django.forms.formsets import DELETION_FIELD_NAME
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from reversion_compare.admin import CompareVersionAdmin

from authors.models import Author

from .citations import cited_sources, cites_a_source
from .history import revision_record, with_parts
from .history_admin import HistoryAdminMixin
from .models import ArticleUpdate, Status
from .readability import reading_level


def name_widget(widget, label: str) -> None:
    """Gives a form box its label as aria-label, for boxes whose visible label
    is not a <label> tied to them (table columns, the parts of a split box)."""
    inner = getattr(widget, "widget", widget)  # inside the related-object wrapper
    inner.attrs.setdefault("aria-label", str(label))


class LabelledRowsInlineMixin:
    """A tabular inline shows each field's label once, as a column heading, which
    assistive technology does not tie to the boxes below it: each box gets its
    label as aria-label, and so does each row's "Delete" box."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None:
            name_widget(field.widget, field.label)
        return field

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        noun = self.model._meta.verbose_name

        class Labelled(formset):
            def add_fields(self, form, index):
                super().add_fields(form, index)
                if DELETION_FIELD_NAME in form.fields:
                    name_widget(
                        form.fields[DELETION_FIELD_NAME].widget, f"Delete this {noun}"
                    )

        Labelled.__name__ = formset.__name__
        return Labelled


# Authors type "example.org"; assume the secure scheme, as Django 6 will.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class ArticleAdminForm(forms.ModelForm):
    """Refuses a save based on an out-of-date copy of the article.

    The form carries the version the author started from. On save the row is
    locked (the admin wraps the whole save in a transaction) and compared; if
    someone saved in between, the form comes back with everything the author
    typed and an explanation, and nothing is written. `Article.save()` enforces
    the same version for every other writer; this check only lets the admin
    explain a conflict (who saved, when) instead of failing.
    """

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version
        published = self.fields.get("published_at")
        if published is not None and hasattr(published.widget, "widgets"):
            # One <label> for two boxes: each says which half it is.
            date, time = published.widget.widgets
            date.attrs["aria-label"] = "Publication date"
            time.attrs["aria-label"] = "Publication time"

    def clean(self):
        cleaned = super().clean()
        if (
            "next_review_due" in self.fields
            and "last_reviewed_on" in self.changed_data
            and "next_review_due" not in self.changed_data
        ):
            # A new review restarts the clock; the model sets the default.
            cleaned["next_review_due"] = None
        if self.instance.pk:
            self._check_version(cleaned.get("seen_version"))
        if cleaned.get("status") == Status.PUBLISHED and not cleaned.get(
            "published_at"
        ):
            cleaned["published_at"] = timezone.now()
        return cleaned

    def _check_version(self, seen: int | None) -> None:
        model = type(self.instance)
        row = (
            model._default_manager.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("version", "updated_at")
            .first()
        )
        if row is None:
            raise ValidationError(
                "This article was deleted while you were editing it. Copy anything "
                "you want to keep before leaving this page.",
                code="deleted",
            )
        current, updated_at = row
        if seen == current:
            # The model's own check compares against this version.
            self.instance.version = current
            return
        # Arm the form with the newest version so that saving again, after
        # comparing, is a deliberate choice to keep this author's text.
        data = self.data.copy()
        data[self.add_prefix("seen_version")] = current
        self.data = data
        raise ValidationError(
            "%(who)s saved this article at %(when)s, after you opened it. Your "
            "changes are still in the form below but have NOT been saved. Open the "
            "article in a new tab to see their version and merge what you need; "
            "saving this form again will replace their version with yours.",
            code="edit_conflict",
            params=self._last_editor(updated_at),
        )

    def _last_editor(self, updated_at) -> dict[str, str]:
        """Who made the newer version, from the admin history; a save newer than
        the history came from outside the admin (the importer, a script)."""
        entry = (
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(self.instance),
                object_id=str(self.instance.pk),
            )
            .select_related("user")
            .order_by("-action_time")
            .first()
        )
        # The admin writes its history entry just after the save it records, so
        # a save newer than the newest entry did not come through the admin.
        if entry is None or entry.action_time < updated_at:
            return {"who": "An import or a script", "when": self._time(updated_at)}
        who = entry.user.get_full_name() or entry.user.get_username()
        return {"who": who, "when": self._time(entry.action_time)}

    @staticmethod
    def _time(moment) -> str:
        return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


class KeepVanishedRowsMixin:
    """For inline formsets: a row someone else deleted never blocks a save.

    The author's form still carries the deleted row's id. Django rejects that id
    with an error on a hidden field, which the admin never shows, so the author
    could not save at all. Here such a row becomes a new row again when saved
    (unless this author deleted it too): saving after a conflict keeps what this
    author sees on screen, as the conflict message promises.

    Where a row cannot or should not come back (a picture whose file is gone, or
    a parent without an edit lock, which never shows a conflict first), set
    `restore_vanished_rows = False`: the row is then taken as deleted.
    """

    restore_vanished_rows = True

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if self.is_bound and i < self.initial_form_count():
            if form.instance._state.adding:
                form.vanished = True
                form.fields[self.model._meta.pk.name] = forms.Field(
                    required=False, widget=forms.HiddenInput
                )
                if not self.restore_vanished_rows:
                    # Marked for deletion, the formset ignores the row's errors
                    # and saves nothing for it.
                    data = form.data.copy()
                    data[form.add_prefix(DELETION_FIELD_NAME)] = "on"
                    form.data = data
        return form

    def vanished_forms(self) -> list[forms.Form]:
        # has_changed() is where the admin refuses new rows to someone without
        # the add permission; a restored row is a new row.
        return [
            form
            for form in self.initial_forms
            if getattr(form, "vanished", False)
            and not self._should_delete_form(form)
            and form.has_changed()
        ]

    def save_new_objects(self, commit=True):
        # Django's version returns self.new_objects itself.
        super().save_new_objects(commit)
        for form in self.vanished_forms():
            self.new_objects.append(self.save_new(form, commit=commit))
            if not commit:
                self.saved_forms.append(form)
        return self.new_objects


class KeepVanishedRowsFormSet(KeepVanishedRowsMixin, BaseInlineFormSet):
    pass


class KeepVanishedGenericRowsFormSet(KeepVanishedRowsMixin, BaseGenericInlineFormSet):
    pass


def is_primary_key(model, value: str) -> bool:
    """Whether `value` could name a row: the right type, and within the column's
    range (a 20-digit number is refused by the database, not by Python)."""
    field = model._meta.pk
    try:
        pk = field.to_python(value)
    except ValidationError:
        return False
    if isinstance(pk, int):
        low, high = connection.ops.integer_field_range(field.get_internal_type())
        return (low is None or low <= pk) and (high is None or pk <= high)
    return pk not in (None, "")


class HardenedAdminMixin:
    """What every admin here adds to Django's: requests no browser would send
    (hand-edited ids, NUL characters, nonsense prefills) get a 400 or are set
    aside, never a server error."""

    def get_search_results(self, request, queryset, search_term):
        # PostgreSQL refuses NUL characters in queries.
        return super().get_search_results(
            request, queryset, search_term.replace("\x00", "")
        )

    def response_action(self, request, queryset):
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if not all(is_primary_key(self.model, value) for value in selected):
            raise BadRequest("The selection names something that is not an item.")
        return super().response_action(request, queryset)

    def get_changeform_initial_data(self, request):
        """Prefills from the address (`?easier_option=12`) that the form would
        accept; anything else is left out rather than breaking the page."""
        initial = super().get_changeform_initial_data(request)
        fields = self.get_form(request).base_fields
        kept = {}
        for name, value in initial.items():
            field = fields.get(name)
            if field is None:
                continue
            try:
                kept[name] = field.prepare_value(field.clean(value))
            except (ValidationError, ValueError, TypeError, OverflowError):
                continue
        return kept


class HardenedAdmin(HardenedAdminMixin, admin.ModelAdmin):
    """Base of a model admin here whose rows keep no history."""


class HistoryAdmin(HardenedAdminMixin, HistoryAdminMixin, CompareVersionAdmin):
    """Base of the admins for what authors write: every change is kept, and can
    be compared and restored from the page's History."""


class ArticleUpdateInline(LabelledRowsInlineMixin, GenericTabularInline):
    model = ArticleUpdate
    formset = KeepVanishedGenericRowsFormSet
    fields = ["date", "kind", "description"]
    extra = 0
    ct_fk_field = "object_id"
    verbose_name_plural = "Public update log"


class ReviewDueFilter(admin.SimpleListFilter):
    title = "next review"
    parameter_name = "review"
    SOON_DAYS = 90

    def lookups(self, request, model_admin):
        return [
            ("overdue", "Overdue"),
            ("soon", f"Due within {self.SOON_DAYS} days"),
            ("never", "Never reviewed"),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        match self.value():
            case "overdue":
                return queryset.filter(next_review_due__lt=today)
            case "soon":
                soon = today + dt.timedelta(days=self.SOON_DAYS)
                return queryset.filter(next_review_due__range=(today, soon))
            case "never":
                return queryset.filter(last_reviewed_on__isnull=True)
        return queryset


class SourcesFilter(admin.SimpleListFilter):
    title = "sources"
    parameter_name = "sources"

    def lookups(self, request, model_admin):
        return [("none", "No source cited"), ("cited", "Cites a source")]

    def queryset(self, request, queryset):
        cited = cites_a_source(queryset.model.MARKDOWN_FIELDS)
        match self.value():
            case "none":
                return queryset.exclude(cited)
            case "cited":
                return queryset.filter(cited)
        return queryset


def can_credit_others(user) -> bool:
    """Editors (and administrators) may name another author or a reviewer."""
    return user.has_perm("authors.credit_others")


class ArticleAdmin(HistoryAdmin):
    """Shared admin for exercises and conditions.

    Bylines and reviews are what readers trust, so a plain author credits only
    themselves and cannot record a review; editors can do both. The same goes
    for history: restoring an old version leaves a plain author's byline and
    review as they are, and only editors recover a deleted article, which comes
    back under its own byline.
    """

    recoverable = True

    credit_fields = ("author", "reviewed_by")
    review_fields = ("last_reviewed_on", "reviewed_by", "next_review_due")

    form = ArticleAdminForm
    list_display = [
        "title",
        "status",
        "is_published",
        "author",
        "review_due",
        "updated_at",
    ]
    list_filter = ["status", ReviewDueFilter, SourcesFilter, "author"]
    search_fields = ["title", "slug", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["author", "reviewed_by"]
    readonly_fields = [
        "created_at",
        "updated_at",
        "preview_link",
        "reading_level",
        "sources_cited",
    ]
    date_hierarchy = "published_at"
    actions = ["publish", "unpublish"]
    list_select_related = ["author"]
    save_on_top = True
    publishing_fieldset = (
        "Publishing",
        {
            "fields": [
                "status",
                "published_at",
                "author",
                ("last_reviewed_on", "reviewed_by", "next_review_due"),
                ("created_at", "updated_at"),
                "preview_link",
                "seen_version",
            ]
        },
    )
    checks_fieldset = (
        "Checks",
        {
            "description": "Worked out from the saved text: save to see them change.",
            "fields": ["reading_level", "sources_cited"],
        },
    )

    def has_recover_permission(self, request) -> bool:
        return super().has_recover_permission(request) and can_credit_others(
            request.user
        )

    def restore_keeps(self, request) -> tuple[str, ...]:
        if can_credit_others(request.user):
            return ()
        return (*self.credit_fields, *self.review_fields)

    def get_autocomplete_fields(self, request):
        fields = super().get_autocomplete_fields(request)
        if can_credit_others(request.user):
            return fields
        # A plain select of the few profiles this author may choose from.
        return [f for f in fields if f not in self.credit_fields]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not can_credit_others(request.user):
            fields += [f for f in self.review_fields if f not in fields]
        return fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        author_field = form.base_fields.get("author")
        if author_field is not None and not can_credit_others(request.user):
            # A new article is the author's own; an existing one keeps its
            # byline, whoever edits it.
            allowed = Q(user=request.user) if obj is None else Q(pk=obj.author_id)
            author_field.queryset = author_field.queryset.filter(allowed)
            author_field.help_text = (
                "Only an editor can change who is credited for an article."
            )
        return form

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        profile = Author.objects.filter(user=request.user).first()
        if profile is not None:
            initial.setdefault("author", profile.pk)
        return initial

    @admin.display(description="next review", ordering="next_review_due")
    def review_due(self, obj) -> str:
        if obj.next_review_due is None:
            return "—"
        due = date_format(obj.next_review_due, "SHORT_DATE_FORMAT")
        return f"{due} (overdue)" if obj.review_is_overdue() else due

    @admin.display(description="Reading level")
    def reading_level(self, obj) -> str:
        level = reading_level(obj.readable_texts()) if obj.pk else None
        if level is None:
            return "—"
        if level.is_easy:
            return str(level)
        return f"{level}. Shorter sentences and everyday words will help."

    @admin.display(description="Sources")
    def sources_cited(self, obj) -> str:
        count = len(cited_sources(obj.markdown_texts().values())) if obj.pk else 0
        if count:
            return f"{count} footnote(s) cite a source with a link or DOI."
        return (
            "No footnote cites a source yet. Published articles need at least one: "
            "“[^1]: What it supports. Author or body, title, year, link or DOI.”"
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.status == Status.PUBLISHED:
            self._warn_if_unchecked(request, [obj])

    def _warn_if_unchecked(self, request, articles) -> None:
        """Warns about published articles without a source or a review.

        Warnings, not refusals: a correction must never wait for a citation or
        a reviewer.
        """
        checks = [
            (
                lambda a: not cited_sources(a.markdown_texts().values()),
                "no source cited. Published articles should cite at least one "
                "guideline or review in a footnote, with a link or DOI.",
            ),
            (
                lambda a: a.last_reviewed_on is None,
                "no review yet. Ask an editor to record one: until then the page "
                "says “Not yet checked by a reviewer”.",
            ),
        ]
        for failing, message in checks:
            missing = [a for a in articles if failing(a)]
            if missing:
                names = ", ".join(f"“{a}”" for a in missing[:5])
                more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
                self.message_user(
                    request, f"{names}{more}: {message}", messages.WARNING
                )

    @admin.display(description="Preview")
    def preview_link(self, obj) -> str:
        if not obj.pk:
            return "Save the draft first to preview it."
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">Open the page as visitors '
            "will see it</a>{}",
            obj.get_absolute_url(),
            "" if obj.is_published() else " (only logged-in authors can see it)",
        )

    @admin.action(description="Publish selected articles", permissions=["change"])
    def publish(self, request, queryset):
        drafts = list(queryset.exclude(status=Status.PUBLISHED))
        count = self._selected(drafts).publish()
        self._log_status_change(request, drafts, "Published.")
        self.message_user(request, f"Published {count} article(s).", messages.SUCCESS)
        self._warn_if_unchecked(request, drafts)

    @admin.action(
        description="Unpublish selected articles (back to draft)",
        permissions=["change"],
    )
    def unpublish(self, request, queryset):
        live = list(queryset.filter(status=Status.PUBLISHED))
        count = self._selected(live).unpublish()
        self._log_status_change(request, live, "Unpublished.")
        self.message_user(
            request, f"Moved {count} article(s) back to draft.", messages.SUCCESS
        )

    def _selected(self, articles):
        return self.model._default_manager.filter(pk__in=[a.pk for a in articles])

    def _log_status_change(self, request, articles, message: str) -> None:
        # Logged like a normal save, so the history and the edit-conflict
        # message can say who published.
        for article in articles:
            self.log_change(request, article, message)
        if articles:
            revision_record(
                objs=with_parts(self._selected(articles)),
                by=request.user,
                comment=message,
            )

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for obj in instances:
            if isinstance(obj, ArticleUpdate) and obj._state.adding:
                obj.created_by = request.user
            obj.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()
