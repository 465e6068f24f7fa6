"""`get_FOO_display()` with each field's labels in a dict made once.

Django's `Model._get_FIELD_display` rebuilds the dict of a field's choices on
every call (`dict(make_hashable(field.flatchoices))`); a condition page groups
forty exercise links by their label, and that was a twentieth of the page.
"""

from functools import cache

from django.db import models
from django.utils.choices import CallableChoiceIterator
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable


@cache
def labels(field: models.Field) -> dict:
    """A field's labels by value, for choices fixed when its class is made.

    Each concrete model has its own field (abstract bases' are copied), so its
    own entry.
    """
    return dict(make_hashable(field.flatchoices))


def choice_display(instance: models.Model, field: models.Field) -> str:
    """What `Model._get_FIELD_display` gives: the label, or the value itself
    when it is not one of the choices.

    Set as `_get_FIELD_display` in a model's class body: Django makes each
    `get_FOO_display` from it when the field joins the class, after the body.
    """
    if isinstance(field.choices, CallableChoiceIterator):
        # Choices from a function are asked for each time: they may change.
        return models.Model._get_FIELD_display(instance, field)
    value = getattr(instance, field.attname)
    # force_str: a label may be a lazy translation.
    return force_str(labels(field).get(make_hashable(value), value), strings_only=True)
