from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group

from articles.admin import (
    HTTPS_URLS,
    HardenedAdminMixin,
    HistoryAdmin,
    KeepVanishedRowsFormSet,
    LabelledRowsInlineMixin,
    can_credit_others,
)

from .accounts import DEACTIVATE_INSTEAD
from .models import Author, Credential


def manages_logins(user) -> bool:
    return user.has_perm("auth.change_user")


class CredentialFormSet(KeepVanishedRowsFormSet):
    # Profiles have no edit lock, so no conflict message shows first: a
    # credential a colleague removed stays removed.
    restore_vanished_rows = False


class CredentialInline(LabelledRowsInlineMixin, admin.TabularInline):
    model = Credential
    formset = CredentialFormSet
    fields = ["title", "issuing_body", "year", "verification_url", "order"]
    extra = 0
    formfield_overrides = HTTPS_URLS


@admin.register(Author)
class AuthorAdmin(HistoryAdmin):
    list_display = ["display_name", "slug", "user"]
    search_fields = ["display_name", "slug"]
    prepopulated_fields = {"slug": ["display_name"]}
    raw_id_fields = ["user"]
    inlines = [CredentialInline]
    formfield_overrides = HTTPS_URLS

    def has_change_permission(self, request, obj=None):
        # Credentials are what readers trust, so a trainer edits only their own
        # profile (and reviewer profiles without a login); others are read-only.
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or can_credit_others(request.user):
            return True
        return obj.user_id in (None, request.user.pk)

    def restore_keeps(self, request) -> tuple[str, ...]:
        # As in the form: who a profile belongs to is for administrators.
        return () if manages_logins(request.user) else ("user",)

    def get_exclude(self, request, obj=None):
        # Linking a profile to a login decides whose name an account writes
        # under; only administrators, who manage the accounts, may do it.
        if manages_logins(request.user):
            return super().get_exclude(request, obj)
        return ["user"]

    def get_list_display(self, request):
        if manages_logins(request.user):
            return self.list_display
        # Authors do not need, and should not see, everyone's username.
        return ["display_name", "slug", "has_login"]

    @admin.display(description="has a login", boolean=True)
    def has_login(self, obj) -> bool:
        return obj.user_id is not None


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class AccountAdmin(HardenedAdminMixin, UserAdmin):
    """Django's user admin, refusing to delete logins that have left a trace."""

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms, protected = super().get_deleted_objects(objs, request)
        history = LogEntry.objects.filter(user__in=objs).count()
        if history:
            protected = [*protected, f"Admin history: {history} entries"]
        if protected:
            protected = [*protected, DEACTIVATE_INSTEAD]
        return deleted, counts, perms, protected


admin.site.unregister(Group)


@admin.register(Group)
class HardenedGroupAdmin(HardenedAdminMixin, GroupAdmin):
    pass
