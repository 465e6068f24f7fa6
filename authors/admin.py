from django.contrib import admin
from django.db import models

from articles.admin import KeepVanishedRowsFormSet, SearchSafeAdmin

from .models import Author, Credential

# Authors type "example.org"; assume the secure scheme, as Django 6 will.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class CredentialInline(admin.TabularInline):
    model = Credential
    formset = KeepVanishedRowsFormSet
    fields = ["title", "issuing_body", "year", "verification_url", "order"]
    extra = 0
    formfield_overrides = HTTPS_URLS


@admin.register(Author)
class AuthorAdmin(SearchSafeAdmin):
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
        if obj is None or request.user.is_superuser:
            return True
        return obj.user_id in (None, request.user.pk)
