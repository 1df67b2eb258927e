"""Two 11th graders of the small demo school's 2026/2027 (class 11Б, made here: the demo has none), one
with a СНИЛС, both with their certificates (аттестаты) recorded through the service, as a deputy would."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.people import graduates
from ejournal_desktop.storage.models import AcademicYear, Enrollment, EnrollmentEvent, Pupil, SchoolClass, Sex

SNILS = "112-233-445 95"


def add_graduates(db, *, documents: bool = True) -> tuple[int, int]:
    """(Ёлкина Алёна — СНИЛС, with honours; Артемьев Пётр — no СНИЛС): their pupil ids; with
    documents=False the class and its pupils only (no СНИЛС, no certificates)."""
    with db.session() as s, s.begin():
        year = s.scalar(select(AcademicYear))
        cls = SchoolClass(academic_year_id=year.id, grade=11, letter="Б")
        a = Pupil(surname="Ёлкина", name="Алёна", patronymic="Игоревна", birth_date=dt.date(2009, 3, 2), sex=Sex.female)
        b = Pupil(surname="Артемьев", name="Пётр", patronymic="Сергеевич", birth_date=dt.date(2009, 7, 30),
                  sex=Sex.male)
        s.add_all([cls, a, b])
        s.flush()
        for p in (a, b):
            s.add(Enrollment(pupil_id=p.id, school_class_id=cls.id, arrived_on=dt.date(2026, 9, 1),
                             arrival_event=EnrollmentEvent.promotion))
        ids = (a.id, b.id)
    if not documents:
        return ids
    deputy = accounts.authenticate(db, "zavuch", "demo")
    graduates.set_snils(db, deputy, ids[0], SNILS)
    for pid, number, honours in ((ids[0], "07724000123", True), (ids[1], "07724000124", False)):
        graduates.save_certificate(db, deputy, pid, start_year=2026, kind="secondary", series="", number=number,
                                   registration_number=number[-3:], issued_on=dt.date(2027, 6, 25),
                                   with_honours=honours)
    return ids
