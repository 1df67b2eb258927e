from hypothesis import given
from hypothesis import strategies as st

from ejournal_desktop.domain.names import full_name, name_sort_key, person_sort_key, short_name
from ejournal_desktop.domain.roles import Role

ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def test_roles():
    assert Role("class_teacher") is Role.class_teacher
    assert Role.administrator.label == "администратор ЭЖ"
    assert Role.deputy.label == "заместитель директора по УР"
    assert Role.guardian.label == "родитель"
    assert len({r.label for r in Role}) == len(Role) == 8


def test_yo_sorts_right_after_ye():
    names = ["Жуков", "ёлкин", "Елкин", "Ежов", "Ёжиков", "Дятлов", "Яковлев", "Абрамов"]
    assert sorted(names, key=lambda s: person_sort_key(s, "", "")) == [
        "Абрамов", "Дятлов", "Ежов", "Елкин", "Ёжиков", "ёлкин", "Жуков", "Яковлев"]


def test_surname_then_name_then_patronymic():
    people = [("Иванов", "Пётр", "Ильич"), ("Иванов", "Пётр", "Андреевич"), ("Иванова", "Анна", ""),
              ("Иванов", "Алексей", "Юрьевич"), ("иванов", "Пётр", "Андреевич")]
    ordered = sorted(people, key=lambda p: person_sort_key(*p))
    assert ordered[0] == ("Иванов", "Алексей", "Юрьевич")
    assert ordered[-1] == ("Иванова", "Анна", "")
    assert ordered[3] == ("Иванов", "Пётр", "Ильич")


def test_case_insensitive():
    assert name_sort_key("ЁЛКИН") == name_sort_key("ёлкин")


@given(st.text(alphabet=ALPHABET, max_size=6), st.text(alphabet=ALPHABET, max_size=6))
def test_matches_alphabet_order(a, b):
    def ranks(s):
        return [ALPHABET.index(c) for c in s]

    assert (name_sort_key(a) < name_sort_key(b)) == (ranks(a) < ranks(b))


def test_name_forms():
    assert full_name("Иванов", "Иван", "Иванович") == "Иванов Иван Иванович"
    assert full_name("Смит", "Джон", None) == "Смит Джон"
    assert short_name("Иванов", "Иван", "Иванович") == "Иванов И. И."
    assert short_name("Смит", "Джон", "") == "Смит Д."
    assert short_name("Ёлкина", "анна-мария", "") == "Ёлкина А.-М."
    assert short_name("Петров") == "Петров"
