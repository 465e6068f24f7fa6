"""How the page loaders turn a row into an instance (articles.pages.Columns)."""

from django.db import connection
from django.db.models import signals

from articles.pages import Columns
from exercises.models import Equipment

ROW = ("before", 7, "Mat", "mat", "after")


def made(columns: Columns) -> Equipment:
    return columns.make("default", ROW)


def test_an_instance_is_what_from_db_makes():
    instance = made(Columns(Equipment, "e", 1, connection))
    expected = Equipment.from_db("default", ["id", "name", "slug"], [7, "Mat", "mat"])
    assert type(instance) is Equipment
    assert vars(instance).keys() == vars(expected).keys()
    assert (instance.pk, instance.name, instance.slug) == (7, "Mat", "mat")
    assert (instance._state.adding, instance._state.db) == (False, "default")
    assert instance.get_deferred_fields() == set()


def test_models_with_init_receivers_are_made_through_from_db():
    # Instances are otherwise made without Model.__init__, which sends these.
    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance)

    signals.post_init.connect(receiver, sender=Equipment)
    try:
        instance = made(Columns(Equipment, "e", 1, connection))
    finally:
        signals.post_init.disconnect(receiver, sender=Equipment)
    assert seen == [instance]
    assert instance.name == "Mat"
