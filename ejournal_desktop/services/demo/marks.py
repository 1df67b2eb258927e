"""The demo's lessons, topics, attendance, marks, period and year marks, and the audit chain."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict

from ...domain.averages import suggest_period_mark, weighted_average
from ...domain.calendar import lesson_dates
from ...domain.grading import FIVE_POINT
from ...storage.models import (
    Attendance,
    AttendanceCode,
    AuditEntry,
    CourseKind,
    Lesson,
    Mark,
    PeriodMark,
    PeriodMarkKind,
)
from ..access import audit
from ..journal import payloads
from . import data as names
from .builder import _CourseInfo
from .curriculum import _NO_HOMEWORK, _WRITTEN_WORK


class _Marks:
    # lessons, topics, attendance, marks -------------------------------------------------------------

    def _members_on(self, c: _CourseInfo, day: dt.date) -> list[int]:
        """Pupils of a course on a day: the class list (or subgroup, or members) at that date."""
        if c.members is not None:
            return [pid for pid in c.members if self._in_school(pid, day)]
        if c.subgroup is not None:
            return [pid for pid in self.subgroup_members[c.subgroup] if self._in_class(pid, c.class_idx, day)]
        return [p.id for p in self.pupils_of[c.class_idx] if self._in_class(p.id, c.class_idx, day)]

    def _in_class(self, pid: int, ci: int, day: dt.date) -> bool:
        for stay in self.stays[pid]:
            if stay[0] == ci and stay[1] <= day and (stay[2] is None or day < stay[2]):
                return True
        return False

    def _in_school(self, pid: int, day: dt.date) -> bool:
        stays = self.stays[pid]
        return stays[0][1] <= day and (stays[-1][2] is None or day < stays[-1][2])

    def _absences(self) -> dict[tuple[int, dt.date], AttendanceCode]:
        """Whole days away: illness spells (Б) and excused days (П), up to today."""
        rng = self.rng
        y = self.start_year
        days = self._school_days_between(dt.date(y, 9, 1), min(self.today, self.classes_end))
        away: dict[tuple[int, dt.date], AttendanceCode] = {}
        for p in sorted(self.pupils, key=lambda q: q.id):
            ill_left = 0
            for day in days:
                if ill_left:
                    away[(p.id, day)] = AttendanceCode.absent_ill
                    ill_left -= 1
                    continue
                r = rng.random()
                if r < 0.0058:
                    ill_left = rng.randint(3, 8) - 1
                    away[(p.id, day)] = AttendanceCode.absent_ill
                elif r < 0.0095:
                    away[(p.id, day)] = AttendanceCode.absent_excused
        return away

    def _lessons_and_marks(self) -> None:
        rng = self.rng
        y = self.start_year
        start = dt.date(y, 9, 1)
        today = self.today
        # Dates of each weekday, for first grade and for the others.
        dates_by: dict[tuple[bool, int], list[dt.date]] = {}
        for first in (False, True):
            for wd in range(6):
                dates_by[(first, wd)] = lesson_dates(start, self.classes_end, (wd,), self.holidays[first])
        lessons = []
        for c in self.courses:
            grade = self.classes[c.class_idx][0] if c.class_idx is not None else 5
            for weekday, number in c.slots:
                for day in dates_by[(grade == 1 and c.kind is CourseKind.lesson, weekday)]:
                    lessons.append((day, number, c.class_idx if c.class_idx is not None else 99, c.group_no,
                                    c.id, c))
        lessons.sort(key=lambda x: x[:5])
        first_lesson = self._ids(Lesson, len(lessons))
        away = self._absences()
        lesson_rows, mark_rows, att_rows = [], [], []
        mark_id = self._ids(Mark, 0)
        att_id = self._ids(Attendance, 0)
        lesson_index: dict[int, int] = defaultdict(int)
        marks_so_far: dict[tuple[int, int], int] = defaultdict(int)
        self.acc: dict[tuple[int, int, int], list[tuple[str, float]]] = defaultdict(list)
        self.last_lesson: dict[tuple[int, int], dt.date] = {}  # (course, period id) → last lesson date
        subject_bias: dict[tuple[int, str], float] = {}
        period_bounds = {k: ([s for _, s, _ in v], v) for k, v in self.periods.items()}
        q1_end = self.periods["junior"][0][2]
        five_codes = ("1", "2", "3", "4", "5")
        mark_weight = self.wt_weight
        for offset, (day, number, _ci, _g, cid, c) in enumerate(lessons):
            lid = first_lesson + offset
            k = lesson_index[cid]
            lesson_index[cid] = k + 1
            grade = self.classes[c.class_idx][0] if c.class_idx is not None else 5
            starts, plist = period_bounds["senior" if grade >= 10 else "junior"]
            pi = bisect.bisect_right(starts, day) - 1
            period_id = plist[pi][0] if pi >= 0 and day <= plist[pi][2] else None
            if period_id is not None:
                self.last_lesson[(cid, period_id)] = day
            row = {"id": lid, "course_id": cid, "date": day, "number": number, "topic": "", "homework": "",
                   "work_kind": "", "substitute_teacher_id": None, "room": c.room}
            lesson_rows.append(row)
            if day > today:
                continue
            teacher_account = self.staff[c.teacher].account_id
            # What kind of lesson: every few weeks a written work for all present.
            work = None
            if c.has_marks and c.kind is not CourseKind.extended_day:
                interval = max(6, min(16, c.hours * 4))
                if k % interval == interval - 1:
                    kinds = _WRITTEN_WORK.get(c.subject, ("check",))
                    work = kinds[(k // interval) % len(kinds)]
                elif c.hours >= 3 and k % interval == interval // 2:
                    work = "independent"
            topic, homework = self._topic(c, k, grade, work)
            row["topic"], row["homework"] = topic, homework
            if work is not None:
                row["work_kind"] = self.wt_name[work]
            base = self._at(day, 13, 10 + number * 15 + rng.randint(0, 100))
            self._event(base, teacher_account, "update", "lesson", lid,
                        {"topic": topic, "homework": homework}, old={"topic": "", "homework": ""})
            members = self._members_on(c, day)
            present = []
            tick = 1
            for pid in members:
                code = away.get((pid, day))
                if code is None and c.kind is not CourseKind.extended_day:
                    r = rng.random()
                    weak = self.pupil_by_id[pid].ability < 3.5
                    if r < (0.012 if weak else 0.004):
                        code = AttendanceCode.absent_unexcused
                    elif number == 1 and r > 0.98:
                        code = AttendanceCode.late
                if code is None:
                    present.append(pid)
                    continue
                if code is AttendanceCode.late:
                    present.append(pid)
                att_id += 1
                at = base + dt.timedelta(seconds=20 * tick)
                tick += 1
                att_rows.append({"id": att_id - 1, "lesson_id": lid, "pupil_id": pid, "code": code,
                                 "reason_note": "справка" if code is AttendanceCode.absent_ill and rng.random() < 0.3
                                 else "", "created_by": teacher_account, "created_at": at})
                self._event(at, teacher_account, "create", "attendance", att_id - 1,
                            payloads.new_attendance(lid, pid, code.value, op=f"{self.seq + 1:016x}"))
            if not c.has_marks or not present or (grade == 2 and day <= q1_end):
                continue
            # Who gets marks: everyone present for a written work, else a few answers.
            if work is not None and work != "independent":
                marked = [(pid, work) for pid in present]
            elif work == "independent":
                marked = [(pid, work) for pid in present if rng.random() < 0.9]
            else:
                n_answers = rng.randint(5, 8) if c.hours == 1 else rng.randint(3, 6) if c.hours <= 3 \
                    else rng.randint(3, 5)
                if c.pass_fail:
                    n_answers = rng.randint(2, 4)
                ranked = sorted(present, key=lambda pid: marks_so_far[(cid, pid)] + rng.random() * 3)
                marked = [(pid, "answer") for pid in ranked[:n_answers]]
                if c.subject not in _NO_HOMEWORK and rng.random() < 0.35:
                    for pid in ranked[n_answers:n_answers + rng.randint(1, 3)]:
                        marked.append((pid, "homework"))
            if work in ("dictation", "essay", "control"):
                entered = min(today, day + dt.timedelta(days=rng.randint(1, 4)))
                mark_base = self._at(entered, 15, rng.randint(0, 180)) if entered > day else base
            else:
                mark_base = base
            for j, (pid, wt) in enumerate(marked):
                pupil = self.pupil_by_id[pid]
                if c.pass_fail:
                    value = "незач" if rng.random() < max(0.0, 3.6 - pupil.ability) * 0.15 else "зач"
                else:
                    bias = subject_bias.get((pid, c.subject))
                    if bias is None:
                        bias = subject_bias[(pid, c.subject)] = rng.gauss(0, 0.3)
                    x = pupil.ability + bias + rng.gauss(0, 0.75) - (0.15 if wt in ("control", "dictation") else 0)
                    v = min(5, max(2, int(x + 0.5)))
                    if v == 2 and rng.random() < 0.01:
                        v = 1
                    value = five_codes[v - 1]
                weight = mark_weight[wt]
                at = mark_base + dt.timedelta(seconds=20 * (tick + j) + 60)
                mark_rows.append({"id": mark_id, "lesson_id": lid, "pupil_id": pid, "value": value,
                                  "work_type_id": self.wt_ids[wt], "weight": weight, "comment": "",
                                  "created_by": teacher_account, "created_at": at, "updated_at": None})
                self._event(at, teacher_account, "create", "mark", mark_id,
                            payloads.mark(lid, pid, value, wt, self.wt_ids[wt], weight, "", op=f"{self.seq + 1:016x}"))
                mark_id += 1
                marks_so_far[(cid, pid)] += 1
                if period_id is not None:
                    self.acc[(cid, pid, period_id)].append((value, weight))
        self.next_id["mark"] = mark_id
        self.next_id["attendance"] = att_id
        self._insert(Lesson, lesson_rows)
        self._insert(Mark, mark_rows)
        self._insert(Attendance, att_rows)
        self.report.lessons = len(lesson_rows)
        self.report.marks = len(mark_rows)
        self.report.attendance = len(att_rows)

    def _topic(self, c: _CourseInfo, k: int, grade: int, work: str | None) -> tuple[str, str]:
        topics = names.TOPICS.get(c.subject, ("Занятие",))
        if c.kind is CourseKind.extended_day:
            return ("Прогулка, самоподготовка, занятия по интересам", "")
        span = 3 if c.hours >= 3 else 2
        t = topics[(k // span) % len(topics)]
        step = k % span
        if work in ("control", "dictation"):
            title = ("Контрольный диктант" if work == "dictation" else "Контрольная работа")
            topic = f"{title} по теме «{t}»"
        elif work == "essay":
            topic = f"Сочинение по теме «{t}»"
        elif work == "practical":
            topic = f"Практическая работа по теме «{t}»"
        elif work == "check":
            topic = f"Проверочная работа по теме «{t}»"
        elif step == 0:
            topic = t
        else:
            topic = f"{t}: закрепление" if step == 1 else f"{t}: решение задач и упражнений"
        if (k // span) >= len(topics):
            topic = f"Повторение. {topic}"
        if grade == 1 or c.subject in _NO_HOMEWORK or c.kind is not CourseKind.lesson or work:
            return topic, ""
        n = 10 + k * 3
        if c.subject == "Русский язык":
            hw = f"Упр. {n}"
        elif c.subject in ("Математика", "Алгебра", "Геометрия", "Алгебра и начала математического анализа",
                           "Вероятность и статистика"):
            hw = f"№ {n}, {n + 2}, {n + 5}"
        elif c.subject in ("Литература", "Литературное чтение"):
            hw = f"Прочитать с. {n}–{n + 8}, ответить на вопросы"
        elif c.subject == "Английский язык":
            hw = f"Workbook p. {k + 4}, ex. {k % 6 + 1}"
        else:
            hw = f"§ {k // 2 + 1}, вопросы после параграфа"
        return topic, hw

    # period marks ----------------------------------------------------------------------------------

    def _period_marks(self) -> None:
        rng = self.rng
        rows = []
        year_ready = {key: v[-1][2] < self.today for key, v in self.periods.items()}
        for c in self.courses:
            if not c.has_marks or c.kind is not CourseKind.lesson:
                continue
            grade = self.classes[c.class_idx][0]
            key = "senior" if grade >= 10 else "junior"
            teacher_account = self.staff[c.teacher].account_id
            by_pupil: dict[int, list[str]] = defaultdict(list)
            last_day = None
            for pid_period, p_start, p_end in self.periods[key]:
                if p_end >= self.today:
                    continue
                day = self.last_lesson.get((c.id, pid_period))
                if day is None:
                    continue
                last_day = day
                for pid in self._members_on(c, p_end):
                    marks = self.acc.get((c.id, pid, pid_period))
                    if not marks:
                        continue
                    if c.pass_fail:
                        passed = sum(1 for v, _ in marks if v == "зач")
                        value = "зач" if passed * 2 >= len(marks) else "незач"
                    else:
                        value = suggest_period_mark(weighted_average(marks, FIVE_POINT))
                    if value is None:
                        continue
                    by_pupil[pid].append(value)
                    at = self._at(day, 16, rng.randint(0, 150))
                    rows.append({"period": (day, c.id, pid), "course_id": c.id, "pupil_id": pid,
                                 "kind": PeriodMarkKind.period, "period_id": pid_period, "value": value,
                                 "suggested_value": value, "created_by": teacher_account, "created_at": at})
            if year_ready[key] and last_day is not None:
                for pid in self._members_on(c, last_day):
                    values = by_pupil.get(pid)
                    if not values:
                        continue
                    if c.pass_fail:
                        value = "зач" if values.count("зач") * 2 >= len(values) else "незач"
                    else:
                        value = suggest_period_mark(weighted_average([(v, 1.0) for v in values], FIVE_POINT))
                    at = self._at(last_day, 18, rng.randint(0, 60))
                    rows.append({"period": (last_day, c.id, pid), "course_id": c.id, "pupil_id": pid,
                                 "kind": PeriodMarkKind.year, "period_id": None, "value": value,
                                 "suggested_value": value, "created_by": teacher_account, "created_at": at})
        rows.sort(key=lambda r: (r["created_at"], r["course_id"], r["pupil_id"], r["kind"].value))
        first = self._ids(PeriodMark, len(rows))
        for i, r in enumerate(rows):
            del r["period"]
            r["id"] = first + i
            self._event(r["created_at"], r["created_by"], "create", "period_mark", r["id"],
                        payloads.period_mark(r["course_id"], r["pupil_id"], r["kind"].value, r["period_id"], r["value"],
                                             r["suggested_value"]))
        self._insert(PeriodMark, rows)
        self.report.period_marks = len(rows)

    # the audit log -----------------------------------------------------------------------------------

    def _audit(self) -> None:
        """The audit entries in time order, chained as `audit.record` chains them."""
        self.events.sort(key=lambda e: (e[0], e[1]))
        prev = audit.last_hash(self.session)
        first = self._ids(AuditEntry, len(self.events))
        rows = []
        # audit's own encoder and hash, as audit.record writes them (both built once, not per entry).
        for i, (at, _seq, account_id, action, entity, entity_id, old, new) in enumerate(self.events):
            new_s, old_s = audit.to_json(new), audit.to_json(old)
            h = audit.chained_hash(prev, audit.utc_text(at), account_id, action, entity, entity_id, old_s, new_s)
            rows.append({"id": first + i, "at": at, "account_id": account_id, "action": action,
                         "entity": entity, "entity_id": entity_id, "old": old_s, "new": new_s,
                         "prev_hash": prev, "hash": h})
            prev = h
        self._insert(AuditEntry, rows)
        self.report.audit_entries = len(rows)
        if self.conn.dialect.name == "postgresql":
            # Ids were given here: move the server's sequences past them.
            for table in self.next_id:
                self.conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {table}))")

