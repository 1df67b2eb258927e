"""The demo's people: pupils and their families, movements, enrollments, the accounts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import update

from ...domain.calendar import lesson_dates
from ...domain.names import person_sort_key, short_name
from ...domain.roles import Role
from ...storage.models import (
    Account,
    AccountRole,
    Course,
    CourseKind,
    CourseMember,
    Enrollment,
    EnrollmentEvent,
    Guardian,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Sex,
    Staff,
    Subgroup,
    SubgroupMember,
    TimetableEntry,
)
from ..access.accounts import hash_password
from ..people.list_numbers import number_new_stays
from . import data as names
from .builder import _Family, _Person, _PupilInfo
from .curriculum import _MOVEMENTS, _PUPILS_PER_CLASS, DEMO_PASSWORD, SIZES, login_letter


def _fio(p: _Person) -> str:
    return f"{p.surname} {p.name} {p.patronymic}"


class _People:
    def _classes_and_pupils(self) -> None:
        rng = self.rng
        y = self.start_year
        self.classes = list(self.class_plan or SIZES[self.size])
        self.class_ids = [self._ids(SchoolClass) for _ in self.classes]
        self.pupils: list[_PupilInfo] = []
        self.families: list[_Family] = []
        lo, hi = _PUPILS_PER_CLASS[self.size]
        for ci, (grade, _letter) in enumerate(self.classes):
            for _ in range(rng.randint(lo, hi)):
                self._new_pupil(ci, dt.date(y, 9, 1))

    def _new_family(self) -> _Family:
        rng = self.rng
        surname = rng.choice(names.SURNAMES)
        father = self._man(surname)
        single = rng.random()
        mother = None if single < 0.04 else self._woman(surname)
        if mother is not None and rng.random() < 0.06:  # kept her own surname
            mother.surname = names.feminine_surname(rng.choice(names.SURNAMES))
        father_is_guardian = mother is None or single > 0.22
        return _Family(surname, father, mother, father_is_guardian,
                       mother_first=mother is not None and rng.random() < 0.8, address=self._address())

    def _new_pupil(self, ci: int, arrived: dt.date, sibling_ok: bool = True) -> _PupilInfo:
        rng = self.rng
        grade = self.classes[ci][0]
        family = None
        if sibling_ok and self.pupils and rng.random() < 0.08:
            other = rng.choice(self.pupils)
            if self.classes[other.class_idx][0] != grade:
                family = other.family
        if family is None:
            family = self._new_family()
            self.families.append(family)
        sex = Sex.male if rng.random() < 0.5 else Sex.female
        if sex is Sex.male:
            person = _Person(family.surname, rng.choice(names.BOYS), names.MALE_NAMES[family.father.name][0], sex)
        else:
            person = _Person(names.feminine_surname(family.surname), rng.choice(names.GIRLS),
                             names.MALE_NAMES[family.father.name][1], sex)
        kind = rng.random()
        ability = (rng.gauss(4.6, 0.15) if kind < 0.2 else rng.gauss(3.3, 0.2) if kind > 0.75
                   else rng.gauss(3.95, 0.25))
        info = _PupilInfo(self._ids(Pupil), person, family, ci, ability, arrived, current_ci=ci)
        info.grade_at_start = grade  # for the birth date
        self.pupils.append(info)
        return info


    # rows of people, classes, courses, timetable ------------------------------------------------

    def _rows_people(self) -> None:
        rng = self.rng
        y = self.start_year
        admin_ev = []  # (day, entity, id, new) created by the administrator before the year

        staff_rows = []
        for s in self.staff:
            p = s.person
            staff_rows.append({
                "id": s.id, "surname": p.surname, "name": p.name, "patronymic": p.patronymic,
                "position": s.position, "phone": self._phone(), "email": self._email(p),
                "hired_on": dt.date(y - rng.randint(0, 25), 8, rng.randint(15, 31)), "dismissed_on": None})
            admin_ev.append(("staff", s.id, {"surname": p.surname, "name": p.name, "position": s.position}))
        self._insert(Staff, staff_rows)

        class_rows = []
        self.class_teacher = {}
        for s_idx, s in enumerate(self.staff):
            if s.class_idx is not None:
                self.class_teacher[s.class_idx] = s_idx
        for ci, (grade, letter) in enumerate(self.classes):
            class_rows.append({"id": self.class_ids[ci], "academic_year_id": self.year_id, "grade": grade,
                               "letter": letter, "class_teacher_id": self.staff[self.class_teacher[ci]].id})
            admin_ev.append(("school_class", self.class_ids[ci], {"grade": grade, "letter": letter}))
        self._insert(SchoolClass, class_rows)

        # Guardians: one row per parent, shared by siblings.
        guardian_rows, pupil_rows, link_rows = [], [], []
        for fam in self.families:
            people = []
            if fam.mother is not None:
                people.append((fam.mother, "мать"))
            if fam.father_is_guardian:
                people.append((fam.father, "отец"))
            if not fam.mother_first:
                people.reverse()
            for person, relation in people:
                gid = self._ids(Guardian)
                guardian_rows.append({"id": gid, "surname": person.surname, "name": person.name,
                                      "patronymic": person.patronymic, "phone": self._phone(),
                                      "email": self._email(person) if rng.random() < 0.7 else "",
                                      "address": fam.address})
                fam.guardian_ids.append(gid)
                fam.relations.append(relation)
                admin_ev.append(("guardian", gid, {"surname": person.surname, "name": person.name}))
        self.pupil_by_id = {}
        for p in self.pupils:
            self.pupil_by_id[p.id] = p
            grade = p.grade_at_start
            age_days = int(365.25 * (5.5 + grade + rng.random()))
            birth = dt.date(y, 9, 1) - dt.timedelta(days=age_days)
            age = (dt.date(y, 9, 1) - birth).days // 365
            if age >= 14:
                document = f"Паспорт {rng.randint(10, 99)} {rng.randint(10, 25)} {rng.randint(100000, 999999)}"
            else:
                document = (f"Свидетельство о рождении {rng.choice(('I', 'II', 'III', 'IV', 'V'))}-ИК "
                            f"№ {rng.randint(100000, 999999)}")
            pupil_rows.append({
                "id": p.id, "surname": p.person.surname, "name": p.person.name,
                "patronymic": p.person.patronymic, "birth_date": birth, "sex": p.person.sex,
                "address": p.family.address, "phone": self._phone() if grade >= 5 and rng.random() < 0.8 else "",
                "document": document})
            for gid, relation in zip(p.family.guardian_ids, p.family.relations, strict=True):
                link_rows.append({"pupil_id": p.id, "guardian_id": gid, "relation": relation})
            admin_ev.append(("pupil", p.id, {"surname": p.person.surname, "name": p.person.name,
                                             "patronymic": p.person.patronymic}))
        self._insert(Guardian, guardian_rows)
        self._insert(Pupil, pupil_rows)
        self._insert(PupilGuardian, link_rows)
        self.report.guardians = len(guardian_rows)

        self._rows_courses(admin_ev)
        self._admin_ev = admin_ev
        self.report.classes = len(self.classes)
        self.report.teachers = len(self.staff) - self.first_teacher
        self.report.courses = len(self.courses)

    def _rows_courses(self, admin_ev: list) -> None:
        """Subgroups, courses, their members and the timetable, with the administrator's entries."""
        y = self.start_year
        course_rows, member_rows, tt_rows = [], [], []
        self._insert(Subgroup, self.subgroups)
        sg_rows = [{"subgroup_id": sid, "pupil_id": pid}
                   for sid, members in self.subgroup_members.items() for pid in members]
        start = dt.date(y, 9, 1)
        for c in self.courses:
            course_rows.append({
                "id": c.id, "academic_year_id": self.year_id, "kind": c.kind,
                "subject_id": self.subject_ids[c.subject],
                "school_class_id": self.class_ids[c.class_idx] if c.class_idx is not None else None,
                "subgroup_id": c.subgroup, "pupil_id": None, "teacher_id": self.staff[c.teacher].id,
                "grading_system_id": self.pass_fail_id if c.pass_fail else self.five_id,
                "hours_per_week": float(c.hours), "has_marks": c.has_marks, "name": c.name, "locked": False})
            for pid in c.members or ():
                member_rows.append({"course_id": c.id, "pupil_id": pid})
            for weekday, number in sorted(c.slots):
                tt_rows.append({"id": self._ids(TimetableEntry), "course_id": c.id, "weekday": weekday,
                                "lesson_number": number, "room": c.room, "valid_from": start, "valid_to": None})
            admin_ev.append(("course", c.id, {"subject": c.subject, "teacher_id": self.staff[c.teacher].id,
                                              "hours_per_week": c.hours}))
        self._insert(Course, course_rows)
        self._insert(CourseMember, member_rows)
        self._insert(TimetableEntry, tt_rows)
        self._sg_rows = sg_rows  # inserted with the enrollments (arrivals join a subgroup)

    # accounts --------------------------------------------------------------------------------------

    def _account_adder(self, rows: list, roles: list, listing: list, created: dt.datetime):
        """`add(login, description, roles, staff=, pupil=, guardian=)` → the new account's id; the
        rows and their audit entries (by the administrator, the first account by nobody) collect."""
        pw = hash_password(DEMO_PASSWORD)

        def add(login: str, description: str, roles_: list[Role], staff=None, pupil=None, guardian=None):
            aid = self._ids(Account)
            at = created + dt.timedelta(seconds=len(rows) * 7)
            rows.append({"id": aid, "login": login, "password_hash": pw, "must_change_password": False,
                         "disabled": False, "failed_logins": 0, "locked_until": None, "staff_id": staff,
                         "pupil_id": pupil, "guardian_id": guardian, "created_at": at, "last_login_at": None})
            roles.extend({"account_id": aid, "role": r.value} for r in roles_)
            listing.append((login, description))
            self._event(at, self.admin_account if rows[1:] or self.admin_account else None, "create", "account",
                        aid, {"login": login, "roles": [r.value for r in roles_]})
            return aid
        return add

    def _teacher_description(self, t: int) -> tuple[str, list[Role]]:
        """What the account list says of a teacher (subjects, class) and the teacher's roles."""
        st = self.staff[t]
        subjects = sorted({c.subject for c in self.courses if c.teacher == t and c.kind is CourseKind.lesson})
        desc = f"{st.position[:1].upper()}{st.position[1:]}: {_fio(st.person)}"
        if subjects and st.specialty != "primary":
            desc += f" ({', '.join(subjects)})"
        role_list = [Role.teacher]
        if st.class_idx is not None:
            g, letter = self.classes[st.class_idx]
            desc += f", классный руководитель {g}{letter}"
            role_list.append(Role.class_teacher)
        return desc, role_list

    def _accounts(self) -> None:
        rows, roles, listing = [], [], []
        self.account_of_staff: dict[int, int] = {}
        self.admin_account = None
        add = self._account_adder(rows, roles, listing, self._at(self.setup_day, 11))
        fio = _fio
        s = self.staff
        self.admin_account = add("admin", f"Администратор электронного журнала: {fio(s[self.admin_idx].person)}",
                                 [Role.administrator], staff=s[self.admin_idx].id)
        s[self.admin_idx].account_id = self.admin_account
        s[0].account_id = add("director", f"Директор: {fio(s[0].person)}", [Role.director], staff=s[0].id)
        s[self.deputy_idx].account_id = add(
            "zavuch", f"Заместитель директора по УР (завуч): {fio(s[self.deputy_idx].person)}",
            [Role.deputy], staff=s[self.deputy_idx].id)
        s[self.secretary_idx].account_id = add(
            "secretary", f"Секретарь: {fio(s[self.secretary_idx].person)}", [Role.secretary],
            staff=s[self.secretary_idx].id)
        for number, t in enumerate(range(self.first_teacher, len(s)), start=1):
            desc, role_list = self._teacher_description(t)
            s[t].account_id = add(f"teacher{number:02d}", desc, role_list, staff=s[t].id)
        self.teacher_numbers = len(s) - self.first_teacher
        if self.family_accounts:
            self._family_accounts(add)
        self._insert(Account, rows)
        self._insert(AccountRole, roles)
        self.report.accounts = len(rows)
        self.report.account_list = listing
        # Setup entries by the administrator, before the year.
        at = self._at(self.setup_day, 9)
        for i, (entity, eid, new) in enumerate(self._admin_ev):
            self._event(at + dt.timedelta(seconds=i * 3), self.admin_account, "create", entity, eid, new)

    def _family_accounts(self, add) -> None:
        """Accounts of the pupils on roll, class by class, and of each family's first guardian."""
        fio = _fio
        guardian_account: dict[int, int] = {}
        children_of: dict[int, list[_PupilInfo]] = defaultdict(list)
        for q in self.pupils:
            children_of[id(q.family)].append(q)
        self.pupil_account: dict[int, int] = {}
        for ci, (grade, letter) in enumerate(self.classes):
            current = sorted((p for p in self.class_list(ci) if p.departed is None and p.current_ci == ci),
                             key=lambda p: person_sort_key(p.person.surname, p.person.name, p.person.patronymic))
            cls = f"{grade}{login_letter(letter)}"
            for number, p in enumerate(current, start=1):
                pp = p.person
                self.pupil_account[p.id] = add(
                    f"pupil-{cls}-{number:02d}",
                    f"{'Ученик' if pp.sex is Sex.male else 'Ученица'} {grade}{letter}: {fio(pp)}",
                    [Role.pupil], pupil=p.id)
            for number, p in enumerate(current, start=1):
                gid = p.family.guardian_ids[0]
                if gid in guardian_account:
                    continue
                relation = p.family.relations[0]
                parent = p.family.mother if relation == "мать" else p.family.father
                children = [q for q in children_of[id(p.family)] if q.departed is None]
                kids = ", ".join(f"{self.classes[q.class_idx][0]}{self.classes[q.class_idx][1]} "
                                 f"{short_name(q.person.surname, q.person.name)}" for q in children)
                guardian_account[gid] = add(f"parent-{cls}-{number:02d}",
                                            f"Родитель ({relation}): {fio(parent)}; дети: {kids}",
                                            [Role.guardian], guardian=gid)

    def class_list(self, ci: int) -> list[_PupilInfo]:
        return self.pupils_of[ci]

    # movement of pupils ----------------------------------------------------------------------------

    def _school_days_between(self, first: dt.date, last: dt.date) -> list[dt.date]:
        if last < first:
            return []
        return lesson_dates(first, last, range(5), self.holidays[False])

    def _movements(self) -> None:
        rng = self.rng
        arrivals, departures, transfers = _MOVEMENTS[self.size]
        y = self.start_year
        days = self._school_days_between(dt.date(y, 9, 15), min(self.today, self.classes_end))
        self.moves: list[tuple] = []  # (date, kind, pupil, from class, to class)
        if not days:
            return
        taken: set[int] = set()
        for _ in range(departures):
            p = rng.choice([q for q in self.pupils if q.id not in taken])
            taken.add(p.id)
            self.moves.append((rng.choice(days), "departure", p, p.class_idx, None))
        for _ in range(transfers):
            p = rng.choice([q for q in self.pupils if q.id not in taken])
            same_grade = [i for i, c in enumerate(self.classes)
                          if c[0] == self.classes[p.class_idx][0] and i != p.class_idx]
            if not same_grade:
                continue
            taken.add(p.id)
            self.moves.append((rng.choice(days), "transfer", p, p.class_idx, rng.choice(same_grade)))
        for _ in range(arrivals):
            ci = rng.randrange(len(self.classes))
            self.moves.append((rng.choice(days), "arrival", None, None, ci))
        self.moves.sort(key=lambda m: (m[0], m[1], m[2].id if m[2] else 0, m[4] or 0))
        resolved = []
        for day, kind, p, from_ci, to_ci in self.moves:
            if kind == "arrival":
                p = self._new_pupil(to_ci, day, sibling_ok=False)
                self.pupils_of[to_ci].append(p)
            elif kind == "departure":
                p.departed = day
            else:
                p.current_ci = to_ci
            resolved.append((day, kind, p, from_ci, to_ci))
        self.moves = resolved
        if any(kind == "arrival" for _, kind, *_ in resolved):
            # The newcomers need their rows: people were written before the movements were known.
            self._rows_arrivals([m[2] for m in resolved if m[1] == "arrival"])

    def _join_smaller_subgroups(self, pupil_id: int, ci: int) -> None:
        """A newcomer to a class joins the smaller subgroup of each split subject."""
        for subject in ("Английский язык", "Информатика"):
            sids = [sg["id"] for sg in self.subgroups if sg["school_class_id"] == self.class_ids[ci]
                    and sg["subject_id"] == self.subject_ids[subject]]
            if sids:
                sid = min(sids, key=lambda s: (len(self.subgroup_members[s]), s))
                self.subgroup_members[sid].append(pupil_id)
                self._sg_rows.append({"subgroup_id": sid, "pupil_id": pupil_id})

    def _rows_arrivals(self, arrived: list[_PupilInfo]) -> None:
        rng = self.rng
        y = self.start_year
        g_rows, p_rows, l_rows = [], [], []
        for p in arrived:
            fam = p.family
            people = ([(fam.mother, "мать")] if fam.mother else []) + \
                ([(fam.father, "отец")] if fam.father_is_guardian else [])
            if not fam.mother_first:
                people.reverse()
            for person, relation in people:
                gid = self._ids(Guardian)
                g_rows.append({"id": gid, "surname": person.surname, "name": person.name,
                               "patronymic": person.patronymic, "phone": self._phone(), "email": "",
                               "address": fam.address})
                fam.guardian_ids.append(gid)
                fam.relations.append(relation)
            grade = p.grade_at_start
            birth = dt.date(y, 9, 1) - dt.timedelta(days=int(365.25 * (5.5 + grade + rng.random())))
            p_rows.append({"id": p.id, "surname": p.person.surname, "name": p.person.name,
                           "patronymic": p.person.patronymic, "birth_date": birth, "sex": p.person.sex,
                           "address": fam.address, "phone": "",
                           "document": f"Свидетельство о рождении II-ИК № {rng.randint(100000, 999999)}"
                           if grade < 8 else f"Паспорт {rng.randint(10, 99)} {rng.randint(10, 25)} "
                                             f"{rng.randint(100000, 999999)}"})
            for gid, relation in zip(fam.guardian_ids, fam.relations, strict=True):
                l_rows.append({"pupil_id": p.id, "guardian_id": gid, "relation": relation})
            self.pupil_by_id[p.id] = p
        self._insert(Guardian, g_rows)
        self._insert(Pupil, p_rows)
        self._insert(PupilGuardian, l_rows)
        self.report.guardians += len(g_rows)

    def _enrollments(self) -> None:
        """Enrollment rows, subgroup places and their audit entries by the secretary."""
        rng = self.rng
        y = self.start_year
        secretary = self.staff[self.secretary_idx].account_id
        # The pupil's stays: pupil id → list of [class, arrived, departed, arrival event, its order,
        # from, departure event, its order, to, enrollment id (None: a row to write)]
        self.stays: dict[int, list[list]] = {}
        # Orders are numbered within a calendar year: promotion in May, first-graders in August,
        # then the autumn's movements; January starts again from 1.
        order_no = {y: rng.randint(125, 140), y + 1: rng.randint(1, 6)}
        first_orders = {}
        for p in sorted(self.pupils, key=lambda q: (q.class_idx, q.id)):
            if p.arrived == dt.date(y, 9, 1):
                grade = self.classes[p.class_idx][0]
                event = EnrollmentEvent.arrival if grade == 1 else EnrollmentEvent.promotion
                number = first_orders.setdefault(event, f"{rng.randint(95, 120)}-у" if grade == 1
                                                  else f"{rng.randint(60, 90)}-у")
                self.stays[p.id] = [[p.class_idx, p.arrived, None, event, number, "", None, "", "", None]]
        self._apply_moves(order_no, secretary)
        self._write_stays(secretary)
        self.report.pupils = len(self.pupils)

    def _apply_moves(self, order_no: dict[int, int], secretary: int) -> None:
        """The year's arrivals, departures and transfers onto the stays, each by its order."""
        rng = self.rng
        for day, kind, p, from_ci, to_ci in self.moves:
            order_no[day.year] += 1
            number = f"{order_no[day.year]}-у"
            if kind == "arrival":
                at = self._at(day, 9, rng.randint(0, 50))
                self._event(at, secretary, "create", "pupil", p.id,
                            {"surname": p.person.surname, "name": p.person.name,
                             "patronymic": p.person.patronymic})
                for gid in p.family.guardian_ids:
                    self._event(at, secretary, "create", "guardian", gid, {"pupil_id": p.id})
                self.stays[p.id] = [[to_ci, day, None, EnrollmentEvent.arrival, number,
                                     rng.choice(names.OTHER_SCHOOLS), None, "", "", None]]
                self._join_smaller_subgroups(p.id, to_ci)
            elif kind == "departure":
                stay = self.stays[p.id][-1]
                stay[2], stay[6], stay[7] = day, EnrollmentEvent.departure, number
                stay[8] = rng.choice(names.OTHER_SCHOOLS)
            else:  # transfer to a parallel class
                stay = self.stays[p.id][-1]
                stay[2], stay[6], stay[7] = day, EnrollmentEvent.transfer, number
                to_label = f"{self.classes[to_ci][0]}{self.classes[to_ci][1]}"
                stay[8] = f"{to_label} класс"
                from_label = f"{self.classes[from_ci][0]}{self.classes[from_ci][1]}"
                self.stays[p.id].append([to_ci, day, None, EnrollmentEvent.transfer, number,
                                         f"{from_label} класс", None, "", "", None])
                self.pupils_of[to_ci].append(p)
                # Old subgroup places stay recorded; lessons check the class stay by date.
                self._join_smaller_subgroups(p.id, to_ci)

    def _newcomer_events(self, at: dt.datetime, secretary: int, pid: int) -> None:
        """A pupil entered by the secretary before 1 September (the first year's are the
        administrator's setup entries instead)."""

    def _write_stays(self, secretary: int) -> None:
        """Rows of the new stays (a stay the closing opened is only ended), with their entries."""
        rng = self.rng
        y = self.start_year
        rows = []
        entry_day = dt.date(y, 8, 30)
        for i, pid in enumerate(sorted(self.stays)):
            for ci, arrived, departed, a_ev, a_no, a_from, d_ev, d_no, d_to, eid in self.stays[pid]:
                if eid is None:
                    eid = self._ids(Enrollment)
                    rows.append({"id": eid, "pupil_id": pid, "school_class_id": self.class_ids[ci],
                                 "arrived_on": arrived, "arrival_event": a_ev, "arrival_order_number": a_no,
                                 "arrived_from": a_from, "departed_on": departed, "departure_event": d_ev,
                                 "departure_order_number": d_no, "departed_to": d_to})
                    new = {"pupil_id": pid, "school_class_id": self.class_ids[ci], "arrived_on": arrived,
                           "arrival_event": a_ev.value, "arrival_order_number": a_no}
                    if arrived == dt.date(y, 9, 1):
                        at = self._at(entry_day, 10, second=i * 5)
                        self._newcomer_events(at, secretary, pid)
                    else:
                        at = self._at(arrived, 10, rng.randint(0, 90))
                    self._event(at, secretary, "create", "enrollment", eid, new)
                elif departed is not None:
                    self.conn.execute(update(Enrollment).where(Enrollment.id == eid).values(
                        departed_on=departed, departure_event=d_ev, departure_order_number=d_no,
                        departed_to=d_to))
                if departed is not None:
                    self._event(self._at(departed, 11, rng.randint(0, 90)), secretary, "update", "enrollment",
                                eid, {"departed_on": departed, "departure_event": d_ev.value,
                                      "departure_order_number": d_no, "departed_to": d_to},
                                old={"departed_on": None})
        self._insert(Enrollment, rows)
        number_new_stays(self.conn)  # the class lists' numbers, arrivals during the year at the end
        self._insert(SubgroupMember, self._sg_rows)
