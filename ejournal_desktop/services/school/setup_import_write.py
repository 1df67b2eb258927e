"""The checking and writing half of `services.setup_import`: sheet by sheet, every problem collected
(sheet, row, column), then — only when there is none — the rows written in the caller's transaction."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict

from sqlalchemy import delete, func, select

from ...domain.names import fold, full_name, person_sort_key
from ...storage.models import (
    AcademicYear,
    BellSchedule,
    Course,
    CourseKind,
    Enrollment,
    EnrollmentEvent,
    GradingSystem,
    Guardian,
    Holiday,
    Period,
    PeriodMark,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Sex,
    Staff,
    Subgroup,
    SubgroupMember,
    Subject,
    TimetableEntry,
    YearStatus,
)
from ..access import audit
from ..people.list_numbers import number_new_stays
from .setup_values import _DAYS, _KINDS, _NAME, _YEAR, _label, _split_name
from .setup_workbook import SHEET_BY_KEY, SheetRows

__all__ = ["plan_and_write"]


def _rows(sheets: dict[str, SheetRows], key: str) -> list[tuple[int, dict]]:
    return sheets[key].rows if key in sheets else []


def plan_and_write(session, actor, sheets, result, r, today: dt.date) -> None:
    S = SHEET_BY_KEY
    counts = result.counts
    for key, got in sheets.items():
        required = {"periods": {"year", "kind", "number", "start", "end"}, "holidays": {"name", "start", "end"},
                    "bells": {"shift", "number", "start", "end"}, "subjects": {"name"},
                    "staff": {"surname", "name"}, "classes": {"label"},
                    "curriculum": {"class", "subject", "hours", "teacher"},
                    "timetable": {"class", "weekday", "number", "subject"},
                    "pupils": {"class", "surname", "name"}}[key]
        for col in got.sheet.columns:
            if col.key in required and col.heading in got.missing and got.rows:
                r.bad(got.sheet.title, 1, col.heading, "нет такого столбца (заголовки — как в образце).")
    if r.problems:
        result.problems = r.problems
        return

    # --- the year and its periods ---
    sh = S["periods"]
    start_years = set()
    periods = []
    for row, v in _rows(sheets, "periods"):
        label = r.text(sh, row, v, "year", required=True)
        m = _YEAR.match(label)
        if label and (not m or int(m.group(2)) != int(m.group(1)) + 1):
            r.bad(sh.title, row, "Учебный год", f"«{label}» — нужно два года подряд, например 2026/2027.")
        elif m:
            start_years.add(int(m.group(1)))
        kind_text = r.text(sh, row, v, "kind", required=True)
        kind = _KINDS.get(fold(kind_text))
        if kind_text and kind is None:
            r.bad(sh.title, row, "Вид периода", f"«{kind_text}» — нужно: четверть, триместр или полугодие.")
        number = r.number(sh, row, v, "number", 1, 4)
        if kind is not None and number and number > kind.count:
            r.bad(sh.title, row, "Номер", f"{number}: в году {kind.count} {kind_text}.")
        start, end = r.date(sh, row, v, "start"), r.date(sh, row, v, "end")
        if start and end and end < start:
            r.bad(sh.title, row, "Конец", f"{end:%d.%m.%Y} раньше начала {start:%d.%m.%Y}.")
        g1 = r.number(sh, row, v, "grade_from", 1, 11, default=1)
        g2 = r.number(sh, row, v, "grade_to", 1, 11, default=11)
        if g1 > g2:
            r.bad(sh.title, row, "Классы по", f"{g2} меньше «Классы с» ({g1}).")
        periods.append((row, kind, number, start, end, g1, g2))
    if len(start_years) > 1:
        r.bad(sh.title, None, "Учебный год", "в строках разные учебные годы: книга задаёт один год.")
    year = None
    if start_years:
        start_year = min(start_years)
        for row, kind, number, start, end, *_ in periods:
            for day, col in ((start, "Начало"), (end, "Конец")):
                if day and not dt.date(start_year, 8, 1) <= day <= dt.date(start_year + 1, 8, 31):
                    r.bad(sh.title, row, col, f"{day:%d.%m.%Y} вне {start_year}/{start_year + 1} учебного года.")
        year = session.scalar(select(AcademicYear).where(AcademicYear.start_year == start_year))
        if year is not None and year.status is not YearStatus.open:
            r.bad(sh.title, None, "Учебный год", f"{year.label} учебный год закрыт: его не меняют.")
        elif year is not None and periods and session.scalar(select(func.count()).select_from(PeriodMark).join(
                Period, Period.id == PeriodMark.period_id).where(Period.academic_year_id == year.id)):
            r.bad(sh.title, None, "", f"в {year.label} учебном году уже выставлены отметки за периоды: "
                                      f"периоды этой книгой не заменяются.")
    else:
        start_year = None
        year = session.scalar(select(AcademicYear).where(AcademicYear.status == YearStatus.open)
                              .order_by(AcademicYear.start_year.desc()).limit(1))
        if year is None:
            r.bad(sh.title, None, "", "лист пуст, а в журнале нет учебного года: задайте год и его периоды.")
        else:
            start_year = year.start_year
    by_range = defaultdict(list)
    for p in periods:
        if p[3] and p[4]:
            by_range[(p[5], p[6])].append(p)
    for group in by_range.values():
        group.sort(key=lambda p: p[3])
        for a, b in itertools.pairwise(group):
            if b[3] <= a[4]:
                r.bad(sh.title, b[0], "Начало", f"{b[3]:%d.%m.%Y}: период начинается раньше конца предыдущего "
                                                f"(строка {a[0]}, {a[4]:%d.%m.%Y}).")

    # --- holidays ---
    sh = S["holidays"]
    holidays = []
    for row, v in _rows(sheets, "holidays"):
        name = r.text(sh, row, v, "name", required=True)
        start, end = r.date(sh, row, v, "start"), r.date(sh, row, v, "end")
        if start and end and end < start:
            r.bad(sh.title, row, "Конец", f"{end:%d.%m.%Y} раньше начала {start:%d.%m.%Y}.")
        g1 = r.number(sh, row, v, "grade_from", 1, 11, default=1)
        g2 = r.number(sh, row, v, "grade_to", 1, 11, default=11)
        holidays.append((name, start, end, g1, g2))

    # --- bells ---
    sh = S["bells"]
    bells, seen = [], {}
    for row, v in _rows(sheets, "bells"):
        shift = r.number(sh, row, v, "shift", 1, 3, default=1)
        number = r.number(sh, row, v, "number", 1, 10)
        start, end = r.time(sh, row, v, "start"), r.time(sh, row, v, "end")
        if start and end and end <= start:
            r.bad(sh.title, row, "Конец", f"{end:%H:%M} не позже начала {start:%H:%M}.")
        if (shift, number) in seen:
            r.bad(sh.title, row, "Урок", f"{number}-й урок {shift}-й смены уже задан в строке {seen[(shift, number)]}.")
        seen[(shift, number)] = row
        bells.append((shift, number, start, end))

    # --- subjects ---
    sh = S["subjects"]
    known_subjects = {fold(s.name): s for s in session.scalars(select(Subject))}
    subject_rows, seen = [], {}
    for i, (row, v) in enumerate(_rows(sheets, "subjects")):
        name = r.text(sh, row, v, "name", required=True)
        short = r.text(sh, row, v, "short_name", limit=50) or name[:50]
        order = r.number(sh, row, v, "order", 0, 100000, default=-1)
        if fold(name) in seen:
            r.bad(sh.title, row, "Предмет", f"«{name}» уже есть в строке {seen[fold(name)]}.")
        seen[fold(name)] = row
        subject_rows.append((name, short, order if order != -1 else None, i))
    subject_names = set(known_subjects) | set(seen)

    # --- staff ---
    sh = S["staff"]
    known_staff = {fold(full_name(s.surname, s.name, s.patronymic)): s for s in session.scalars(select(Staff))}
    staff_rows, seen = [], {}
    for row, v in _rows(sheets, "staff"):
        parts = [r.text(sh, row, v, k, required=k != "patronymic", limit=100) for k in ("surname", "name", "patronymic")]
        for k, part in zip(("Фамилия", "Имя", "Отчество"), parts):
            if part and not _NAME.match(part):
                r.bad(sh.title, row, k, f"«{part}» — допустимы только буквы, пробел, дефис и апостроф.")
        key = fold(full_name(*parts))
        if key in seen:
            r.bad(sh.title, row, "Фамилия", f"{full_name(*parts)} уже есть в строке {seen[key]}.")
        seen[key] = row
        staff_rows.append((*parts, r.text(sh, row, v, "position") or "учитель", r.text(sh, row, v, "phone", limit=100),
                           r.text(sh, row, v, "email")))
    staff_names = set(known_staff) | set(seen)

    def teacher_known(sheet, row, heading, name) -> bool:
        if name and fold(name) not in staff_names:
            r.bad(sheet.title, row, heading, f"«{name}» нет ни на листе «Сотрудники», ни в журнале.")
            return False
        return bool(name)

    # --- classes ---
    sh = S["classes"]
    existing_classes = {}
    if year is not None:
        existing_classes = {c.label: c for c in session.scalars(select(SchoolClass).where(
            SchoolClass.academic_year_id == year.id))}
    class_rows, classes = [], {}
    for row, v in _rows(sheets, "classes"):
        text = r.text(sh, row, v, "label", required=True)
        parsed = _label(text)
        if text and parsed is None:
            r.bad(sh.title, row, "Класс", f"«{text}» — нужна параллель 1…11 и буква: 5А.")
            continue
        if parsed is None:
            continue
        label = f"{parsed[0]}{parsed[1]}"
        if label in classes:
            r.bad(sh.title, row, "Класс", f"{label} уже есть в строке {classes[label]}.")
        elif label in existing_classes:
            r.bad(sh.title, row, "Класс", f"{label} класс уже есть в журнале {year.label} учебного года.")
        classes[label] = row
        shift = r.number(sh, row, v, "shift", 1, 3, default=1)
        teacher = r.text(sh, row, v, "class_teacher")
        teacher_known(sh, row, "Классный руководитель", teacher)
        class_rows.append((parsed, shift, teacher))

    def class_of(sheet, row, v) -> str | None:
        text = r.text(sheet, row, v, "class", required=True)
        parsed = _label(text)
        label = f"{parsed[0]}{parsed[1]}" if parsed else None
        if text and label not in classes:
            r.bad(sheet.title, row, "Класс", f"«{text}» нет на листе «Классы».")
            return None
        return label

    # --- curriculum ---
    sh = S["curriculum"]
    lines, line_rows = {}, {}
    grouped = defaultdict(set)  # (class, subject) → group names ("" whole class)
    for row, v in _rows(sheets, "curriculum"):
        label = class_of(sh, row, v)
        subject = r.text(sh, row, v, "subject", required=True)
        if subject and fold(subject) not in subject_names:
            r.bad(sh.title, row, "Предмет", f"«{subject}» нет ни на листе «Предметы», ни в журнале.")
        hours = r.number(sh, row, v, "hours", 0.5, 40, real=True)
        teacher = r.text(sh, row, v, "teacher", required=True)
        teacher_known(sh, row, "Учитель", teacher)
        group = r.text(sh, row, v, "group", limit=100)
        key = (label, fold(subject), fold(group))
        if label and subject:
            if key in line_rows:
                r.bad(sh.title, row, "Предмет", f"{label}, «{subject}»{', ' + group if group else ''} — уже в строке "
                                                f"{line_rows[key]}.")
            elif grouped[(label, fold(subject))] and (group == "") != ("" in grouped[(label, fold(subject))]):
                r.bad(sh.title, row, "Группа", f"{label}, «{subject}»: предмет идёт то всем классом, то по группам — "
                                              f"выберите одно.")
            grouped[(label, fold(subject))].add(group)
            line_rows[key] = row
            lines[key] = (label, subject, hours, teacher, group)

    # --- timetable ---
    sh = S["timetable"]
    slots, entries = {}, []
    for row, v in _rows(sheets, "timetable"):
        label = class_of(sh, row, v)
        day_text = r.text(sh, row, v, "weekday", required=True)
        day = _DAYS.get(fold(day_text))
        if day_text and day is None:
            r.bad(sh.title, row, "День", f"«{day_text}» — нужно Пн, Вт, Ср, Чт, Пт или Сб.")
        number = r.number(sh, row, v, "number", 1, 10)
        subject = r.text(sh, row, v, "subject", required=True)
        group = r.text(sh, row, v, "group", limit=100)
        key = (label, fold(subject), fold(group))
        if label and subject and key not in lines:
            r.bad(sh.title, row, "Предмет", f"{label}: «{subject}»{' (' + group + ')' if group else ''} нет в учебном "
                                            f"плане класса (лист «Учебный план»).")
            continue
        if label and day is not None and number:
            slot = slots.setdefault((label, day, number), [])
            if any(g == "" or fold(group) == "" or (s == fold(subject) and g == fold(group)) for s, g, _ in slot):
                r.bad(sh.title, row, "Урок", f"{label}, {day_text}, {number}-й урок уже занят (строка {slot[0][2]}).")
            slot.append((fold(subject), fold(group), row))
            entries.append((key, day, number, r.text(sh, row, v, "room", limit=50)))

    # --- pupils and guardians ---
    sh = S["pupils"]
    pupils = []
    for row, v in _rows(sheets, "pupils"):
        label = class_of(sh, row, v)
        parts = [r.text(sh, row, v, k, required=k != "patronymic", limit=100) for k in ("surname", "name", "patronymic")]
        for k, part in zip(("Фамилия", "Имя", "Отчество"), parts):
            if part and not _NAME.match(part):
                r.bad(sh.title, row, k, f"«{part}» — допустимы только буквы, пробел, дефис и апостроф.")
        birth = r.date(sh, row, v, "birth_date", required=False)
        if birth and not dt.date(1990, 1, 1) <= birth <= today:
            r.bad(sh.title, row, "Дата рождения", f"{birth:%d.%m.%Y} — проверьте год.")
        sex_text = fold(r.text(sh, row, v, "sex"))
        sex = {"м": Sex.male, "муж": Sex.male, "ж": Sex.female, "жен": Sex.female, "": None}.get(sex_text, "?")
        if sex == "?":
            r.bad(sh.title, row, "Пол", f"«{v.get('sex')}» — нужно «м» или «ж».")
            sex = None
        groups = {}
        for piece in filter(None, (p.strip() for p in r.text(sh, row, v, "groups", limit=1000).split(";"))):
            subject, _, group = piece.partition(":")
            key = (label, fold(subject), fold(group))
            if not group.strip() or key not in lines:
                r.bad(sh.title, row, "Подгруппы", f"«{piece}» — нет такой группы в учебном плане {label} класса.")
            else:
                groups[fold(subject)] = fold(group)
        guardians = []
        for i in (1, 2):
            name = r.text(sh, row, v, f"guardian{i}", limit=300)
            if not name:
                continue
            if len(name.split()) < 2:
                r.bad(sh.title, row, f"Родитель {i}: ФИО", f"«{name}» — нужны фамилия и имя.")
            guardians.append((_split_name(name), r.text(sh, row, v, f"relation{i}", limit=50),
                              r.text(sh, row, v, f"phone{i}", limit=100)))
        pupils.append((label, parts, birth, sex, groups, guardians))

    if r.problems:
        result.problems = r.problems
        return

    # ================= writing =================
    account = actor.account_id
    if year is None:
        year = AcademicYear(start_year=start_year, status=YearStatus.open)
        session.add(year)
        session.flush()
        audit.record(session, account, "create", "academic_year", year.id, new={"start_year": start_year})
    result.year = year.label
    if periods:
        session.execute(delete(Period).where(Period.academic_year_id == year.id))
        for _row, kind, number, start, end, g1, g2 in periods:
            session.add(Period(academic_year_id=year.id, kind=kind, number=number, start=start, end=end,
                               grade_from=g1, grade_to=g2))
        audit.record(session, account, "replace", "period", None, new={"academic_year_id": year.id,
                                                                        "periods": len(periods)})
    counts["periods"] = len(periods)
    if holidays:
        session.execute(delete(Holiday).where(Holiday.academic_year_id == year.id))
        for name, start, end, g1, g2 in holidays:
            session.add(Holiday(academic_year_id=year.id, name=name, start=start, end=end, grade_from=g1, grade_to=g2))
        audit.record(session, account, "replace", "holiday", None, new={"academic_year_id": year.id,
                                                                         "holidays": len(holidays)})
    counts["holidays"] = len(holidays)
    if bells:
        shifts = sorted({b[0] for b in bells})
        session.execute(delete(BellSchedule).where(BellSchedule.shift.in_(shifts)))
        for shift, number, start, end in bells:
            session.add(BellSchedule(shift=shift, lesson_number=number, starts_at=start, ends_at=end))
        audit.record(session, account, "replace", "bell_schedule", None, new={"shifts": shifts, "bells": len(bells)})
    counts["bells"] = len(bells)

    top = session.scalar(select(func.max(Subject.sort_order))) or 0
    new_subjects = 0
    for name, short, order, i in subject_rows:
        s = known_subjects.get(fold(name))
        if s is None:
            s = Subject(name=name, short_name=short, sort_order=order if order is not None else top + 10 * (i + 1),
                        retired=False)
            session.add(s)
            session.flush()
            known_subjects[fold(name)] = s
            new_subjects += 1
            audit.record(session, account, "create", "subject", s.id, new={"name": name, "short_name": short})
        else:
            s.short_name, s.retired = short, False
            if order is not None:
                s.sort_order = order
    counts["subjects_new"] = new_subjects

    new_staff = 0
    for surname, name, patronymic, position, phone, email in staff_rows:
        key = fold(full_name(surname, name, patronymic))
        if key in known_staff:
            continue
        s = Staff(surname=surname, name=name, patronymic=patronymic, position=position, phone=phone, email=email)
        session.add(s)
        session.flush()
        known_staff[key] = s
        new_staff += 1
        audit.record(session, account, "create", "staff", s.id, new={"name": full_name(surname, name, patronymic)})
    counts["staff_new"] = new_staff

    class_by_label = {}
    for (grade, letter), shift, teacher in class_rows:
        c = SchoolClass(academic_year_id=year.id, grade=grade, letter=letter, shift=shift,
                        class_teacher_id=known_staff[fold(teacher)].id if teacher else None)
        session.add(c)
        session.flush()
        class_by_label[c.label] = c
        audit.record(session, account, "create", "school_class", c.id, new={"label": c.label, "shift": shift})
    counts["classes"] = len(class_rows)

    grading = session.scalar(select(GradingSystem.id).where(GradingSystem.code == "five_point")) or \
        session.scalar(select(GradingSystem.id).order_by(GradingSystem.id).limit(1))
    course_of, groups_of = {}, defaultdict(dict)  # line key → course; (class, subject) → {group: subgroup}
    for key, (label, subject, hours, teacher, group) in lines.items():
        c = class_by_label[label]
        subj = known_subjects[fold(subject)]
        subgroup_id = None
        if group:
            g = Subgroup(school_class_id=c.id, subject_id=subj.id, name=group)
            session.add(g)
            session.flush()
            groups_of[(label, fold(subject))][fold(group)] = g
            subgroup_id = g.id
        course = Course(academic_year_id=year.id, kind=CourseKind.lesson, subject_id=subj.id, school_class_id=c.id,
                        subgroup_id=subgroup_id, teacher_id=known_staff[fold(teacher)].id, grading_system_id=grading,
                        hours_per_week=hours, has_marks=True)
        session.add(course)
        session.flush()
        course_of[key] = course
        audit.record(session, account, "create", "course", course.id,
                     new={"class": label, "subject": subj.name, "group": group, "hours_per_week": hours})
    counts["courses"] = len(course_of)
    counts["subgroups"] = sum(len(g) for g in groups_of.values())

    first_day = min([p[3] for p in periods if p[3]] + [dt.date(year.start_year, 9, 1)])
    first_day = max(first_day, dt.date(year.start_year, 9, 1))
    guardians_by_key: dict[tuple, Guardian] = {}
    placed = defaultdict(list)  # (class, subject) → pupils with no explicit group
    new_pupils = 0
    pupils.sort(key=lambda p: (p[0], person_sort_key(*p[1])))
    for label, (surname, name, patronymic), birth, sex, groups, guardians in pupils:
        c = class_by_label[label]
        p = Pupil(surname=surname, name=name, patronymic=patronymic, birth_date=birth, sex=sex)
        session.add(p)
        session.flush()
        new_pupils += 1
        session.add(Enrollment(pupil_id=p.id, school_class_id=c.id, arrived_on=first_day,
                               arrival_event=EnrollmentEvent.arrival, arrival_order_number=""))
        audit.record(session, account, "create", "pupil", p.id,
                     new={"name": full_name(surname, name, patronymic), "class": label})
        for (subject_key_label, subject_fold), by_group in groups_of.items():
            if subject_key_label != label:
                continue
            wanted = groups.get(subject_fold)
            if wanted is not None:
                session.add(SubgroupMember(subgroup_id=by_group[wanted].id, pupil_id=p.id))
            else:
                placed[(label, subject_fold)].append(p.id)
        for (g_surname, g_name, g_patronymic), relation, phone in guardians:
            gkey = (fold(full_name(g_surname, g_name, g_patronymic)), "".join(ch for ch in phone if ch.isdigit()))
            g = guardians_by_key.get(gkey)
            if g is None:
                g = Guardian(surname=g_surname, name=g_name, patronymic=g_patronymic, phone=phone)
                session.add(g)
                session.flush()
                guardians_by_key[gkey] = g
                audit.record(session, account, "create", "guardian", g.id,
                             new={"name": full_name(g_surname, g_name, g_patronymic)})
            session.add(PupilGuardian(pupil_id=p.id, guardian_id=g.id, relation=relation))
    for key, pupil_ids in placed.items():
        groups = sorted(groups_of[key].values(), key=lambda g: g.name)
        size, extra = divmod(len(pupil_ids), len(groups))
        start = 0
        for i, g in enumerate(groups):
            part = pupil_ids[start:start + size + (1 if i < extra else 0)]
            start += len(part)
            for pid in part:
                session.add(SubgroupMember(subgroup_id=g.id, pupil_id=pid))
    counts["pupils"] = new_pupils
    counts["guardians"] = len(guardians_by_key)
    session.flush()
    number_new_stays(session.connection(), {c.id for c in class_by_label.values()})

    for key, day, number, room in entries:
        session.add(TimetableEntry(course_id=course_of[key].id, weekday=day, lesson_number=number, room=room,
                                   valid_from=first_day))
    counts["timetable"] = len(entries)
    session.flush()
    if entries:
        from ..timetable.generation import generate_in
        now = dt.datetime.combine(today, dt.time(12)).astimezone()
        report = generate_in(session, actor, year, first_day, None, [c.id for c in course_of.values()], now,
                            None, None)
        counts["lessons"] = report.created
    else:
        counts["lessons"] = 0
