"""The demo's staff, teaching load (courses, subgroups) and the timetable."""

from __future__ import annotations

from collections import defaultdict

from ...domain.names import person_sort_key
from ...storage.models import Course, CourseKind, Staff, Subgroup
from . import data as names
from .builder import _CourseInfo, _StaffInfo
from .curriculum import (
    _PARTNER,
    _PASS_FAIL_SUBJECTS,
    _PLANS,
    _POSITION,
    _PRIMARY_SPECIALTY,
    _SPECIALTY,
    _SPECIALTY_ORDER,
    _max_per_day,
    _weekdays,
)


class _Staffing:
    # staff, courses ------------------------------------------------------------------------------

    def _staff_and_courses(self) -> None:
        rng = self.rng
        self.staff: list[_StaffInfo] = []

        def add_staff(position: str, woman_share: float = 0.85, specialty: str = "") -> int:
            surname = rng.choice(names.SURNAMES)
            person = self._woman(surname) if rng.random() < woman_share else self._man(surname)
            self.staff.append(_StaffInfo(self._ids(Staff), person, position, specialty))
            return len(self.staff) - 1

        self.staff.append(_StaffInfo(self._ids(Staff), self.director, "директор"))
        self.director_idx = 0
        self.deputy_idx = add_staff("заместитель директора по учебной работе")
        self.secretary_idx = add_staff("секретарь", 1.0)
        self.admin_idx = add_staff("администратор электронного журнала", 0.3)
        self.first_teacher = len(self.staff)

        # Primary classes: one teacher each, who is also their class teacher.
        primary_teacher: dict[int, int] = {}
        for ci, (grade, letter) in enumerate(self.classes):
            if grade <= 4:
                t = add_staff("учитель начальных классов", 0.95, "primary")
                self.staff[t].room = f"{100 + ci + 1}"
                self.staff[t].class_idx = ci
                primary_teacher[ci] = t

        units_by_specialty, primary_units = self._units(primary_teacher)

        # Merge specialties too small for a teacher of their own.
        totals = {s: sum(u[2] for u in us) for s, us in units_by_specialty.items()}
        merged: dict[str, str] = {}
        for spec in _SPECIALTY_ORDER:
            if spec in totals and totals[spec] < 8 and spec not in merged.values():
                partner = _PARTNER.get(spec)
                if partner and partner in totals and partner not in merged:
                    merged[spec] = partner
        groups_of: dict[str, list[str]] = defaultdict(list)
        for spec in _SPECIALTY_ORDER:
            if spec in units_by_specialty:
                groups_of[merged.get(spec, spec)].append(spec)

        assignment: dict[tuple[int, str, int], int] = {}
        room_no = 200
        for head in _SPECIALTY_ORDER:
            if head not in groups_of:
                continue
            specs = groups_of[head]
            units = sorted((u for s in specs for u in units_by_specialty[s]),
                           key=lambda u: (self.classes[u[0]][0], self.classes[u[0]][1], u[3]))
            total = sum(u[2] for u in units)
            n = max(1, round(total / 20))
            if any(u[3] for u in units):
                n = max(n, 2)
            parts = list(dict.fromkeys(_POSITION[s] for s in specs))
            position = ("учитель " if head != "obzr" else "преподаватель-организатор ") + (
                parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " и " + parts[-1])
            teachers = []
            for _ in range(n):
                t = add_staff(position, 0.55 if head in ("pe", "obzr", "informatics", "physics") else 0.9, head)
                room_no += 1
                # Each PE teacher has a gym of their own: a shared one would be a room taken twice.
                gyms = sum(1 for s in self.staff if s.room.startswith("Спортзал"))
                self.staff[t].room = f"Спортзал {gyms + 1}" if head == "pe" else \
                    str(room_no + (100 if room_no > 230 else 0))
                teachers.append(t)
            load = dict.fromkeys(teachers, 0)
            target = total / n
            current = 0
            by_class_teacher: dict[tuple[int, str], int] = {}
            for ci, subject, hours, g in units:
                if g == 2:
                    first = assignment[(ci, subject, 1)]
                    t = min((x for x in teachers if x != first), key=lambda x: (load[x], x))
                else:
                    # A teacher keeps all the subjects of the specialty in one class (algebra and geometry).
                    t = by_class_teacher.get((ci, head))
                    if t is None:
                        while load[teachers[current]] + hours > target * 1.1 and current < n - 1:
                            current += 1
                        t = teachers[current]
                        by_class_teacher[(ci, head)] = t
                assignment[(ci, subject, g)] = t
                load[t] += hours

        self._class_teachers(assignment)

        def gpd_teacher() -> int:
            t = add_staff("воспитатель группы продлённого дня", 1.0, "gpd")
            self.staff[t].room = "Игровая"
            return t

        self._courses(assignment, primary_teacher, gpd_teacher)

    def _units(self, primary_teacher: dict[int, int]):
        """Units of teaching by specialty, and the primary teachers' own units."""
        # Units of teaching: (class, subject, hours, group number or 0 for the whole class).
        self.split_english = {ci for ci, (g, letter) in enumerate(self.classes)
                              if g >= 5 and "АБВГ".index(letter) % 2 == 0}
        self.split_informatics = {ci for ci, (g, letter) in enumerate(self.classes)
                                  if g >= 7 and letter == "А"}
        units_by_specialty: dict[str, list[tuple[int, str, int, int]]] = defaultdict(list)
        primary_units: list[tuple[int, str, int, int, int]] = []
        for ci, (grade, _letter) in enumerate(self.classes):
            for subject, hours in _PLANS[grade]:
                groups = (1, 2) if ((subject == "Английский язык" and ci in self.split_english)
                                    or (subject == "Информатика" and ci in self.split_informatics)) else (0,)
                if grade <= 4:
                    spec = _PRIMARY_SPECIALTY.get(subject)
                    if spec is None:
                        primary_units.append((ci, subject, hours, 0, primary_teacher[ci]))
                        continue
                else:
                    spec = _SPECIALTY[subject]
                for g in groups:
                    units_by_specialty[spec].append((ci, subject, hours, g))
        return units_by_specialty, primary_units

    def _class_teachers(self, assignment: dict[tuple[int, str, int], int]) -> None:
        # Class teachers of grades 5-11: a teacher of the class, not yet a class teacher.
        for ci, (grade, _letter) in enumerate(self.classes):
            if grade <= 4 or any(s.class_idx == ci for s in self.staff):
                continue
            hours_here: dict[int, int] = defaultdict(int)
            for (cj, subject, _g), t in assignment.items():
                if cj == ci:
                    hours_here[t] += dict(_PLANS[grade])[subject]
            free = [t for t in sorted(hours_here) if self.staff[t].class_idx is None]
            if not free:
                free = [t for t in range(self.first_teacher, len(self.staff)) if self.staff[t].class_idx is None]
            t = max(free, key=lambda x: (hours_here.get(x, 0), -x))
            self.staff[t].class_idx = ci

    def _courses(self, assignment: dict[tuple[int, str, int], int], primary_teacher: dict[int, int],
                 gpd_teacher) -> None:
        """Subgroups, the curriculum's courses, an elective, a club and the extended-day group
        (`gpd_teacher()`: its teacher, asked for when the group is made)."""
        # Subgroups and courses.
        rng = self.rng
        five, passfail = self.ref.grading_systems["five_point"], self.ref.grading_systems["pass_fail"]
        self.five_id, self.pass_fail_id = five, passfail
        self.courses: list[_CourseInfo] = []
        self.subgroups: list[dict] = []
        self.subgroup_members: dict[int, list[int]] = {}
        subgroup_of: dict[tuple[int, str, int], int] = {}
        for ci, (grade, _letter) in enumerate(self.classes):
            for subject, _hours in _PLANS[grade]:
                if (ci, subject, 1) in assignment:
                    for g in (1, 2):
                        sid = self._ids(Subgroup)
                        self.subgroups.append({"id": sid, "school_class_id": self.class_ids[ci],
                                               "subject_id": self.subject_ids[subject], "name": f"{g} группа"})
                        subgroup_of[(ci, subject, g)] = sid
                        self.subgroup_members[sid] = []
        # Split the class lists in two, alphabetically (as schools do).
        pupils_of = defaultdict(list)
        for p in self.pupils:
            pupils_of[p.class_idx].append(p)
        for (ci, subject, g), sid in subgroup_of.items():
            members = sorted(pupils_of[ci], key=lambda p: person_sort_key(
                p.person.surname, p.person.name, p.person.patronymic))
            half = (len(members) + 1) // 2
            part = members[:half] if g == 1 else members[half:]
            self.subgroup_members[sid] = [p.id for p in part]
        self.subgroup_by_class = defaultdict(list)
        for (ci, subject, g), sid in subgroup_of.items():
            self.subgroup_by_class[ci].append(sid)

        for ci, (grade, _letter) in enumerate(self.classes):
            for subject, hours in _PLANS[grade]:
                keys = [(ci, subject, 1), (ci, subject, 2)] if (ci, subject, 1) in assignment else [(ci, subject, 0)]
                for key in keys:
                    if grade <= 4 and subject not in _PRIMARY_SPECIALTY:
                        t = primary_teacher[ci]
                    else:
                        t = assignment[key]
                    c = _CourseInfo(self._ids(Course), subject, ci, t, hours, subgroup=subgroup_of.get(key),
                                    group_no=key[2], pass_fail=subject in _PASS_FAIL_SUBJECTS,
                                    has_marks=grade >= 2)
                    c.room = self.staff[t].room
                    self.courses.append(c)
                    self.staff[t].hours += hours

        # One elective, one club, an extended-day group.
        senior = max(range(len(self.classes)), key=lambda i: (self.classes[i][0] == 9, self.classes[i][0], -i))
        math_course = next(c for c in self.courses if c.class_idx == senior and c.subject in (
            "Математика", "Алгебра", "Алгебра и начала математического анализа"))
        members = [p.id for p in pupils_of[senior]]
        rng.shuffle(members)
        self.courses.append(_CourseInfo(
            self._ids(Course), math_course.subject, senior, math_course.teacher, 1, CourseKind.elective,
            members=sorted(members[:12]), pass_fail=True, name="Решение задач повышенной сложности",
            room=math_course.room))
        middle = [p.id for p in self.pupils if 5 <= self.classes[p.class_idx][0] <= 7]
        rng.shuffle(middle)
        tech = next((t for t in range(len(self.staff)) if self.staff[t].specialty in ("technology", "art")),
                    self.first_teacher)
        self.courses.append(_CourseInfo(
            self._ids(Course), "Внеурочная деятельность", None, tech, 1, CourseKind.club,
            members=sorted(middle[:14]), has_marks=False, name="Кружок «Робототехника»",
            room=self.staff[tech].room))
        young = [p.id for p in self.pupils if self.classes[p.class_idx][0] <= 2]
        rng.shuffle(young)
        gpd = gpd_teacher()
        self.courses.append(_CourseInfo(
            self._ids(Course), "Внеурочная деятельность", None, gpd, 5, CourseKind.extended_day, members=sorted(young[:20]), has_marks=False,
            name="Группа продлённого дня", room="Игровая"))
        for c in self.courses[-3:]:
            self.staff[c.teacher].hours += c.hours
        self.pupils_of = pupils_of

    # timetable -------------------------------------------------------------------------------------

    def _timetable(self) -> None:
        rng = self.rng
        busy: dict[int, set[int]] = defaultdict(set)  # staff index → {weekday * 10 + lesson number}
        by_class: dict[int, list[_CourseInfo]] = defaultdict(list)
        for c in self.courses:
            if c.kind is CourseKind.lesson:
                by_class[c.class_idx].append(c)
        order = sorted(by_class, key=lambda ci: (-self.classes[ci][0], ci))
        for ci in order:
            grade = self.classes[ci][0]
            days = _weekdays(grade)
            # Items: one hour of a course, or of both subgroup courses together.
            items: list[tuple[tuple[_CourseInfo, ...], str]] = []
            seen_pairs = set()
            for c in by_class[ci]:
                if c.subgroup is not None:
                    if c.subject in seen_pairs:
                        continue
                    seen_pairs.add(c.subject)
                    pair = tuple(x for x in by_class[ci] if x.subject == c.subject)
                    items += [(pair, c.subject)] * c.hours
                else:
                    items += [((c,), c.subject)] * c.hours
            total = len(items)
            counts = {d: total // len(days) for d in days}
            for d in rng.sample(days, total % len(days)):
                counts[d] += 1
            slots = [d * 10 + n for d in days for n in range(1, counts[d] + 1)]
            while True:
                placed = self._match(items, slots, busy)
                if placed is not None:
                    break
                open_days = [d for d in days if counts[d] < _max_per_day(grade)]
                if not open_days:
                    raise RuntimeError(f"Не удалось составить расписание класса {grade}{self.classes[ci][1]}")
                d = min(open_days, key=lambda x: (counts[x], x))
                counts[d] += 1
                slots.append(d * 10 + counts[d])
            for (courses, _subject), slot in zip(items, placed, strict=True):
                for c in courses:
                    c.slots.append((slot // 10, slot % 10))
                    busy[c.teacher].add(slot)
        # Elective and club after lessons (8th), extended day every weekday from the 7th.
        for c in self.courses:
            if c.kind in (CourseKind.elective, CourseKind.club):
                for d in (2, 3, 1, 4, 0):
                    if d * 10 + 8 not in busy[c.teacher]:
                        c.slots.append((d, 8))
                        busy[c.teacher].add(d * 10 + 8)
                        break
            elif c.kind is CourseKind.extended_day:
                c.slots = [(d, 7) for d in range(5)]

    def _match(self, items, slots, busy) -> list[int] | None:
        """Give each item a slot where its teachers are free: greedy, then augmenting paths."""
        rng = self.rng
        n = len(items)

        def allowed(i: int, s: int) -> bool:
            return all(s not in busy[c.teacher] for c in items[i][0])

        slot_of: list[int | None] = [None] * n
        holder: dict[int, int] = {}
        per_day: dict[tuple[str, int], int] = defaultdict(int)
        order = sorted(range(n), key=lambda i: (-len(items[i][0]),
                                                -max(len(busy[c.teacher]) for c in items[i][0]), rng.random()))
        for i in order:
            subject = items[i][1]
            best, best_score = None, None
            for s in slots:
                if s in holder or not allowed(i, s):
                    continue
                score = per_day[(subject, s // 10)] * 10 + rng.random()
                if best_score is None or score < best_score:
                    best, best_score = s, score
            if best is not None:
                slot_of[i] = best
                holder[best] = i
                per_day[(subject, best // 10)] += 1
        for i in range(n):
            if slot_of[i] is None:
                if not self._augment(i, slots, allowed, slot_of, holder, set()):
                    return None
        return slot_of  # type: ignore[return-value]

    def _augment(self, i, slots, allowed, slot_of, holder, visited) -> bool:
        for s in slots:
            if s in visited or not allowed(i, s):
                continue
            visited.add(s)
            j = holder.get(s)
            if j is None or self._augment(j, slots, allowed, slot_of, holder, visited):
                slot_of[i] = s
                holder[s] = i
                return True
        return False

