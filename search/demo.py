"""Demo search data: the editors' synonym list, and a full index of the demo content."""

from search import maintenance
from search.models import SynonymGroup

SYNONYMS = [
    ("chemo, chemotherapy", "Everyday and medical names"),
    ("comfort care, palliative care, supportive care", ""),
    (
        "ALL, acute lymphoblastic leukaemia, acute lymphoblastic leukemia",
        "Capitals: only ALL",
    ),
    ("AML, acute myeloid leukaemia, acute myeloid leukemia", ""),
    ("leukaemia, leukemia", "British and American spelling"),
    ("radiotherapy, radiation therapy, radiation", ""),
    ("BMT, bone marrow transplant, stem cell transplant", ""),
    ("hair loss, alopecia", ""),
    ("feeling sick, nausea, sickness", ""),
    ("low counts, neutropenia, low white blood cells", ""),
    ("hospice, end of life care", ""),
    ("scanxiety, scan anxiety", ""),
]


def seed(command) -> None:
    created = 0
    for terms, note in SYNONYMS:
        _group, was_created = SynonymGroup.objects.get_or_create(
            terms=terms, defaults={"note": note}
        )
        created += int(was_created)
    if created:
        command.stdout.write(f"  {created} search synonym groups")
    report = maintenance.reindex()
    command.stdout.write(f"  search index: {report.documents} documents")
