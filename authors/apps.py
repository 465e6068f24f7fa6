from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import pre_delete


class AuthorsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "authors"

    def ready(self):
        from .accounts import refuse_deleting_login_with_history

        pre_delete.connect(
            refuse_deleting_login_with_history,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="authors.refuse_deleting_login_with_history",
        )
