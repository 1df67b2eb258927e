"""The school's data model: SQLAlchemy 2 typed models.

Marks are stored as grading-system codes (text), never floats; averages are computed.
Dates are `date`; moments are aware UTC (see `UTCDateTime`). Later issues add tables
through new Alembic migrations, so every table here has a surrogate integer key and
no behaviour beyond constraints.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..domain.attendance import AttendanceCode
from ..domain.calendar import PeriodKind

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes; naive values are a bug and are refused."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored; use aware UTC")
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=dt.timezone.utc)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Stored as the enum's value (readable in the file and in exports), checked by a constraint.
    return Enum(cls, name=name, values_callable=lambda e: [m.value for m in e],
                native_enum=False, create_constraint=True, length=24)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- enums -------------------------------------------------------------------------------

class YearStatus(enum.Enum):
    open = "open"
    closed = "closed"


class GradingKind(enum.Enum):
    five_point = "five_point"
    pass_fail = "pass_fail"
    custom = "custom"


class Sex(enum.Enum):
    male = "male"
    female = "female"


class CourseKind(enum.Enum):
    lesson = "lesson"              # урок по учебному плану
    elective = "elective"          # факультатив
    club = "club"                  # кружок
    extended_day = "extended_day"  # группа продлённого дня
    individual = "individual"      # индивидуальное обучение


class EnrollmentEvent(enum.Enum):
    arrival = "arrival"            # прибытие
    departure = "departure"        # выбытие
    transfer = "transfer"          # перевод между классами
    promotion = "promotion"        # перевод в следующий класс
    graduation = "graduation"      # выпуск
    repeat_year = "repeat_year"    # оставлен на повторное обучение
    conditional_promotion = "conditional_promotion"


class YearDecisionKind(enum.Enum):
    """A pupil's outcome of the year, decided before the year is closed (the values of EnrollmentEvent)."""

    promotion = "promotion"                          # перевод в следующий класс
    conditional_promotion = "conditional_promotion"  # условный перевод
    repeat_year = "repeat_year"                      # оставлен на повторное обучение
    graduation = "graduation"                        # выпуск


class CertificateKind(enum.Enum):
    """The certificate (аттестат) a graduate of general education receives."""

    basic = "basic"            # аттестат об основном общем образовании (9 класс)
    secondary = "secondary"    # аттестат о среднем общем образовании (11 класс)


class PeriodMarkKind(enum.Enum):
    period = "period"
    year = "year"
    exam = "exam"
    final = "final"


class CorrectionStatus(enum.Enum):
    pending = "pending"
    approved = "approved"
    rejected = "rejected"


# --- the school and its year -----------------------------------------------------------------

class School(Base):
    __tablename__ = "school"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(500), default="")
    director_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")


class AcademicYear(Base):
    __tablename__ = "academic_year"
    id: Mapped[int] = mapped_column(primary_key=True)
    start_year: Mapped[int] = mapped_column(Integer, unique=True)
    status: Mapped[YearStatus] = mapped_column(_enum(YearStatus, "year_status"), default=YearStatus.open)
    closing_order_number: Mapped[str | None] = mapped_column(String(50))
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    start: Mapped[dt.date | None] = mapped_column(Date)  # the first day; empty: 1 September
    end: Mapped[dt.date | None] = mapped_column(Date)    # the last day; empty: 31 August
    # Closing a year copies periods and holidays with default dates; the school confirms them (0007c).
    periods_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=true())
    holidays_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=true())

    periods: Mapped[list[Period]] = relationship(back_populates="academic_year", order_by="Period.start")

    @property
    def label(self) -> str:
        return f"{self.start_year}/{self.start_year + 1}"


