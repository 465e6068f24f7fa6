"""Create the "Authors" group: trainers who write and publish, but are not admins.

Authors may add, change and view all content, and delete the parts of an article
(steps, images, variants, links, update-log entries, credentials). Deleting a
whole article, region or author profile is left to administrators; an author
unpublishes instead. Later migrations that add models extend this list.
"""

from django.db import migrations

GROUP = "Authors"

PERMISSIONS = {
    "articles": {"articleupdate": "acdv"},
    "authors": {"author": "acv", "credential": "acdv"},
    "exercises": {
        "bodyregion": "acv",
        "equipment": "acv",
        "exercise": "acv",
        "exerciseimage": "acdv",
        "exerciseregion": "acdv",
        "exercisestep": "acdv",
        "stretchvariant": "acdv",
    },
    "conditions": {"condition": "acv", "conditionexercise": "acdv"},
}
ACTIONS = {"a": "add", "c": "change", "d": "delete", "v": "view"}


def _codenames():
    for app_label, models in PERMISSIONS.items():
        for model, actions in models.items():
            for letter in actions:
                yield app_label, f"{ACTIONS[letter]}_{model}"


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations have run; create
    # them now so the group can reference them on a fresh database.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, codename in _codenames():
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("authors", "0001_initial"),
        ("exercises", "0001_initial"),
        ("conditions", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
