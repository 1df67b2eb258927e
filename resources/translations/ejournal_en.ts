<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Нет данных</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Список класса здесь не изменяется</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Средний балл вычисляется по отметкам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Страница журнала открыта только для просмотра</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ученик не числился в списке класса (группы) в этот период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>за период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>за год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>за экзамен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>итоговую</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Номер по списку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ученик</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Фамилия, имя, отчество</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ур.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Урок {0:%d.%m.%Y}, {1}-й по расписанию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Тема: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Домашнее задание: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вид работы: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ср.
балл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Средний взвешенный балл за период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>За
период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отметка за {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Годовая отметка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Экза-
мен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Экзаменационная отметка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Итог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Итоговая отметка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: в списке класса (группы) в этом периоде {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} (вес {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Посещаемость: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Предлагается по среднему баллу: {0} (ещё не выставлена)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>удалить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Заявка на исправление: {0} → {1}. Причина: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Исправление разрешено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В исправлении отказано</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Примечание: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Поставлена отметка {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {0}, вес {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; комментарий: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отметка изменена: {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> по заявке на исправление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отметка {0} удалена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Удаление отменено (Ctrl+Z): отметка {0} возвращена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Изменение отменено (Ctrl+Z): {0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Запись отменена (Ctrl+Z): отметка {0} убрана</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceReasonDialog</name>
    <message>
        <source>Указать причину</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>За эти дни у ученика нет пропусков «Н»: изменять нечего.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Причина отсутствия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пропуски «Н» ученика за выбранные дни во всех предметах станут «П» (по уважительной причине) или «Б» (по болезни). Укажите основание: справку, заявление родителей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ученик:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Дни:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>с</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>по</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Причина:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Б — болезнь</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>П — уважительная причина</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Основание:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>например: справка № 15 из поликлиники</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Учётная запись {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новая учётная запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— не связана —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Учётная запись</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Логин:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Кто это:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Человек:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Роли</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Логин</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Кто</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Роли</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Состояние</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Последний вход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>отключена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ждёт смены пароля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>активна</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Учётные записи учеников и родителей моего класса</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Включить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Отключить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ключ базы на этом компьютере</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Хранить ключ на этом компьютере?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Не выполнено</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сброс пароля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выдать {0} новый временный пароль? Прежний пароль перестанет действовать.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Временный пароль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Логин: {0}
Временный пароль: {1}

Передайте его владельцу лично. При первом входе программа попросит сменить пароль.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Нет классов, для которых вы можете выдать пароли.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пароли для класса</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Класс (новые пароли получат те, кто ещё не входил):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сохранить листок с паролями</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пароли выданы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новые временные пароли: {0}. Листок для печати сохранён:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пароли не выданы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Все ученики и родители класса {0} уже входили в журнал.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Учётные записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Поиск по логину или имени…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показывать отключённые</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Создать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Сбросить пароль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Хранить ключ базы на этом компьютере</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Нужно для компьютера, где входят родители и ученики, и для резервного копирования по расписанию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Пароли для класса (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Учётные записи</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервное копирование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Закрытие года</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Проверенных резервных копий этой базы ещё нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Последняя проверенная копия: {0} ({1} дн. назад).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка для резервных копий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сделать резервную &amp;копию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сделать резервную &amp;копию (выбрано: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Один носитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выбран один носитель, а регламент требует копию на два. Сделать копию только на {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервное копирование</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Снимок базы…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>записана и проверена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   удалены старые копии: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервная копия сделана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Копия сделана не на все носители</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервная копия не сделана</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ошибка ввода-вывода: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Резервные копии журнала (*.ejb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверка резервной копии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверка {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Копия исправна: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Копия исправна</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Копия не прошла проверку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверить резервную копию</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Восстановить базу из копии?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Текущая база будет заменена этой копией; её нынешнее состояние сохранится в папке рядом с базой. Программа закроет окно и откроет восстановленную базу, войдите заново.

Восстановить?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Восстановить из резервной копии</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Лист не составлен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Лист восстановления ключа сохранён: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Лист восстановления ключа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Лист сохранён:
{0}

Распечатайте его, уберите в сейф школы и удалите файл (и из корзины): ключ не должен оставаться на компьютере.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>На листе будет напечатан ключ базы. Кто держит лист, тот откроет базу и все её резервные копии в обход любых ролей и паролей. Храните его только в сейфе школы.

Составить лист?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Лист восстановления ключа.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сохранить лист восстановления ключа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отметьте два внешних носителя: копия записывается на оба, читается обратно и проверяется. Старые копии удаляются по правилам хранения только после того, как новая проверена.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Добавить папку…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка на сетевом диске или на носителе, которого нет в списке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Обновить список</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Копии и ключ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Проверить копию…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Восстановить…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Лист восстановления ключа (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Здесь появятся итоги копирования и проверки.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Вы вошли с временным паролем. Придумайте свой: не короче 8 символов, с буквами и цифрами. Временный пароль больше не подойдёт.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сменить пароль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выйти</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новый пароль и повтор не совпадают.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Смена пароля</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Придумайте новый пароль: не короче 8 символов, с буквами и цифрами.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Текущий пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Новый пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Повторите:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionRequestDialog</name>
    <message>
        <source>Срок исправления отметок за урок {0:%d.%m.%Y} истёк. Изменить или удалить отметку ученика {1} можно по заявке с объяснительной; решение принимает заместитель директора.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Подать заявку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Укажите причину исправления отметки (объяснительную)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Заявка на исправление отметки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Отметка:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Новая отметка:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>пусто — удалить отметку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Причина (объяснительная):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Заявки на исправление отметок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Показывать рассмотренные заявки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Примечание к решению:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Разрешить</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Отклонить</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <source>Урок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Класс, предмет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ученик</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Исправление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Причина</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Кто просит</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Решение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>удалить</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ученик</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Решение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Куда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Неудовлетворительно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Основание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (по умолчанию: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выпуск</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Дата</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Урок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Предмет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Тема урока</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Домашнее задание</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отметки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пропуск</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Неделя {0:%d.%m} – {1:%d.%m.%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Средний балл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ученик:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Неделя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Предыдущая</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Неделя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Следующая →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Текущая</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Успеваемость</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Период:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrivesModel</name>
    <message>
        <source>Носитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка для копий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Свободно</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Последняя копия</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нет копий</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (копий: {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>Класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Предмет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Учитель</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Без отметки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ученики</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Журнал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Открыть страницу журнала «{0}», чтобы выставить годовые отметки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Открыть журнал</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Нет страниц журнала, доступных вам в этом учебном году.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1:%d.%m} – {2:%d.%m})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>по уроку</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (вес {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>учитель {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1:%d.%m.%Y} – {2:%d.%m.%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>учеников: {0}, уроков: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>только просмотр</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Страница закрыта администратором (п. 4.2 г Положения): отметки, посещаемость, темы уроков и исправления на ней не принимаются.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Открыть её можно кнопкой «Открыть страницу».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Открыть стр&amp;аницу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Закрыть стр&amp;аницу</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Разрешить снова записи на этой предметной странице</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Закрыть предметную страницу: никто не сможет вносить и исправлять записи (п. 4.2 г)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Заявка на исправление отправлена заместителю директора.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>История отметки…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Указать причину отсутствия…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вид работы для новых отметок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Комментарий к новой отметке…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Заявка на исправление отметки…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Комментарий к отметке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Комментарий к следующей отметке (виден ученику и родителям):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Следующая отметка будет записана с комментарием «{0}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выберите столбец урока</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:%d.%m.%Y}, {1}, {2}-й урок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Урок {0:%d.%m.%Y} сохранён.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>нет замены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Урок {0:%d.%m.%Y}: замена — {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Урок {0:%d.%m.%Y}: замена снята.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Причина отсутствия указана: изменено уроков — {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Страница «{0}» закрыта.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Страница «{0}» снова открыта для записей.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Класс и предмет:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Период:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новые &amp;отметки как:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>С каким видом работы (и весом) записываются новые отметки; «по уроку» — как указано у урока</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Причины о&amp;тсутствия…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Заменить «Н» ученика на «П» или «Б» за несколько дней, с основанием (справка, заявление)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Заявки на исправление…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Урок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Дата:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Тема:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Тема урока</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ви&amp;д работы:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>За&amp;мена:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Кто ведёт урок вместо учителя: заменяющий видит страницу и заполняет этот урок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Домашнее &amp;задание:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Что задано на дом</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Сохранить урок</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Электронный журнал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сеанс заблокирован</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сеанс заблокирован после {0} мин. бездействия. Введённые данные сохранены; чтобы продолжить, введите пароль.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Выход из программы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Разблокировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Введите логин и пароль.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вход в электронный журнал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Введите логин и пароль, выданные администратором или классным руководителем.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Логин:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Логин</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Пароль:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пароль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сменить &amp;пользователя</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Выход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Войти</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Раздел «{0}» появится в одной из следующих версий программы.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Электронный журнал — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сведения о школе не заполнены</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Учебный год: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>не создан</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Классов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Обучающихся</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сотрудников</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Уроков в расписании года</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отметок</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Это демонстрационная школа: все люди и отметки вымышлены. Учётные записи демо-школы: admin, director, zavuch, secretary, teacher01…; пароль — demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}–{1} кл.: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>вне учебных периодов</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}) · учебный год {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>О программе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Электронный журнал, версия {0}.
Работает без интернета; данные хранятся в зашифрованной базе на этом компьютере.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Электронный журнал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Разделы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В журнале</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Файл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Справка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>В&amp;ыход</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сменить &amp;пароль…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Заблокировать сеанс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сменить по&amp;льзователя…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;О программе</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkHistoryDialog</name>
    <message>
        <source>{0}, урок {1:%d.%m.%Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отметка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Когда</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Кто</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Что произошло</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>История отметки</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Выберите переписку слева или напишите новое сообщение.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Написать…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Переписка</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ответ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Отправить</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMessageDialog</name>
    <message>
        <source>Выберите, кому написать.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Новое сообщение</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Кому:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Тема:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Виды отчётов ещё не подключены.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Вся школа</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— не выбран —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выберите отчёт в списке слева.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Для отчёта «{0}» выберите {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>класс</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>период</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>месяц</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ученика</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>предмет</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Формируется отчёт «{0}»…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Формирование отчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт не сформирован</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Формирование отчёта отменено.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт сформирован: строк в таблицах — {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт сформирован, но данных для него нет.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: отменено пользователем.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сохранить отчёт в PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сохранить отчёт в Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сохранение отчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Запись {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сохранение отменено, файл не записан.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт сохранён: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Файл «{0}» не сохранён</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Печать отчёта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт отправлен на печать: листов — {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отчёт не напечатан: не удалось открыть принтер.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Отчёты</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверить р&amp;аспечатку…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сверить распечатанные страницы журнала с тем, что в журнале сейчас, по коду на листе</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Параметры</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Класс:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Период:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Месяц:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ученик:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>П&amp;редмет:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>С&amp;формировать</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сохранить &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сохранить &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Пе&amp;чать…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <source>Лист</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Результат</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} из {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>совпадает</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Введите код документа с листа распечатки или текст его QR-кода.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сверяю распечатку с журналом…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Распечатка совпадает с журналом: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Распечатка не совпадает с журналом: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Ошибка чтения базы: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Файл «{0}» не прочитан: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Текст QR-кода</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Текст (*.txt);;Все файлы (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверка распечатки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Введите код документа, напечатанный внизу листа (например, 7KQM-3XWA), или текст его QR-кода: программа сверит распечатку с тем, что журнал содержит сейчас.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Код или текст QR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX или EJ1:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Из &amp;файла…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Текстовый файл с текстом QR-кода, сохранённый программой сканирования</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Проверить</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearClosingWizard</name>
    <message>
        <source>Закрытие учебного года</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Закрытие {0} учебного года</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Занятия {0} учебного года окончены {1:%d.%m.%Y}. Год закрывается по приказу директора; после закрытия он доступен только для просмотра и печати.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Годовые отметки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Решения по ученикам</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Архив года</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Приказ и закрытие</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Итог</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Закрыть учебный год</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Готово</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Далее &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Для всего &amp;класса {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Для всего &amp;класса</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Нет годовых отметок в журналах: {0} (учеников без отметки: {1}). Пока они не выставлены, год закрыть нельзя. Откройте журнал строки, выставьте отметки («н/а» и «осв.» тоже считаются) и нажмите «Проверить снова».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Годовые отметки выставлены во всех журналах учебного плана. Нажмите «Далее».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>все классы</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Всего: {0} · переводятся: {1} · условно: {2} · повторное обучение: {3} · выпуск: {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} класс)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Решение педагогического совета: {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Решение педагогического совета</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка для архива года</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выбрано носителей: {0}. Архив года записывается не более чем на {1} носителя: снимите лишние отметки.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Носители не выбраны: год будет закрыт без архива. Положение (п. 7.5–7.6) требует архива на трёх носителях.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Выбрано носителей: {0} из {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Учебный год {0} будет закрыт по приказу № {1} от {2:%d.%m.%Y}: его журналы станут доступны только для просмотра и печати.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Учеников: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  переводятся в следующий класс: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  переводятся условно: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  остаются на повторное обучение: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  выпускаются: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>По классам:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>в {0}{1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>условно: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>повторно: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>выпуск: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Будет создан учебный год {0}/{1} с периодами и каникулами по умолчанию; классы, классные руководители и учебная нагрузка копируются для проверки. Расписание составляется заново.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Архив года записывается на носители:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Архив года не записывается: носители не выбраны.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Сейчас закрыть год нельзя: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Закрыть {0} учебный год по приказу № {1} от {2:%d.%m.%Y}?

Ученики будут переведены, выпускники выбудут, будет создан новый учебный год. Отменить закрытие нельзя.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Архив года не будет записан: носители не выбраны.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Проверка годовых отметок…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>архив записан и проверен</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Учебный год {0} закрыт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Учебный год {0} закрыт и доступен только для просмотра и печати. Открыт учебный год {1}: проверьте классы, классных руководителей и учебную нагрузку, составьте расписание.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Учебный год не закрыт</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Открыть журнал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Открыть страницу журнала выбранной строки, чтобы выставить годовые отметки</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Проверить снова</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Класс:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Только &amp;изменённые и не переводимые</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Решение:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Основание:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>решение педсовета, протокол №…; заявление родителей…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Для &amp;ученика</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Архив года записывается на три носителя (п. 7.6 Положения): для архива школы, для администратора журнала и для заместителя директора по информатизации. Отметьте до трёх носителей: архив записывается на каждый, читается обратно и проверяется; год закрывается, только если все архивы записаны.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Добавить папку…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Папка на сетевом диске или на носителе, которого нет в списке</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Обновить &amp;список</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Номер приказа директора:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>например, 45-у</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Дата приказа:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Что будет сделано:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Назад</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Электронный журнал</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>База не восстановлена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>База журнала не открыта</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>База восстановлена из копии.
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Прежняя база сохранена в {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Восстановление</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Демонстрационная школа, все данные вымышлены. Войдите как admin, director, zavuch, secretary, teacher01 … или parent-5a-01; пароль у всех — demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Отмена</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Отмена… дождитесь, пока программа уберёт начатое.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