class Period(Base):
    """A part of the year; a school may use quarters for grades 1-9 and half-years for 10-11."""

    __tablename__ = "period"
    __table_args__ = (
        UniqueConstraint("academic_year_id", "kind", "number", "grade_from"),
        CheckConstraint("start <= \"end\"", name="dates"),
        CheckConstraint("grade_from <= grade_to", name="grades"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"))
    kind: Mapped[PeriodKind] = mapped_column(_enum(PeriodKind, "period_kind"))
    number: Mapped[int] = mapped_column(Integer)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    grade_from: Mapped[int] = mapped_column(Integer, default=1)
    grade_to: Mapped[int] = mapped_column(Integer, default=11)

    academic_year: Mapped[AcademicYear] = relationship(back_populates="periods")


class Holiday(Base):
    """Каникулы, or an extra day off (kind "day_off": a public holiday, a day off by the school's order)."""

    __tablename__ = "holiday"
    __table_args__ = (CheckConstraint("start <= \"end\"", name="dates"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    grade_from: Mapped[int] = mapped_column(Integer, default=1)
    grade_to: Mapped[int] = mapped_column(Integer, default=11)
    kind: Mapped[str] = mapped_column(String(24), default="holiday", server_default="holiday")


class MovedDay(Base):
    """Перенос рабочего дня by a government decree: ``day_off`` has no lessons, ``working_day`` (often
    a Saturday) has the lessons of the weekday ``works_as`` (0 = Monday)."""

    __tablename__ = "moved_day"
    __table_args__ = (CheckConstraint("works_as BETWEEN 0 AND 5", name="works_as"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"))
    day_off: Mapped[dt.date] = mapped_column(Date)
    working_day: Mapped[dt.date] = mapped_column(Date)
    works_as: Mapped[int] = mapped_column(Integer)
    decree: Mapped[str] = mapped_column(String(300), default="")


class ShortDay(Base):
    """A short day (сокращённый день): lessons of ``lesson_minutes`` instead of the usual length."""

    __tablename__ = "short_day"
    __table_args__ = (UniqueConstraint("academic_year_id", "date"),
                      CheckConstraint("lesson_minutes BETWEEN 10 AND 45", name="lesson_minutes"))
    id: Mapped[int] = mapped_column(primary_key=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    lesson_minutes: Mapped[int] = mapped_column(Integer, default=30)
    reason: Mapped[str] = mapped_column(String(300), default="")


# --- grading -----------------------------------------------------------------------------------

class GradingSystem(Base):
    __tablename__ = "grading_system"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[GradingKind] = mapped_column(_enum(GradingKind, "grading_kind"))

    values: Mapped[list[GradeValue]] = relationship(
        back_populates="grading_system", order_by="GradeValue.sort_order", cascade="all, delete-orphan")


class GradeValue(Base):
    __tablename__ = "grade_value"
    __table_args__ = (UniqueConstraint("grading_system_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    grading_system_id: Mapped[int] = mapped_column(ForeignKey("grading_system.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(100))
    points: Mapped[float | None] = mapped_column(Float)
    passing: Mapped[bool] = mapped_column(Boolean)
    quality: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    grading_system: Mapped[GradingSystem] = relationship(back_populates="values")


class WorkType(Base):
    """Вид работы: carries the weight of its marks and, for written works, a longer entry window."""

    __tablename__ = "work_type"
    __table_args__ = (CheckConstraint("weight >= 0", name="weight"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    color: Mapped[str] = mapped_column(String(9), default="#000000")
    entry_days: Mapped[int] = mapped_column(Integer, default=0)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Subject(Base):
    __tablename__ = "subject"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(50))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Retired (выведен из учебного плана): kept for the journals of past years, offered for nothing new.
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


# --- people ------------------------------------------------------------------------------------

class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(200), default="учитель")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    hired_on: Mapped[dt.date | None] = mapped_column(Date)
    dismissed_on: Mapped[dt.date | None] = mapped_column(Date)


class Pupil(Base):
    __tablename__ = "pupil"
    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[Sex | None] = mapped_column(_enum(Sex, "sex"))
    address: Mapped[str] = mapped_column(String(500), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    document: Mapped[str] = mapped_column(String(200), default="")  # свидетельство о рождении / паспорт
    snils: Mapped[str] = mapped_column(String(14), default="")  # СНИЛС «123-456-789 01», personal data

    guardians: Mapped[list[PupilGuardian]] = relationship(back_populates="pupil", cascade="all, delete-orphan")


class Guardian(Base):
    __tablename__ = "guardian"
    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(500), default="")


class PupilGuardian(Base):
    __tablename__ = "pupil_guardian"
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), primary_key=True)
    guardian_id: Mapped[int] = mapped_column(ForeignKey("guardian.id", ondelete="CASCADE"), primary_key=True)
    relation: Mapped[str] = mapped_column(String(50), default="")  # мать, отец, опекун

    pupil: Mapped[Pupil] = relationship(back_populates="guardians")
    guardian: Mapped[Guardian] = relationship()


class Account(Base):
    """A login. Linked to at most one person: staff, a pupil or a guardian."""

    __tablename__ = "account"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN staff_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN pupil_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN guardian_id IS NULL THEN 0 ELSE 1 END) <= 1",
            name="one_person"),  # CASE, not boolean sums: PostgreSQL adds no booleans
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupil.id"))
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("guardian.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    roles: Mapped[list[AccountRole]] = relationship(cascade="all, delete-orphan")


class AccountRole(Base):
    __tablename__ = "account_role"
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(30), primary_key=True)  # domain.roles.Role value


# --- classes and movement ----------------------------------------------------------------------

class SchoolClass(Base):
    __tablename__ = "school_class"
    __table_args__ = (
        UniqueConstraint("academic_year_id", "grade", "letter"),
        CheckConstraint("grade BETWEEN 1 AND 11", name="grade"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id"))
    grade: Mapped[int] = mapped_column(Integer)
    letter: Mapped[str] = mapped_column(String(5))
    class_teacher_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    shift: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # смена: its bells

    @property
    def label(self) -> str:
        return f"{self.grade}{self.letter}"


class Enrollment(Base):
    """A pupil's stay in a class: from arrival to departure, each by an order (приказ)."""

    __tablename__ = "enrollment"
    __table_args__ = (
        CheckConstraint("departed_on IS NULL OR arrived_on <= departed_on", name="dates"),
        Index("ix_enrollment_class_dates", "school_class_id", "arrived_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"), index=True)
    school_class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id"))
    arrived_on: Mapped[dt.date] = mapped_column(Date)
    arrival_event: Mapped[EnrollmentEvent] = mapped_column(_enum(EnrollmentEvent, "enrollment_event"))
    arrival_order_number: Mapped[str] = mapped_column(String(50), default="")
    arrived_from: Mapped[str] = mapped_column(String(300), default="")
    departed_on: Mapped[dt.date | None] = mapped_column(Date)
    departure_event: Mapped[EnrollmentEvent | None] = mapped_column(
        _enum(EnrollmentEvent, "departure_event"))
    departure_order_number: Mapped[str] = mapped_column(String(50), default="")
    departed_to: Mapped[str] = mapped_column(String(300), default="")
    # № по журналу: fixed for the class's year (services/people/list_numbers.py gives it); a pupil who
    # returns to the class keeps the number of the earlier stay.
    list_number: Mapped[int | None] = mapped_column(Integer)


class YearDecision(Base):
    """A decision for one pupil's year that differs from the default (promotion; graduation in the 9th
    and 11th grades; a repeat year after a failing year mark); carried out when the year is closed."""

    __tablename__ = "year_decision"
    __table_args__ = (UniqueConstraint("academic_year_id", "pupil_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"))
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"), index=True)
    decision: Mapped[YearDecisionKind] = mapped_column(_enum(YearDecisionKind, "year_decision_kind"))
    note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class GraduationCertificate(Base):
    """A graduate's certificate (аттестат) as it goes to ФИС ФРДО: one per pupil and kind."""

    __tablename__ = "graduation_certificate"
    __table_args__ = (UniqueConstraint("pupil_id", "kind"), UniqueConstraint("series", "number"))
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id"))
    kind: Mapped[CertificateKind] = mapped_column(_enum(CertificateKind, "certificate_kind"))
    series: Mapped[str] = mapped_column(String(20), default="")
    number: Mapped[str] = mapped_column(String(20))
    registration_number: Mapped[str] = mapped_column(String(30))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    with_honours: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Subgroup(Base):
    __tablename__ = "subgroup"
    __table_args__ = (UniqueConstraint("school_class_id", "subject_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    school_class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id"))
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"))
    name: Mapped[str] = mapped_column(String(100))


class SubgroupMember(Base):
    __tablename__ = "subgroup_member"
    subgroup_id: Mapped[int] = mapped_column(ForeignKey("subgroup.id", ondelete="CASCADE"), primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"), primary_key=True)


# --- courses, timetable, lessons ---------------------------------------------------------------

class Course(Base):
    """Учебная нагрузка: one teacher teaching one class (or subgroup, or a club's pupils) one subject."""

    __tablename__ = "course"
    __table_args__ = (Index("ix_course_class", "school_class_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    academic_year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id"))
    kind: Mapped[CourseKind] = mapped_column(_enum(CourseKind, "course_kind"), default=CourseKind.lesson)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"))
    school_class_id: Mapped[int | None] = mapped_column(ForeignKey("school_class.id"))
    subgroup_id: Mapped[int | None] = mapped_column(ForeignKey("subgroup.id"))
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupil.id"))  # individual schooling
    teacher_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    grading_system_id: Mapped[int] = mapped_column(ForeignKey("grading_system.id"))
    hours_per_week: Mapped[float] = mapped_column(Float, default=1.0)
    has_marks: Mapped[bool] = mapped_column(Boolean, default=True)
    name: Mapped[str] = mapped_column(String(200), default="")  # a club's own name
    locked: Mapped[bool] = mapped_column(Boolean, default=False)  # закрыт доступ (4.2 г)


class CourseMember(Base):
    """Pupils of a course that is not a whole class (a club taking pupils from several classes)."""

    __tablename__ = "course_member"
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"), primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"), primary_key=True)


class BellSchedule(Base):
    __tablename__ = "bell_schedule"
    __table_args__ = (UniqueConstraint("shift", "lesson_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    shift: Mapped[int] = mapped_column(Integer, default=1)
    lesson_number: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[dt.time] = mapped_column(Time)
    ends_at: Mapped[dt.time] = mapped_column(Time)


class TimetableEntry(Base):
    __tablename__ = "timetable_entry"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 5", name="weekday"),
        CheckConstraint("lesson_number BETWEEN 1 AND 10", name="lesson_number"),
        Index("ix_timetable_entry_course", "course_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    lesson_number: Mapped[int] = mapped_column(Integer)
    room: Mapped[str] = mapped_column(String(50), default="")
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class Lesson(Base):
    __tablename__ = "lesson"
    __table_args__ = (UniqueConstraint("course_id", "date", "number"),
                      Index("ix_lesson_substitute", "substitute_teacher_id", "course_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)  # lesson number in the day (bell)
    topic: Mapped[str] = mapped_column(Text, default="")
    homework: Mapped[str] = mapped_column(Text, default="")
    work_kind: Mapped[str] = mapped_column(String(100), default="")  # контрольная, самостоятельная…
    substitute_teacher_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    room: Mapped[str] = mapped_column(String(50), default="")


class Mark(Base):
    """A current mark; several per pupil per lesson are allowed."""

    __tablename__ = "mark"
    __table_args__ = (
        Index("ix_mark_lesson_pupil", "lesson_id", "pupil_id"),
        Index("ix_mark_pupil", "pupil_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    lesson_id: Mapped[int] = mapped_column(ForeignKey("lesson.id"))
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"))
    value: Mapped[str] = mapped_column(String(20))  # grading-system code
    work_type_id: Mapped[int] = mapped_column(ForeignKey("work_type.id"))
    weight: Mapped[float] = mapped_column(Float)  # the work type's weight when the mark was put
    comment: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("lesson_id", "pupil_id"), Index("ix_attendance_pupil", "pupil_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    lesson_id: Mapped[int] = mapped_column(ForeignKey("lesson.id"))
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"))
    code: Mapped[AttendanceCode] = mapped_column(_enum(AttendanceCode, "attendance_code"))
    reason_note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class PeriodMark(Base):
    """Четвертная / годовая / экзаменационная / итоговая отметка, or н/а and осв."""

    __tablename__ = "period_mark"
    __table_args__ = (
        UniqueConstraint("course_id", "pupil_id", "kind", "period_id"),
        CheckConstraint("(kind = 'period') = (period_id IS NOT NULL)", name="period_only_for_period"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"))
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"), index=True)
    kind: Mapped[PeriodMarkKind] = mapped_column(_enum(PeriodMarkKind, "period_mark_kind"))
    period_id: Mapped[int | None] = mapped_column(ForeignKey("period.id"))
    value: Mapped[str] = mapped_column(String(20))
    suggested_value: Mapped[str | None] = mapped_column(String(20))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class MarkCorrection(Base):
    """Исправление отметки after the entry window: a written reason, decided by the deputy."""

    __tablename__ = "mark_correction"
    id: Mapped[int] = mapped_column(primary_key=True)
    mark_id: Mapped[int | None] = mapped_column(ForeignKey("mark.id", ondelete="SET NULL"))
    lesson_id: Mapped[int] = mapped_column(ForeignKey("lesson.id"))
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id"))
    old_value: Mapped[str | None] = mapped_column(String(20))
    new_value: Mapped[str | None] = mapped_column(String(20))  # None: removal
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[CorrectionStatus] = mapped_column(
        _enum(CorrectionStatus, "correction_status"), default=CorrectionStatus.pending)
    requested_by: Mapped[int] = mapped_column(ForeignKey("account.id"))
    requested_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str] = mapped_column(Text, default="")


# --- audit, messages, backups, settings --------------------------------------------------------

class AuditEntry(Base):
    """One change: who, when, which record, old and new values (JSON); chained by hash."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"), Index("ix_audit_log_at", "at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class MessageThread(Base):
    __tablename__ = "message_thread"
    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(300))
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupil.id"))  # whose affairs it concerns
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ThreadParticipant(Base):
    __tablename__ = "thread_participant"
    thread_id: Mapped[int] = mapped_column(ForeignKey("message_thread.id", ondelete="CASCADE"),
                                           primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True)
    last_read_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Message(Base):
    __tablename__ = "message"
    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("message_thread.id", ondelete="CASCADE"), index=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    body: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class BackupRecord(Base):
    __tablename__ = "backup_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(20))  # weekly, monthly, year_archive
    target: Mapped[str] = mapped_column(String(1000))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    manifest: Mapped[str] = mapped_column(Text, default="{}")
    # Why this backup went to one medium although the regulation asks two (issue 18); None otherwise.
    one_medium_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class Setting(Base):
    """A setting's value as JSON; the declared settings (type, default) live in services."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Consent(Base):
    """Consent to personal-data processing (152-ФЗ): who gave it, when, on what document. Exactly one of
    pupil (consent given by a guardian for a minor), guardian or staff is set."""

    __tablename__ = "consent"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN pupil_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN guardian_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN staff_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_person"),  # CASE, not boolean sums: the same text works on PostgreSQL
        CheckConstraint("withdrawn_on IS NULL OR given_on <= withdrawn_on", name="dates"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    guardian_id: Mapped[int | None] = mapped_column(ForeignKey("guardian.id", ondelete="CASCADE"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    given_by: Mapped[str] = mapped_column(String(300), default="")  # the signer's name (a parent for a pupil)
    given_on: Mapped[dt.date] = mapped_column(Date)
    document: Mapped[str] = mapped_column(String(300), default="")  # заявление № …
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ThematicPlanItem(Base):
    """One topic of a course's thematic plan (КТП), in order, with its planned hours."""

    __tablename__ = "thematic_plan_item"
    __table_args__ = (UniqueConstraint("course_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(Text)
    hours: Mapped[float] = mapped_column(Float, default=1.0)


class JournalRemark(Base):
    """A remark of a journal inspection (regulation 7.2–7.4): the deputy writes it on a course's journal,
    the teacher marks it fixed."""

    __tablename__ = "journal_remark"
    __table_args__ = (Index("ix_journal_remark_course", "course_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"))
    inspected_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    fixed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    fixed_by: Mapped[int | None] = mapped_column(ForeignKey("account.id"))


class Attachment(Base):
    """A document in a portfolio (scan, diploma), kept inside the encrypted database."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupil.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    file_name: Mapped[str] = mapped_column(String(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
