"""The report on the movement of pupils (движение учащихся): arrivals, departures and transfers
by the director's orders, per class, for a month, a period or the year."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from ...domain import journal_control as rules
from ...domain.names import person_sort_key, short_name
from ...domain.rights import Action, permits
from ...printing.report import Column, Report, Table
from ...storage.database import Database
from ...storage.models import (
    Enrollment,
    EnrollmentEvent,
    Pupil,
    SchoolClass,
)
from ..access import guard
from ..access.actor import Actor
from .control_span import (
    IsCancelled,
    Progress,
    ReportError,
    _Calendar,
    _class_id,
    _missing_period_note,
    _span_subtitle,
    _step,
)
from .kind import ReportRequest, latest_year, school_name

_ARRIVAL_LABELS = {EnrollmentEvent.arrival: "прибытие", EnrollmentEvent.transfer: "перевод из другого класса",
                   EnrollmentEvent.promotion: "перевод в следующий класс",
                   EnrollmentEvent.conditional_promotion: "условный перевод",
                   EnrollmentEvent.repeat_year: "оставлен на повторное обучение"}


_DEPARTURE_LABELS = {EnrollmentEvent.departure: "выбытие", EnrollmentEvent.transfer: "перевод в другой класс",
                     EnrollmentEvent.promotion: "перевод в следующий класс",
                     EnrollmentEvent.conditional_promotion: "условный перевод",
                     EnrollmentEvent.repeat_year: "оставлен на повторное обучение",
                     EnrollmentEvent.graduation: "выпуск"}


def movement(db: Database, actor: Actor, request: ReportRequest, *, progress: Progress = None,
             cancelled: IsCancelled = None) -> Report:
    """Movement of pupils: the roll of each class at the start and the end of the dates, arrivals,
    departures and transfers between classes, with dates and order numbers."""
    today = request.day
    with guard.unit(db, actor) as session:
        year = latest_year(session)
        cal = _Calendar(session, year, request)
        cal.check_month()
        class_id = _class_id(session, year, request.class_label)
        own_class = class_id is not None and class_id in guard.own_class_ids(session, actor)
        if not (permits(actor.roles, Action.build_reports, own_class=own_class)
                or permits(actor.roles, Action.register_movement)):
            raise guard.Denied(Action.build_reports, "отчёт о движении учащихся"
                               + ("" if class_id is not None else " по всей школе"))
        classes = session.execute(select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter).where(
            SchoolClass.academic_year_id == year.id,
            *([SchoolClass.id == class_id] if class_id is not None else []))).all()
        classes.sort(key=lambda r: (r.grade, r.letter))
        label = {r.id: f"{r.grade}{r.letter}" for r in classes}
        stays = session.execute(
            select(Enrollment, Pupil.surname, Pupil.name, Pupil.patronymic)
            .join(Pupil, Pupil.id == Enrollment.pupil_id)
            .where(Enrollment.school_class_id.in_(list(label)))).all()
        school = school_name(session)

    by_class: dict[int, list] = defaultdict(list)
    for e, surname, name, patronymic in stays:
        by_class[e.school_class_id].append((e, surname, name, patronymic))
    summary, arrivals, departures, transfers = [], [], [], []
    spans, skipped = [], set()
    totals = [0, 0, 0, 0, 0, 0]
    for done, cls in enumerate(classes):
        _step(progress, cancelled, done, len(classes), label[cls.id])
        span = cal.span(cls.grade)
        if span is None:
            skipped.add(label[cls.id])
            continue
        spans.append(span)
        year_start = cal.year_bounds(cls.grade)[0]
        if span.start > today:
            raise ReportError(f"Выбранные даты ({span.label}, {span.dates}) ещё не наступили: движение "
                              f"учащихся показывается за прошедшие дни.")
        end = span.to_date(today)
        rows = by_class.get(cls.id, [])
        counts = rules.movement_counts((rules.Stay(e.arrived_on, e.departed_on) for e, *_ in rows),
                                       span.start, end, year_start)
        arrived_by_transfer = departed_by_transfer = 0
        for e, surname, name, patronymic in rows:
            stay = rules.Stay(e.arrived_on, e.departed_on)
            pupil = (person_sort_key(surname, name, patronymic), short_name(surname, name, patronymic))
            arrives, departs = rules.stay_moves(stay, span.start, end, year_start)
            if arrives:
                if e.arrival_event is EnrollmentEvent.transfer:
                    arrived_by_transfer += 1
                    transfers.append(["in", e.pupil_id, e.arrived_on, pupil, e.arrived_from, label[cls.id],
                                      e.arrival_order_number])
                else:
                    arrivals.append((e.arrived_on, pupil, label[cls.id], e.arrived_from,
                                     _ARRIVAL_LABELS.get(e.arrival_event, ""), e.arrival_order_number))
            if departs:
                if e.departure_event is EnrollmentEvent.transfer:
                    departed_by_transfer += 1
                    transfers.append(["out", e.pupil_id, e.departed_on, pupil, label[cls.id], e.departed_to,
                                      e.departure_order_number])
                else:
                    departures.append((e.departed_on, pupil, label[cls.id], e.departed_to,
                                       _DEPARTURE_LABELS.get(e.departure_event, "") if e.departure_event else "",
                                       e.departure_order_number))
        row = (label[cls.id], counts.at_start, counts.arrived, arrived_by_transfer, counts.departed,
               departed_by_transfer, counts.at_end)
        summary.append(row)
        for i, v in enumerate(row[1:]):
            totals[i] += v
    if not summary:
        raise ReportError("Нет классов для этого отчёта.")

    # A transfer inside the school is one line: the departure from one class and the arrival in another.
    merged = []
    ins = {(t[1], t[2]): t for t in transfers if t[0] == "in"}
    used = set()
    for t in transfers:
        if t[0] != "out":
            continue
        partner = ins.get((t[1], t[2]))
        if partner is not None:
            used.add(id(partner))
            merged.append((t[2], t[3], t[4], partner[5], t[6] or partner[6]))
        else:
            merged.append((t[2], t[3], t[4], _class_of_text(t[5]), t[6]))
    for t in transfers:
        if t[0] == "in" and id(t) not in used:
            merged.append((t[2], t[3], _class_of_text(t[4]), t[5], t[6]))

    def numbered(items):
        items = sorted(items, key=lambda x: (x[0], x[1][0]))
        return [(i, f"{x[0]:%d.%m.%Y}", x[1][1], *x[2:]) for i, x in enumerate(items, start=1)]

    sections = [
        Table("Численность и движение по классам", [
            Column("Класс", 0.8), Column("На начало", 1.0, "int"), Column("Прибыло", 1.0, "int"),
            Column("в т. ч. из других классов", 1.4, "int"), Column("Выбыло", 1.0, "int"),
            Column("в т. ч. в другие классы", 1.4, "int"), Column("На конец", 1.0, "int")],
            summary, totals=("Итого", *totals)),
        Table("Прибыли", [Column("№", 0.4, "int"), Column("Дата", 0.9), Column("Ученик", 2.0),
                          Column("Класс", 0.6), Column("Откуда", 2.4), Column("Основание", 1.4),
                          Column("Приказ №", 0.9)], numbered(arrivals), sheet="Прибыли"),
        Table("Выбыли", [Column("№", 0.4, "int"), Column("Дата", 0.9), Column("Ученик", 2.0),
                         Column("Класс", 0.6), Column("Куда", 2.4), Column("Основание", 1.4),
                         Column("Приказ №", 0.9)], numbered(departures), sheet="Выбыли"),
        Table("Переводы внутри школы", [Column("№", 0.4, "int"), Column("Дата", 0.9), Column("Ученик", 2.0),
                                        Column("Из класса", 0.9), Column("В класс", 0.9),
                                        Column("Приказ №", 0.9)], numbered(merged), sheet="Переводы"),
    ]
    school_wide = class_id is None
    last_day = min(today, max(s.end for s in spans))
    notes = [
        f"На начало — числились в классе в первый день выбранных дат, на конец — на {last_day:%d.%m.%Y}. "
        "Дата выбытия — первый день, когда ученик уже не числится в классе.",
        *(["В итоговой строке переводы внутри школы входят и в «прибыло», и в «выбыло»: численность школы "
           "они не меняют."] if school_wide and merged else []),
        *_missing_period_note(request, skipped),
    ]
    return Report("Отчёт о движении учащихся", school, _span_subtitle(spans, request.class_label), sections,
                  generated_on=today, notes=notes)


def _class_of_text(text: str) -> str:
    """«5Б класс» → «5Б» (the free text of arrived_from / departed_to)."""
    return text.removesuffix(" класс").strip()
