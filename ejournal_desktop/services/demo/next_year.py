"""A later year of the demo school, after the real year closing has opened it (see history.py).

The closing has made the year, its periods and holidays, the classes one grade up with their class
teachers, the pupils' new enrollments and a copy of last year's courses for review. What the school
then does before 1 September is done here, as the program would record it: a teacher or two leave
and are replaced, first-graders and a few others arrive, the administrator replaces the copied load
by the new grades' curricula (the copies are deleted: a 5th grade is no longer taught by its primary
teacher) and makes the timetable. The year then runs as the first one does (people.py, marks.py).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from ...domain.calendar import Holiday as CalHoliday
from ...domain.roles import Role
from ...storage.models import (
    AcademicYear,
    Account,
    AccountRole,
    Course,
    CourseMember,
    Enrollment,
    EnrollmentEvent,
    Holiday,
    Period,
    SchoolClass,
    Staff,
    Subgroup,
    SubgroupMember,
)
from . import data as names
from .builder import _StaffInfo
from .curriculum import _PARTNER, _POSITION, _PUPILS_PER_CLASS
from .people import _fio
from .year import _Builder

# Teachers who leave the school each summer (and are replaced).
_LEAVING = {"small": 1, "school": 1, "large": 2}


class _NextYear(_Builder):
    def __init__(self, session: Session, size: str, seed: int, today: dt.date, prev):
        super().__init__(session, size, seed, today)
        for name in ("ref", "subject_ids", "wt_ids", "wt_weight", "wt_name", "wt_days", "five_id",
                     "pass_fail_id", "staff", "director", "director_idx", "deputy_idx", "secretary_idx",
                     "admin_idx", "first_teacher", "admin_account", "families", "teacher_numbers"):
            setattr(self, name, getattr(prev, name))
        self.left: set[int] = set(getattr(prev, "left", ()))  # staff indices no longer at school
        self.everyone = {**getattr(prev, "everyone", {}), **prev.pupil_by_id}
        self.hired: list[int] = []  # staff indices hired this summer (they get accounts)

    def build(self):
        self.setup_day = dt.date(self.start_year, 8, 28)
        self._load_year()
        self._staff_changes()
        self._load_classes_and_pupils()
        self._review_load()
        self._timetable()
        self._rows_year()
        self._movements()
        self._year_accounts()
        self._enrollments()
        self._lessons_and_marks()
        self._period_marks()
        self._audit()
        return self.report

    # what the closing made ---------------------------------------------------------------------

    def _load_year(self) -> None:
        s = self.session
        self.year_id = s.scalar(select(AcademicYear.id).where(AcademicYear.start_year == self.start_year))
        self.periods = {"junior": [], "senior": []}
        for p in s.execute(select(Period.id, Period.start, Period.end, Period.grade_from)
                           .where(Period.academic_year_id == self.year_id)
                           .order_by(Period.grade_from, Period.number)):
            self.periods["senior" if p.grade_from >= 10 else "junior"].append((p.id, p.start, p.end))
        self.classes_end = max(e for ps in self.periods.values() for _, _, e in ps)
        rows = s.execute(select(Holiday.name, Holiday.start, Holiday.end, Holiday.grade_to)
                         .where(Holiday.academic_year_id == self.year_id).order_by(Holiday.start)).all()
        common = tuple(CalHoliday(h.name, h.start, h.end) for h in rows if h.grade_to > 1)
        first_only = tuple(CalHoliday(h.name, h.start, h.end) for h in rows if h.grade_to == 1)
        self.holidays = {False: common, True: common + first_only}

    def _admin(self, hour: int, entity: str, entity_id: int, new, old=None, action: str = "update") -> None:
        self.admin_tick = getattr(self, "admin_tick", 0) + 1
        at = self._at(self.setup_day, hour, second=self.admin_tick * 3)
        self._event(at, self.admin_account, action, entity, entity_id, new, old=old)

    def _staff_changes(self) -> None:
        """A teacher or two leave at the end of August; each is replaced by a newcomer."""
        rng = self.rng
        y = self.start_year
        subject_teachers = [t for t in range(self.first_teacher, len(self.staff)) if t not in self.left
                            and self.staff[t].specialty not in ("primary", "gpd", "")]
        for t in sorted(rng.sample(subject_teachers, min(_LEAVING[self.size], len(subject_teachers)))):
            old = self.staff[t]
            self.left.add(t)
            gone = dt.date(y, 8, 31)
            self.conn.execute(update(Staff).where(Staff.id == old.id).values(dismissed_on=gone))
            self._admin(8, "staff", old.id, {"dismissed_on": gone}, old={"dismissed_on": None})
            self.conn.execute(update(Account).where(Account.id == old.account_id).values(disabled=True))
            self._admin(8, "account", old.account_id, {"disabled": True}, old={"disabled": False})
            self._hire(old.position, old.specialty, old.room)

    def _hire(self, position: str, specialty: str, room: str) -> int:
        rng = self.rng
        surname = rng.choice(names.SURNAMES)
        person = self._woman(surname) if rng.random() < 0.8 else self._man(surname)
        self.staff.append(_StaffInfo(self._ids(Staff), person, position, specialty, room=room))
        t = len(self.staff) - 1
        self.hired.append(t)
        p = person
        self.conn.execute(insert(Staff.__table__), [{
            "id": self.staff[t].id, "surname": p.surname, "name": p.name, "patronymic": p.patronymic,
            "position": position, "phone": self._phone(), "email": self._email(p),
            "hired_on": dt.date(self.start_year, 8, 25), "dismissed_on": None}])
        self._admin(8, "staff", self.staff[t].id, {"surname": p.surname, "name": p.name, "position": position},
                    action="create")
        return t

    def _load_classes_and_pupils(self) -> None:
        rng = self.rng
        s = self.session
        existing = {(r.grade, r.letter): (r.id, r.class_teacher_id) for r in s.execute(
            select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter, SchoolClass.class_teacher_id)
            .where(SchoolClass.academic_year_id == self.year_id))}
        # The shape the school should have this year (a small school's 1А for next year's 2А).
        self.classes = sorted(set(existing) | set(self.class_plan or ()))
        self.class_ids = [existing[k][0] if k in existing else self._ids(SchoolClass) for k in self.classes]
        self.new_classes = {ci for ci, k in enumerate(self.classes) if k not in existing}
        ci_of = {cid: ci for ci, cid in enumerate(self.class_ids)}
        idx_of_staff = {st.id: i for i, st in enumerate(self.staff)}
        self.carried_class_teacher_id = {ci_of[cid]: tid for cid, tid in existing.values()}
        self.carried_teacher = {ci_of[cid]: idx_of_staff[tid] for cid, tid in existing.values()
                                if tid is not None and idx_of_staff.get(tid) not in self.left}
        start = dt.date(self.start_year, 9, 1)
        self.enrollment_of: dict[int, int] = {}
        self.pupils = []
        self.pupils_of = defaultdict(list)
        for eid, pid, cid in s.execute(
                select(Enrollment.id, Enrollment.pupil_id, Enrollment.school_class_id)
                .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
                .where(SchoolClass.academic_year_id == self.year_id, Enrollment.departed_on.is_(None))
                .order_by(Enrollment.pupil_id)):
            p = self.everyone[pid]
            p.class_idx = p.current_ci = ci_of[cid]
            p.arrived, p.departed = start, None
            self.enrollment_of[pid] = eid
            self.pupils.append(p)
            self.pupils_of[p.class_idx].append(p)
        self.pupil_by_id = {p.id: p for p in self.pupils}
        # First-graders, and a few others: a 10th class fills up after the 9th's leavers.
        lo, hi = _PUPILS_PER_CLASS[self.size]
        self.newcomers = []
        for ci, (grade, _letter) in enumerate(self.classes):
            have = len(self.pupils_of[ci])
            if grade == 1 and not have:
                n = rng.randint(lo, hi)
            elif have < lo:
                n = lo - have + rng.randint(0, 2)
            else:
                n = int(rng.random() < 0.2)
            for _ in range(n):
                p = self._new_pupil(ci, start, sibling_ok=False)
                self.pupils_of[ci].append(p)
                self.newcomers.append(p)

    # the new year's load ---------------------------------------------------------------------------

    def _review_load(self) -> None:
        """The copied courses and subgroups go; the load is made for the new grades' curricula,
        each teacher keeping the class and subject of last year where the curriculum allows."""
        s = self.session
        copied = s.execute(select(Course.id, Course.school_class_id, Course.subject_id, Course.teacher_id,
                                  Subgroup.name).outerjoin(Subgroup, Subgroup.id == Course.subgroup_id)
                           .where(Course.academic_year_id == self.year_id)).all()
        idx_of_staff = {st.id: i for i, st in enumerate(self.staff)}
        ci_of = {cid: ci for ci, cid in enumerate(self.class_ids)}
        subject_of = {v: k for k, v in self.subject_ids.items()}
        self.kept_teacher = {}
        for c in copied:
            if c.school_class_id in ci_of and idx_of_staff.get(c.teacher_id) not in self.left:
                group = int(c.name[0]) if c.name else 0
                self.kept_teacher[(ci_of[c.school_class_id], subject_of[c.subject_id], group)] = \
                    idx_of_staff[c.teacher_id]
        course_ids = [c.id for c in copied]
        subgroup_ids = list(s.scalars(select(Subgroup.id).where(Subgroup.school_class_id.in_(self.class_ids))))
        self.conn.execute(delete(CourseMember).where(CourseMember.course_id.in_(course_ids)))
        self.conn.execute(delete(Course).where(Course.id.in_(course_ids)))
        self.conn.execute(delete(SubgroupMember).where(SubgroupMember.subgroup_id.in_(subgroup_ids)))
        self.conn.execute(delete(Subgroup).where(Subgroup.id.in_(subgroup_ids)))
        for c in copied:
            self._admin(8, "course", c.id, None, old={"subject_id": c.subject_id, "teacher_id": c.teacher_id},
                        action="delete")
        for sid in subgroup_ids:
            self._admin(8, "subgroup", sid, None, old={"id": sid}, action="delete")
        for st in self.staff:
            st.hours, st.class_idx = 0, None
        primary_teacher = self._primary_teachers()
        units_by_specialty, _ = self._units(primary_teacher)
        assignment = self._assign(units_by_specialty)
        for ci, t in sorted(self.carried_teacher.items()):
            st = self.staff[t]
            if self.classes[ci][0] >= 5 and st.specialty != "primary" and st.class_idx is None:
                st.class_idx = ci  # the class teacher goes up with the class
        self._class_teachers(assignment)
        gpd = [t for t in range(self.first_teacher, len(self.staff))
               if self.staff[t].specialty == "gpd" and t not in self.left]
        self._courses(assignment, primary_teacher,
                      lambda: gpd[0] if gpd else self._hire("воспитатель группы продлённого дня", "gpd", "Игровая"))

    def _active(self, specialty: str) -> list[int]:
        return [t for t in range(self.first_teacher, len(self.staff))
                if t not in self.left and self.staff[t].specialty == specialty]

    def _primary_teachers(self) -> dict[int, int]:
        """A primary teacher goes up with the class to the 4th grade, then takes a new 1st grade."""
        out: dict[int, int] = {}
        for ci, (grade, _letter) in enumerate(self.classes):
            t = self.carried_teacher.get(ci)
            if grade <= 4 and t is not None and self.staff[t].specialty == "primary":
                out[ci] = t
        for ci, (grade, _letter) in enumerate(self.classes):
            if grade <= 4 and ci not in out:
                free = [t for t in self._active("primary") if t not in out.values()]
                out[ci] = free[0] if free else self._hire("учитель начальных классов", "primary", f"{101 + ci}")
        for ci, t in out.items():
            self.staff[t].class_idx = ci
        return out

    def _teachers_for(self, spec: str) -> list[int]:
        found = self._active(spec) or self._active(_PARTNER.get(spec, "")) or [
            t for t in range(self.first_teacher, len(self.staff))
            if t not in self.left and _PARTNER.get(self.staff[t].specialty) == spec]
        if found:
            return found
        title = ("преподаватель-организатор " if spec == "obzr" else "учитель ") + _POSITION[spec]
        return [self._hire(title, spec, str(240 + len(self.staff)))]

    def _assign(self, units_by_specialty) -> dict[tuple[int, str, int], int]:
        """(class, subject, group) → teacher: last year's teacher where the curriculum allows and
        the load stays fair, then the least loaded teacher of the specialty (one teacher for a
        class's algebra and geometry; two groups of a subject with two teachers)."""
        assignment: dict[tuple[int, str, int], int] = {}
        load: dict[int, int] = defaultdict(int)
        for spec in sorted(units_by_specialty):
            teachers = self._teachers_for(spec)
            units = sorted(units_by_specialty[spec], key=lambda u: (self.classes[u[0]], u[3]))
            fair = sum(u[2] for u in units) / len(teachers) * 1.1
            by_class: dict[int, int] = {}
            for ci, subject, hours, g in units:  # first the classes that keep their teacher
                kept = self.kept_teacher.get((ci, subject, g))
                if kept in teachers and load[kept] + hours <= fair and (
                        g != 2 or assignment.get((ci, subject, 1)) != kept):
                    assignment[(ci, subject, g)] = kept
                    by_class.setdefault(ci, kept)
                    load[kept] += hours
            for ci, subject, hours, g in units:
                if (ci, subject, g) in assignment:
                    continue
                choice = teachers
                if g and len(teachers) > 1:  # the other group's teacher is taken in the same hour
                    choice = [x for x in teachers if x != assignment.get((ci, subject, 3 - g))]
                t = by_class.get(ci)
                if g or t not in choice or load[t] + hours > fair:
                    t = min(choice, key=lambda x: (load[x], x))
                by_class.setdefault(ci, t)
                assignment[(ci, subject, g)] = t
                load[t] += hours
        return assignment

    # rows of the year ----------------------------------------------------------------------------

    def _rows_year(self) -> None:
        """New classes and class teachers, the newcomers' rows, the courses and the timetable."""
        class_teacher = {st.class_idx: self.staff[t].id for t, st in enumerate(self.staff)
                         if st.class_idx is not None}
        for ci, (grade, letter) in enumerate(self.classes):
            teacher = class_teacher.get(ci)
            if ci in self.new_classes:
                self.conn.execute(insert(SchoolClass.__table__), [{
                    "id": self.class_ids[ci], "academic_year_id": self.year_id, "grade": grade,
                    "letter": letter, "class_teacher_id": teacher}])
                self._admin(9, "school_class", self.class_ids[ci], {"grade": grade, "letter": letter},
                            action="create")
            elif teacher != self.carried_class_teacher_id.get(ci):
                self.conn.execute(update(SchoolClass).where(SchoolClass.id == self.class_ids[ci])
                                  .values(class_teacher_id=teacher))
                self._admin(9, "school_class", self.class_ids[ci], {"class_teacher_id": teacher})
        self._rows_arrivals(self.newcomers)
        admin_ev: list = []
        self._rows_courses(admin_ev)
        for entity, eid, new in admin_ev:
            self._admin(9, entity, eid, new, action="create")
        self.report.classes = len(self.classes)
        self.report.teachers = sum(1 for t in range(self.first_teacher, len(self.staff)) if t not in self.left)
        self.report.courses = len(self.courses)

    def _year_accounts(self) -> None:
        """Accounts of the newly hired teachers and the class-teacher role of new class teachers;
        in the current year, the accounts of pupils and parents (the school opens their access)."""
        rows, roles, listing = [], [], []
        add = self._account_adder(rows, roles, listing, self._at(self.setup_day, 11))
        for t in self.hired:
            self.teacher_numbers += 1
            desc, role_list = self._teacher_description(t)
            self.staff[t].account_id = add(f"teacher{self.teacher_numbers:02d}", desc, role_list,
                                           staff=self.staff[t].id)
        have = set(self.session.execute(select(AccountRole.account_id, AccountRole.role)).tuples())
        for t in range(self.first_teacher, len(self.staff)):
            st = self.staff[t]
            if st.class_idx is not None and t not in self.hired \
                    and (st.account_id, Role.class_teacher.value) not in have:
                roles.append({"account_id": st.account_id, "role": Role.class_teacher.value})
                self._admin(11, "account", st.account_id, {"roles": ["teacher", "class_teacher"]},
                            old={"roles": ["teacher"]})
        if self.family_accounts:
            self._family_accounts(add)
        self._insert(Account, rows)
        self._insert(AccountRole, roles)
        self.report.accounts = self.session.scalar(select(func.count(Account.id)).where(Account.disabled.is_(False)))
        self.report.account_list = self._staff_listing() + listing[len(self.hired):]

    def _staff_listing(self) -> list[tuple[str, str]]:
        s = self.staff
        out = [("admin", f"Администратор электронного журнала: {_fio(s[self.admin_idx].person)}"),
               ("director", f"Директор: {_fio(s[0].person)}"),
               ("zavuch", f"Заместитель директора по УР (завуч): {_fio(s[self.deputy_idx].person)}"),
               ("secretary", f"Секретарь: {_fio(s[self.secretary_idx].person)}")]
        logins = dict(self.session.execute(select(Account.id, Account.login)).all())
        for t in range(self.first_teacher, len(s)):
            if t not in self.left:
                out.append((logins.get(s[t].account_id, ""), self._teacher_description(t)[0]))
        return out

    def _enrollments(self) -> None:
        """The newcomers' enrollments on 1 September, then the year's movements: a departure or
        transfer ends the stay the closing opened (or the newcomer's)."""
        rng = self.rng
        y = self.start_year
        secretary = self.staff[self.secretary_idx].account_id
        start = dt.date(y, 9, 1)
        self.stays = {p.id: [[p.class_idx, start, None, EnrollmentEvent.promotion, "", "", None, "", "",
                              self.enrollment_of[p.id]]] for p in self.pupils if p.id in self.enrollment_of}
        order = rng.randint(95, 120)
        for p in self.newcomers:
            self.stays[p.id] = [[p.class_idx, start, None, EnrollmentEvent.arrival, f"{order}-у",
                                 "" if self.classes[p.class_idx][0] == 1 else rng.choice(names.OTHER_SCHOOLS),
                                 None, "", "", None]]
        self._apply_moves({y: rng.randint(125, 140), y + 1: rng.randint(1, 6)}, secretary)
        self._write_stays(secretary)
        self.report.pupils = len(self.pupils)

    def _newcomer_events(self, at: dt.datetime, secretary: int, pid: int) -> None:
        p = self.pupil_by_id[pid]
        self._event(at, secretary, "create", "pupil", pid, {
            "surname": p.person.surname, "name": p.person.name, "patronymic": p.person.patronymic})
        for gid in p.family.guardian_ids:
            self._event(at, secretary, "create", "guardian", gid, {"pupil_id": pid})
