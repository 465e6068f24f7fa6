from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"

    def ready(self):
        from django.db.backends.signals import connection_created

        from .cursors import ints_as_bigint
        from .freshness import connect_signals

        connect_signals()
        connection_created.connect(ints_as_bigint)
