"""Logins are deactivated, never deleted, once they have left a trace.

Deleting a user would delete their admin history (Django cascades LogEntry) and
strand their author profile. The profile is protected by its foreign key; the
history by the receiver below, connected in AuthorsConfig.ready().

The receiver runs inside the deletion's own transaction, so a caller that wants
to carry on after a refusal (deactivate instead, say) must delete inside its own
`transaction.atomic()` block: the refusal then rolls back only that block.
"""

from __future__ import annotations

from django.contrib.admin.models import LogEntry
from django.db.models import ProtectedError

DEACTIVATE_INSTEAD = (
    "To remove someone’s access, untick “Active” on their account instead: they "
    "can no longer log in, and their history and byline stay."
)


def refuse_deleting_login_with_history(sender, instance, **kwargs) -> None:
    history = LogEntry.objects.filter(user=instance)
    if history.exists():
        raise ProtectedError(
            f"{instance} has admin history, which deleting the login would erase. "
            + DEACTIVATE_INSTEAD,
            set(history[:20]),
        )
