from django.contrib import admin
from django.db import models

from .models import Author, Credential

# Authors type "example.org"; assume the secure scheme, as Django 6 will.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class CredentialInline(admin.TabularInline):
    model = Credential
    fields = ["title", "issuing_body", "year", "verification_url", "order"]
    extra = 0
    formfield_overrides = HTTPS_URLS


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["display_name", "slug", "user"]
    search_fields = ["display_name", "slug"]
    prepopulated_fields = {"slug": ["display_name"]}
    raw_id_fields = ["user"]
    inlines = [CredentialInline]
    formfield_overrides = HTTPS_URLS
