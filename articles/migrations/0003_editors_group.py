"""Create the "Editors" group: what an editor may do on top of an author.

Editors belong to both groups. This one holds only `credit_others`: setting an
article's author to someone else, recording who reviewed it and editing any
author profile. Everything else comes from "Authors", so permissions later
migrations give authors reach editors too. Plain authors credit only
themselves, so nobody can put a colleague's name or credentials on a page
without an editor.
"""

from django.db import migrations

GROUP = "Editors"
EXTRA = [("authors", "credit_others")]


def create_group(apps, schema_editor):
    # As in 0002: permissions are normally created after all migrations.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, codename in EXTRA:
        editors.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_authors_group"),
        ("authors", "0002_protect_login_and_editor_permission"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
