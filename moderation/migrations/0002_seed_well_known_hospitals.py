"""Seed the moderators' hospital list with well-known children's cancer centres.

Families name these without the word "Hospital" ("we're at Alder Hey"); being in the
editable list (not built into the detector) lets moderators take out a name that
holds innocent posts. A copy of the list as it was, as migrations must not import code
that changes.
"""

from django.db import migrations

NAMES = [
    "Great Ormond Street",
    "Alder Hey",
    "Royal Marsden",
    "The Christie",
    "Evelina London",
    "Bristol Royal Hospital for Children",
    "Royal Hospital for Children",
    "Royal Manchester Children's",
    "Leeds General Infirmary",
    "Addenbrooke's",
    "John Radcliffe",
    "Southampton General",
    "Queen's Medical Centre",
    "Royal Victoria Infirmary",
    "Great North Children's",
    "Noah's Ark Children's Hospital",
    "Royal Hospital for Sick Children",
    "Our Lady's Children's Hospital",
    "St Jude",
    "SickKids",
    "Dana-Farber",
    "Sloan Kettering",
    "MD Anderson",
]


def seed(apps, schema_editor):
    HospitalName = apps.get_model("moderation", "HospitalName")
    for name in NAMES:
        HospitalName.objects.get_or_create(name=name)


def unseed(apps, schema_editor):
    HospitalName = apps.get_model("moderation", "HospitalName")
    HospitalName.objects.filter(name__in=NAMES).delete()


class Migration(migrations.Migration):
    dependencies = [("moderation", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
