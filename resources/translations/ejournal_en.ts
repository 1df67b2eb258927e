<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ru">
<context>
    <name></name>
    <message>
        <source>Нет данных</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Список класса здесь не изменяется</source>
        <translation>The class list is not changed here</translation>
    </message>
    <message>
        <source>Средний балл вычисляется по отметкам</source>
        <translation>The average is calculated from the marks</translation>
    </message>
    <message>
        <source>Номер по списку</source>
        <translation>Number on the class list</translation>
    </message>
    <message>
        <source>Ученик</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Фамилия, имя, отчество</source>
        <translation>Surname, first name, patronymic</translation>
    </message>
    <message>
        <source>{0} ур.</source>
        <translation>lesson {0}</translation>
    </message>
    <message>
        <source>инд.</source>
        <translation>indiv.</translation>
    </message>
    <message>
        <source>Урок {0:%d.%m.%Y}, {1}-й по расписанию</source>
        <translation>Lesson {0:%d.%m.%Y}, period {1} of the timetable</translation>
    </message>
    <message>
        <source> (сокращённый день)</source>
        <translation> (short day)</translation>
    </message>
    <message>
        <source>Тема: {0}</source>
        <translation>Topic: {0}</translation>
    </message>
    <message>
        <source>Домашнее задание: {0}</source>
        <translation>Homework: {0}</translation>
    </message>
    <message>
        <source>Вид работы: {0}</source>
        <translation>Work type: {0}</translation>
    </message>
    <message>
        <source>Замена: урок ведёт {0}</source>
        <translation>Cover: the lesson is taught by {0}</translation>
    </message>
    <message>
        <source>Индивидуальное обучение: {0} (отметки ставятся на его странице)</source>
        <translation>Individual tuition: {0} (marks are given on its own page)</translation>
    </message>
    <message>
        <source>Ср.
балл</source>
        <translation>Avg.
mark</translation>
    </message>
    <message>
        <source>Средний взвешенный балл за период</source>
        <translation>Weighted average mark for the period</translation>
    </message>
    <message>
        <source>За
период</source>
        <translation>Period
mark</translation>
    </message>
    <message>
        <source>Отметка за {0}</source>
        <translation>Mark for {0}</translation>
    </message>
    <message>
        <source>Год</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Годовая отметка</source>
        <translation>Year mark</translation>
    </message>
    <message>
        <source>Экза-
мен</source>
        <translation>Exam
mark</translation>
    </message>
    <message>
        <source>Экзаменационная отметка</source>
        <translation>Exam mark</translation>
    </message>
    <message>
        <source>Итог</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Итоговая отметка</source>
        <translation>Final mark</translation>
    </message>
    <message>
        <source>{0}: в списке класса (группы) в этом периоде {1}</source>
        <translation>{0}: on the class (group) list in this period {1}</translation>
    </message>
    <message>
        <source>{0} — {1} (вес {2})</source>
        <translation>{0} — {1} (weight {2})</translation>
    </message>
    <message>
        <source>заявка на исправление ждёт решения заместителя директора</source>
        <translation>a correction request waits for the deputy&apos;s decision</translation>
    </message>
    <message>
        <source>Посещаемость: {0}</source>
        <translation>Attendance: {0}</translation>
    </message>
    <message>
        <source>Предлагается по среднему баллу: {0} (ещё не выставлена)</source>
        <translation>Suggested by the average: {0} (not given yet)</translation>
    </message>
    <message>
        <source>удалить</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>Заявка на исправление: {0} → {1}. Причина: {2}</source>
        <translation>Correction request: {0} → {1}. Reason: {2}</translation>
    </message>
    <message>
        <source>Исправление разрешено</source>
        <translation>Correction approved</translation>
    </message>
    <message>
        <source>В исправлении отказано</source>
        <translation>Correction refused</translation>
    </message>
    <message>
        <source>. Примечание: {0}</source>
        <translation>. Note: {0}</translation>
    </message>
    <message>
        <source>Поставлена отметка {0}</source>
        <translation>Mark {0} given</translation>
    </message>
    <message>
        <source> — {0}, вес {1}</source>
        <translation> — {0}, weight {1}</translation>
    </message>
    <message>
        <source>; комментарий: {0}</source>
        <translation>; comment: {0}</translation>
    </message>
    <message>
        <source>Отметка изменена: {0} → {1}</source>
        <translation>Mark changed: {0} → {1}</translation>
    </message>
    <message>
        <source> по заявке на исправление</source>
        <translation> by a correction request</translation>
    </message>
    <message>
        <source>Отметка {0} удалена</source>
        <translation>Mark {0} removed</translation>
    </message>
    <message>
        <source>Удаление отменено (Ctrl+Z): отметка {0} возвращена</source>
        <translation>Removal undone (Ctrl+Z): mark {0} restored</translation>
    </message>
    <message>
        <source>Изменение отменено (Ctrl+Z): {0} → {1}</source>
        <translation>Change undone (Ctrl+Z): {0} → {1}</translation>
    </message>
    <message>
        <source>Запись отменена (Ctrl+Z): отметка {0} убрана</source>
        <translation>Entry undone (Ctrl+Z): mark {0} taken away</translation>
    </message>
</context>
<context>
    <name>AbsenceReasonDialog</name>
    <message>
        <source>Указать причину</source>
        <translation>Record reason</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>За эти дни у ученика нет пропусков «Н»: изменять нечего.</source>
        <translation>The pupil has no “Н” absences on these days: nothing to change.</translation>
    </message>
    <message>
        <source>Причина отсутствия</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Пропуски «Н» ученика за выбранные дни во всех предметах станут «П» (по уважительной причине) или «Б» (по болезни). Укажите основание: справку, заявление родителей.</source>
        <translation>The pupil’s “Н” absences on the chosen days in all subjects become “П” (authorised) or “Б” (illness). Give the evidence: a doctor’s note, a letter from the parents.</translation>
    </message>
    <message>
        <source>&amp;Ученик:</source>
        <translation>P&amp;upil:</translation>
    </message>
    <message>
        <source>&amp;Дни:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <source>с</source>
        <translation>from</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>по</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Причина:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Б — болезнь</source>
        <translation>Б — illness</translation>
    </message>
    <message>
        <source>П — уважительная причина</source>
        <translation>П — authorised absence</translation>
    </message>
    <message>
        <source>&amp;Основание:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>например: справка № 15 из поликлиники</source>
        <translation>e.g. doctor’s note No. 15 from the clinic</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Сотрудник</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Ученик</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Родитель</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Учётная запись {0}</source>
        <translation>Account {0}</translation>
    </message>
    <message>
        <source>Новая учётная запись</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>— не связана —</source>
        <translation>— not linked —</translation>
    </message>
    <message>
        <source>Учётная запись</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Логин:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Кто это:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Человек:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>Роли</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Логин</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Кто</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Роли</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Состояние</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Последний вход</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>отключена</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>ждёт смены пароля</source>
        <translation>awaiting password change</translation>
    </message>
    <message>
        <source>активна</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Учётные записи учеников и родителей моего класса</source>
        <translation>Accounts of my class’s pupils and parents</translation>
    </message>
    <message>
        <source>&amp;Включить</source>
        <translation>Ena&amp;ble</translation>
    </message>
    <message>
        <source>&amp;Отключить</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Ключ базы на этом компьютере</source>
        <translation>Database key on this computer</translation>
    </message>
    <message>
        <source>Хранить ключ на этом компьютере?</source>
        <translation>Keep the key on this computer?</translation>
    </message>
    <message>
        <source>Не выполнено</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Сброс пароля</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Выдать {0} новый временный пароль? Прежний пароль перестанет действовать.</source>
        <translation>Give {0} a new temporary password? The old password will stop working.</translation>
    </message>
    <message>
        <source>Временный пароль</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Логин: {0}
Временный пароль: {1}

Передайте его владельцу лично. При первом входе программа попросит сменить пароль.</source>
        <translation>Login: {0}
Temporary password: {1}

Hand it to its owner in person. At the first sign-in the program will ask for a new password.</translation>
    </message>
    <message>
        <source>Нет классов, для которых вы можете выдать пароли.</source>
        <translation>There are no classes you can give passwords for.</translation>
    </message>
    <message>
        <source>Пароли для класса</source>
        <translation>Class passwords</translation>
    </message>
    <message>
        <source>Класс (новые пароли получат те, кто ещё не входил):</source>
        <translation>Class (those who have not signed in yet get new passwords):</translation>
    </message>
    <message>
        <source>Пароли {0}.pdf</source>
        <translation>Passwords {0}.pdf</translation>
    </message>
    <message>
        <source>Сохранить листок с паролями</source>
        <translation>Save the password slips</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Пароли выданы</source>
        <translation>Passwords issued</translation>
    </message>
    <message>
        <source>Новые временные пароли: {0}. Листок для печати сохранён:
{1}</source>
        <translation>New temporary passwords: {0}. The slips for printing are saved:
{1}</translation>
    </message>
    <message>
        <source>Пароли не выданы</source>
        <translation>Passwords not issued</translation>
    </message>
    <message>
        <source>Все ученики и родители класса {0} уже входили в журнал.</source>
        <translation>All pupils and parents of class {0} have already signed in to the journal.</translation>
    </message>
    <message>
        <source>Учётные записи</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Поиск по логину или имени…</source>
        <translation>Search by login or name…</translation>
    </message>
    <message>
        <source>Показывать отключённые</source>
        <translation>Show disabled</translation>
    </message>
    <message>
        <source>&amp;Создать…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Изменить…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Сбросить п&amp;ароль</source>
        <translation>Reset p&amp;assword</translation>
    </message>
    <message>
        <source>Хранить ключ базы на этом компьютере</source>
        <translation>Keep the database key on this computer</translation>
    </message>
    <message>
        <source>Нужно для компьютера, где входят родители и ученики, и для резервного копирования по расписанию</source>
        <translation>Needed on a computer where parents and pupils sign in, and for scheduled backups</translation>
    </message>
    <message>
        <source>&amp;Пароли для класса (PDF)…</source>
        <translation>Class &amp;passwords (PDF)…</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Учётные записи</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Резервное копирование</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Закрытие года</source>
        <translation>Year closing</translation>
    </message>
    <message>
        <source>Обмен данными</source>
        <translation>Data exchange</translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <source>Подключён носитель с резервными копиями школы:
{0}

Еженедельная резервная копия не делалась больше недели. Сделать копию сейчас?</source>
        <translation>A drive with the school&apos;s backups is plugged in:
{0}

The weekly backup has not been made for more than a week. Make it now?</translation>
    </message>
    <message>
        <source>Положение требует копии на два носителя: подключите и второй.</source>
        <translation>The regulation asks for backups on two drives: plug in the second one too.</translation>
    </message>
    <message>
        <source>Резервная копия</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>{0},{1} ТБ</source>
        <translation>{0}.{1} TB</translation>
    </message>
    <message>
        <source>{0},{1} ГБ</source>
        <translation>{0}.{1} GB</translation>
    </message>
    <message>
        <source>{0},{1} МБ</source>
        <translation>{0}.{1} MB</translation>
    </message>
    <message>
        <source>{0} КБ</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>Проверенных резервных копий этой базы ещё нет.</source>
        <translation>There are no verified backups of this database yet.</translation>
    </message>
    <message>
        <source>Последняя проверенная копия: {0} ({1} дн. назад).</source>
        <translation>Last verified backup: {0} ({1} days ago).</translation>
    </message>
    <message>
        <source>Папка для резервных копий</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <source>Сделать резервную &amp;копию</source>
        <translation>Make a &amp;backup</translation>
    </message>
    <message>
        <source>Сделать резервную &amp;копию (выбрано: {0})</source>
        <translation>Make a &amp;backup ({0} chosen)</translation>
    </message>
    <message>
        <source>Резервное копирование</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Снимок базы…</source>
        <translation>Taking a snapshot of the database…</translation>
    </message>
    <message>
        <source>записана и проверена</source>
        <translation>written and verified</translation>
    </message>
    <message>
        <source>   удалены старые копии: {0}</source>
        <translation>   old backups removed: {0}</translation>
    </message>
    <message>
        <source>Резервная копия сделана</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Копия сделана не на все носители</source>
        <translation>Backup not made on every drive</translation>
    </message>
    <message>
        <source>Резервная копия не сделана</source>
        <translation>Backup not made</translation>
    </message>
    <message>
        <source>Ошибка ввода-вывода: {0}</source>
        <translation>Input/output error: {0}</translation>
    </message>
    <message>
        <source>Резервные копии журнала (*.ejb)</source>
        <translation>Journal backups (*.ejb)</translation>
    </message>
    <message>
        <source>Проверка резервной копии</source>
        <translation>Checking a backup</translation>
    </message>
    <message>
        <source>Проверка {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <source>Копия исправна: {0}</source>
        <translation>The backup is sound: {0}</translation>
    </message>
    <message>
        <source>Копия исправна</source>
        <translation>The backup is sound</translation>
    </message>
    <message>
        <source>Копия не прошла проверку</source>
        <translation>The backup failed the check</translation>
    </message>
    <message>
        <source>Проверить резервную копию</source>
        <translation>Check a backup</translation>
    </message>
    <message>
        <source>Восстановить базу из копии?</source>
        <translation>Restore the database from the backup?</translation>
    </message>
    <message>
        <source>{0}

Текущая база будет заменена этой копией; её нынешнее состояние сохранится в папке рядом с базой. Программа закроет окно и откроет восстановленную базу, войдите заново.

Восстановить?</source>
        <translation>{0}

The current database will be replaced by this backup; its present state is kept in a folder next to the database. The program will close the window and open the restored database; sign in again.

Restore?</translation>
    </message>
    <message>
        <source>Когда</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Итог</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Файл или носитель</source>
        <translation>File or drive</translation>
    </message>
    <message>
        <source>Почему один носитель</source>
        <translation>Why one drive</translation>
    </message>
    <message>
        <source>✓ проверена</source>
        <translation>✓ verified</translation>
    </message>
    <message>
        <source>✗ не сделана</source>
        <translation>✗ not made</translation>
    </message>
    <message>
        <source>Копия на один носитель</source>
        <translation>Backup to one drive</translation>
    </message>
    <message>
        <source>Выбран один носитель ({0}), а положение требует еженедельную копию на два.
Запишите, почему копия делается на один носитель; причина сохранится в журнале резервных копий.</source>
        <translation>One drive is chosen ({0}), but the regulation asks the weekly backup on two.
Write down why the backup goes to one drive; the reason is kept in the backup history.</translation>
    </message>
    <message>
        <source>Сделать копию</source>
        <translation>Make the backup</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Причина не указана. Подключите второй носитель или запишите, почему копия делается на один.</source>
        <translation>No reason given. Plug in a second drive or write down why the backup goes to one.</translation>
    </message>
    <message>
        <source>Восстановить из резервной копии</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Лист не составлен</source>
        <translation>Sheet not made</translation>
    </message>
    <message>
        <source>Лист восстановления ключа сохранён: {0}</source>
        <translation>Key recovery sheet saved: {0}</translation>
    </message>
    <message>
        <source>Лист восстановления ключа</source>
        <translation>Key recovery sheet</translation>
    </message>
    <message>
        <source>Лист сохранён:
{0}

Распечатайте его, уберите в сейф школы и удалите файл (и из корзины): ключ не должен оставаться на компьютере.</source>
        <translation>The sheet is saved:
{0}

Print it, put it in the school safe and delete the file (from the recycle bin too): the key must not stay on the computer.</translation>
    </message>
    <message>
        <source>На листе будет напечатан ключ базы. Кто держит лист, тот откроет базу и все её резервные копии в обход любых ролей и паролей. Храните его только в сейфе школы.

Составить лист?</source>
        <translation>The sheet will carry the database key. Whoever holds the sheet can open the database and all its backups, bypassing any roles and passwords. Keep it only in the school safe.

Make the sheet?</translation>
    </message>
    <message>
        <source>Лист восстановления ключа.pdf</source>
        <translation>Key recovery sheet.pdf</translation>
    </message>
    <message>
        <source>Сохранить лист восстановления ключа</source>
        <translation>Save the key recovery sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Отметьте два внешних носителя: копия записывается на оба, читается обратно и проверяется. Старые копии удаляются по правилам хранения только после того, как новая проверена.</source>
        <translation>Tick two external drives: the backup is written to both, read back and verified. Old backups are removed by the retention rules only after the new one has been verified.</translation>
    </message>
    <message>
        <source>&amp;Добавить папку…</source>
        <translation>&amp;Add folder…</translation>
    </message>
    <message>
        <source>Папка на сетевом диске или на носителе, которого нет в списке</source>
        <translation>A folder on a network drive or on a drive that is not in the list</translation>
    </message>
    <message>
        <source>&amp;Обновить список</source>
        <translation>&amp;Refresh list</translation>
    </message>
    <message>
        <source>Копии и ключ</source>
        <translation>Backups and key</translation>
    </message>
    <message>
        <source>&amp;Проверить копию…</source>
        <translation>&amp;Check a backup…</translation>
    </message>
    <message>
        <source>&amp;Восстановить…</source>
        <translation>Re&amp;store…</translation>
    </message>
    <message>
        <source>&amp;Лист восстановления ключа (PDF)…</source>
        <translation>&amp;Key recovery sheet (PDF)…</translation>
    </message>
    <message>
        <source>Здесь появятся итоги копирования и проверки.</source>
        <translation>The results of backups and checks will appear here.</translation>
    </message>
    <message>
        <source>Журнал резервных копий</source>
        <translation>Backup history</translation>
    </message>
</context>
<context>
    <name>BellsModel</name>
    <message>
        <source>Урок</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Начало</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Конец</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Время «{0}» не понято: нужно ЧЧ:ММ, например 08:30.</source>
        <translation>Time “{0}” not understood: use HH:MM, e.g. 08:30.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Вы вошли с временным паролем. Придумайте свой: не короче 8 символов, с буквами и цифрами. Временный пароль больше не подойдёт.</source>
        <translation>You signed in with a temporary password. Choose your own: at least 8 characters, with letters and digits. The temporary password will no longer work.</translation>
    </message>
    <message>
        <source>Сменить пароль</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Выйти</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Новый пароль и повтор не совпадают.</source>
        <translation>The new password and its repetition do not match.</translation>
    </message>
    <message>
        <source>Смена пароля</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Придумайте новый пароль: не короче 8 символов, с буквами и цифрами.</source>
        <translation>Choose a new password: at least 8 characters, with letters and digits.</translation>
    </message>
    <message>
        <source>&amp;Текущий пароль:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;Новый пароль:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Повторите:</source>
        <translation>&amp;Repeat:</translation>
    </message>
</context>
<context>
    <name>ClassListModel</name>
    <message>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Пол</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>С какого числа</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Согласие на ПД</source>
        <translation>Data consent</translation>
    </message>
    <message>
        <source>Выбыл(а) из класса {0}; номер в списке сохраняется до конца года</source>
        <translation>Left the class on {0}; the list number is kept until the end of the year</translation>
    </message>
    <message>
        <source>родитель</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>м</source>
        <translation>M</translation>
    </message>
    <message>
        <source>ж</source>
        <translation>F</translation>
    </message>
    <message>
        <source>выбыл(а) {0}</source>
        <translation>left {0}</translation>
    </message>
    <message>
        <source>есть</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source> (мой класс)</source>
        <translation> (my class)</translation>
    </message>
    <message>
        <source>Классов нет.</source>
        <translation>There are no classes.</translation>
    </message>
    <message>
        <source>, классный руководитель {0}</source>
        <translation>, form tutor {0}</translation>
    </message>
    <message>
        <source>{0} класс, {1} учебный год{2} · учеников на {3}: {4}{5}</source>
        <translation>Class {0}, school year {1}{2} · pupils on {3}: {4}{5}</translation>
    </message>
    <message>
        <source> · без согласия на ПД: {0}</source>
        <translation> · without data consent: {0}</translation>
    </message>
    <message>
        <source>Поиск «{0}» по школе: найдено {1}</source>
        <translation>Search for “{0}” across the school: {1} found</translation>
    </message>
    <message>
        <source>Список учеников из Excel или CSV</source>
        <translation>Pupil list from Excel or CSV</translation>
    </message>
    <message>
        <source>Таблицы (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Импортировано учеников: {0}; родителей добавлено: {1}.</source>
        <translation>Pupils imported: {0}; parents added: {1}.</translation>
    </message>
    <message>
        <source>Экспорт списка класса</source>
        <translation>Export the class list</translation>
    </message>
    <message>
        <source>Список {0} класса.xlsx</source>
        <translation>Class list {0}.xlsx</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Список не сохранён: {0}</source>
        <translation>The list was not saved: {0}</translation>
    </message>
    <message>
        <source>Список класса сохранён: {0}</source>
        <translation>Class list saved: {0}</translation>
    </message>
    <message>
        <source>Пустой шаблон списка учеников</source>
        <translation>Blank pupil list template</translation>
    </message>
    <message>
        <source>Шаблон списка учеников.xlsx</source>
        <translation>Pupil list template.xlsx</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx);;Текст CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV text (*.csv)</translation>
    </message>
    <message>
        <source>Шаблон не сохранён: {0}</source>
        <translation>The template was not saved: {0}</translation>
    </message>
    <message>
        <source>Шаблон сохранён: {0}</source>
        <translation>Template saved: {0}</translation>
    </message>
    <message>
        <source>&amp;Класс:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>на &amp;дату:</source>
        <translation>on &amp;date:</translation>
    </message>
    <message>
        <source>Поиск ученика по всей школе: фамилия, имя…</source>
        <translation>Find a pupil across the school: surname, first name…</translation>
    </message>
    <message>
        <source>Ка&amp;рточка ученика…</source>
        <translation>Pupil &amp;record…</translation>
    </message>
    <message>
        <source>&amp;Прибытие…</source>
        <translation>&amp;Arrival…</translation>
    </message>
    <message>
        <source>Зачислить ученика в класс по приказу</source>
        <translation>Enrol a pupil in the class by an order</translation>
    </message>
    <message>
        <source>&amp;Выбытие…</source>
        <translation>De&amp;parture…</translation>
    </message>
    <message>
        <source>Отчислить выбранного ученика по приказу</source>
        <translation>Take the chosen pupil off the roll by an order</translation>
    </message>
    <message>
        <source>П&amp;еревод…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>Перевести выбранного ученика в другой класс по приказу</source>
        <translation>Move the chosen pupil to another class by an order</translation>
    </message>
    <message>
        <source>Без &amp;согласия на ПД…</source>
        <translation>&amp;No data consent…</translation>
    </message>
    <message>
        <source>Ученики и сотрудники, от которых нет согласия на обработку персональных данных</source>
        <translation>Pupils and staff who have not given consent to the processing of personal data</translation>
    </message>
    <message>
        <source>&amp;Группы…</source>
        <translation>&amp;Groups…</translation>
    </message>
    <message>
        <source>Разделить класс на группы по предмету и перенести учеников между группами</source>
        <translation>Split the class into groups for a subject and move pupils between the groups</translation>
    </message>
    <message>
        <source>&amp;Импорт из Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>&amp;Экспорт в Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Сохранить &amp;шаблон…</source>
        <translation>Save te&amp;mplate…</translation>
    </message>
</context>
<context>
    <name>CorrectionRequestDialog</name>
    <message>
        <source>Срок исправления отметок за урок {0:%d.%m.%Y} истёк. Изменить или удалить отметку ученика {1} можно по заявке с объяснительной; решение принимает заместитель директора.</source>
        <translation>The time for correcting marks of the lesson on {0:%d.%m.%Y} is over. The mark of {1} can be changed or removed by a request with an explanation; the deputy head decides.</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Подать заявку</source>
        <translation>Submit request</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Укажите причину исправления отметки (объяснительную)</source>
        <translation>Give the reason for correcting the mark (an explanation)</translation>
    </message>
    <message>
        <source>Заявка на исправление отметки</source>
        <translation>Mark correction request</translation>
    </message>
    <message>
        <source>&amp;Отметка:</source>
        <translation>&amp;Mark:</translation>
    </message>
    <message>
        <source>&amp;Новая отметка:</source>
        <translation>&amp;New mark:</translation>
    </message>
    <message>
        <source>пусто — удалить отметку</source>
        <translation>empty — remove the mark</translation>
    </message>
    <message>
        <source>&amp;Причина (объяснительная):</source>
        <translation>&amp;Reason (explanation):</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Заявки на исправление отметок</source>
        <translation>Mark correction requests</translation>
    </message>
    <message>
        <source>Показывать рассмотренные заявки</source>
        <translation>Show decided requests</translation>
    </message>
    <message>
        <source>&amp;Примечание к решению:</source>
        <translation>&amp;Note on the decision:</translation>
    </message>
    <message>
        <source>&amp;Разрешить</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Отклонить</source>
        <translation>&amp;Refuse</translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <source>ждёт решения</source>
        <translation>awaiting decision</translation>
    </message>
    <message>
        <source>разрешена</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>отклонена</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Урок</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Класс, предмет</source>
        <translation>Class, subject</translation>
    </message>
    <message>
        <source>Ученик</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Исправление</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Причина</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Кто просит</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Решение</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>удалить</source>
        <translation>remove</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>— ученики разных классов —</source>
        <translation>— pupils of several classes —</translation>
    </message>
    <message>
        <source>Все классы</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>&amp;Записать</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Отмена</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>Новый курс</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Курс: {0}</source>
        <translation>Course: {0}</translation>
    </message>
    <message>
        <source>Ученик (один)</source>
        <translation>Pupil (one)</translation>
    </message>
    <message>
        <source>Ученики</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Группа продлённого дня</source>
        <translation>After-school club</translation>
    </message>
    <message>
        <source>Факультатив</source>
        <translation>Elective</translation>
    </message>
    <message>
        <source>Кружок</source>
        <translation>Club</translation>
    </message>
    <message>
        <source>Индивидуальное обучение</source>
        <translation>Individual tuition</translation>
    </message>
    <message>
        <source>Выбрано: {0}{1}</source>
        <translation>Chosen: {0}{1}</translation>
    </message>
    <message>
        <source> (классы: {0})</source>
        <translation> (classes: {0})</translation>
    </message>
    <message>
        <source>Курс</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>&amp;Вид:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Название:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>например, Кружок «Робототехника»</source>
        <translation>e.g. “Robotics” club</translation>
    </message>
    <message>
        <source>&amp;Предмет:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Учитель:</source>
        <translation>&amp;Teacher:</translation>
    </message>
    <message>
        <source>&amp;Класс:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>&amp;Часов в неделю:</source>
        <translation>&amp;Hours a week:</translation>
    </message>
    <message>
        <source>&amp;Оценивание:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>ставятся &amp;отметки (иначе — только посещаемость)</source>
        <translation>&amp;marks are given (otherwise attendance only)</translation>
    </message>
    <message>
        <source>фамилия…</source>
        <translation>surname…</translation>
    </message>
    <message>
        <source>Добавить выбранных учеников (Ctrl+→)</source>
        <translation>Add the chosen pupils (Ctrl+→)</translation>
    </message>
    <message>
        <source>Убрать выбранных учеников (Ctrl+←)</source>
        <translation>Take away the chosen pupils (Ctrl+←)</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>ejournal: прервано (Ctrl+C).</source>
        <translation>ejournal: interrupted (Ctrl+C).</translation>
    </message>
    <message>
        <source>Непредвиденная ошибка</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>В программе произошла непредвиденная ошибка. Сохранено всё, что было сохранено до неё; последнее действие могло не выполниться — проверьте его.</source>
        <translation>An unexpected error occurred in the program. Everything saved before it is kept; the last action may not have been completed — please check it.</translation>
    </message>
    <message>
        <source>Подробности записаны в журнал ошибок:
{path}
Передайте его администратору журнала.</source>
        <translation>The details are in the error log:
{path}
Please pass it to the journal&apos;s administrator.</translation>
    </message>
    <message>
        <source>Скопировать отчёт</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Журнал ошибок</source>
        <translation>Error log</translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <source>Предмет</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Группа</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Часов в неделю</source>
        <translation>Hours a week</translation>
    </message>
    <message>
        <source>Учитель</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Отметок</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Учебный план составляет заместитель директора по УР.</source>
        <translation>The curriculum is drawn up by the deputy head.</translation>
    </message>
    <message>
        <source>— весь класс —</source>
        <translation>— whole class —</translation>
    </message>
    <message>
        <source>весь класс</source>
        <translation>whole class</translation>
    </message>
    <message>
        <source>Сначала создайте класс.</source>
        <translation>Create a class first.</translation>
    </message>
    <message>
        <source>Выберите строку учебного плана.</source>
        <translation>Choose a line of the curriculum.</translation>
    </message>
    <message>
        <source>Учебный план</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Предметы класса с часами в неделю и учителями: каждая строка — страница журнала. Для деления на подгруппы выберите учителя второй группы.</source>
        <translation>The subjects of the class with their weekly hours and teachers: each line is a journal page. To split the class into groups, choose the second group&apos;s teacher.</translation>
    </message>
    <message>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Часов</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>2-я группа</source>
        <translation>2nd group</translation>
    </message>
    <message>
        <source>Добавить</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Сменить учителя и часы</source>
        <translation>Change teacher and hours</translation>
    </message>
    <message>
        <source>Убрать</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>«{0}» — не дата. Введите дату так: 02.12.2026, 2.12.26 или 02122026.</source>
        <translation>“{0}” is not a date. Type a date like 02.12.2026, 2.12.26 or 02122026.</translation>
    </message>
    <message>
        <source>{0} — вне допустимых дат ({1} — {2}).</source>
        <translation>{0} is outside the allowed dates ({1} – {2}).</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Ученик</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Решение</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Куда</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Неудовлетворительно</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Основание</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source> (по умолчанию: {0})</source>
        <translation> (default: {0})</translation>
    </message>
    <message>
        <source>выпуск</source>
        <translation>leaves school</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Урок</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Предмет</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Тема урока</source>
        <translation>Lesson topic</translation>
    </message>
    <message>
        <source>Домашнее задание</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>Отметки</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Пропуск</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Неделя {0:%d.%m} – {1:%d.%m.%Y}</source>
        <translation>Week {0:%d.%m} – {1:%d.%m.%Y}</translation>
    </message>
    <message>
        <source>{0} — {1} (вес {2:g})</source>
        <translation>{0} — {1} (weight {2:g})</translation>
    </message>
    <message>
        <source>Средний балл</source>
        <translation>Average mark</translation>
    </message>
    <message>
        <source>Год</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Ученик:</source>
        <translation>P&amp;upil:</translation>
    </message>
    <message>
        <source>&amp;Неделя</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>← &amp;Предыдущая</source>
        <translation>← Pre&amp;vious</translation>
    </message>
    <message>
        <source>Неделя</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>&amp;Следующая →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>&amp;Текущая</source>
        <translation>&amp;Current</translation>
    </message>
    <message>
        <source>Успе&amp;ваемость</source>
        <translation>Prog&amp;ress</translation>
    </message>
    <message>
        <source>&amp;Период:</source>
        <translation>&amp;Period:</translation>
    </message>
</context>
<context>
    <name>DrivesModel</name>
    <message>
        <source>Носитель</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Папка для копий</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Свободно</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Последняя копия</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>нет копий</source>
        <translation>no backups</translation>
    </message>
    <message>
        <source> (копий: {0})</source>
        <translation> ({0} backups)</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Раздел</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>В файле</source>
        <translation>In file</translation>
    </message>
    <message>
        <source>Уже в базе</source>
        <translation>In database</translation>
    </message>
    <message>
        <source>В файле есть ошибки: исправьте их и проверьте файл снова.</source>
        <translation>The file has errors: correct them and check the file again.</translation>
    </message>
    <message>
        <source>Ошибка ввода-вывода: {0}</source>
        <translation>Input/output error: {0}</translation>
    </message>
    <message>
        <source>Выгрузка в файл обмена</source>
        <translation>Export to an exchange file</translation>
    </message>
    <message>
        <source>Чтение базы…</source>
        <translation>Reading the database…</translation>
    </message>
    <message>
        <source>Файл обмена не записан</source>
        <translation>Exchange file not written</translation>
    </message>
    <message>
        <source>Обмен — школа.json</source>
        <translation>Exchange — school.json</translation>
    </message>
    <message>
        <source>Выгрузить школу в файл обмена</source>
        <translation>Export the school to an exchange file</translation>
    </message>
    <message>
        <source>Файл обмена журнала (*.json)</source>
        <translation>Journal exchange file (*.json)</translation>
    </message>
    <message>
        <source>Выгрузка в OneRoster</source>
        <translation>Export to OneRoster</translation>
    </message>
    <message>
        <source>Файл OneRoster не записан</source>
        <translation>The OneRoster file was not written</translation>
    </message>
    <message>
        <source>OneRoster — школа.zip</source>
        <translation>OneRoster — school.zip</translation>
    </message>
    <message>
        <source>Выгрузить школу в OneRoster 1.2</source>
        <translation>Export the school to OneRoster 1.2</translation>
    </message>
    <message>
        <source>OneRoster 1.2 CSV (*.zip)</source>
        <translation>OneRoster 1.2 CSV (*.zip)</translation>
    </message>
    <message>
        <source>Проверка файла обмена</source>
        <translation>Checking the exchange file</translation>
    </message>
    <message>
        <source>Чтение файла…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Файл не проверен</source>
        <translation>File not checked</translation>
    </message>
    <message>
        <source>Файл обмена для загрузки</source>
        <translation>Exchange file to load</translation>
    </message>
    <message>
        <source>Файл обмена журнала (*.json);;OneRoster 1.2 CSV (*.zip)</source>
        <translation>Journal exchange file (*.json);;OneRoster 1.2 CSV (*.zip)</translation>
    </message>
    <message>
        <source>Загрузка файла обмена</source>
        <translation>Loading the exchange file</translation>
    </message>
    <message>
        <source>Проверка файла…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Файл не загружен, база не изменена</source>
        <translation>File not loaded, the database is unchanged</translation>
    </message>
    <message>
        <source>Загружено.</source>
        <translation>Loaded.</translation>
    </message>
    <message>
        <source>Загрузить файл в базу?</source>
        <translation>Load the file into the database?</translation>
    </message>
    <message>
        <source>{0}

Данные файла будут добавлены в эту базу одной операцией. Загрузить?</source>
        <translation>{0}

The file’s data will be added to this database in one operation. Load?</translation>
    </message>
    <message>
        <source>Обмен данными</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>Файл обмена (JSON) содержит всю школу: структуру, сотрудников, учеников и родителей, классы, нагрузку, расписание, уроки, отметки, посещаемость и итоговые отметки. В нём персональные данные: храните и передавайте его так же, как сам журнал. Формат описан в docs/exchange-format.md.</source>
        <translation>The exchange file (JSON) holds the whole school: structure, staff, pupils and parents, classes, teaching load, timetable, lessons, marks, attendance and final marks. It contains personal data: keep and pass it on as carefully as the journal itself. The format is described in docs/exchange-format.md.</translation>
    </message>
    <message>
        <source>Выгрузка</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Выгрузить школу в файл…</source>
        <translation>&amp;Export the school to a file…</translation>
    </message>
    <message>
        <source>Выгрузить в &amp;OneRoster 1.2 (CSV)…</source>
        <translation>Export to &amp;OneRoster 1.2 (CSV)…</translation>
    </message>
    <message>
        <source>Zip с таблицами OneRoster 1.2 — стандарт, которым обмениваются школьные системы (docs/oneroster.md)</source>
        <translation>A zip of OneRoster 1.2 tables, the standard school systems exchange (docs/oneroster.md)</translation>
    </message>
    <message>
        <source>Загрузка в эту базу</source>
        <translation>Load into this database</translation>
    </message>
    <message>
        <source>Сначала файл проверяется целиком, и здесь видно, что в нём есть; записывается он одной операцией или не записывается совсем. Учебный год, который уже есть в базе, не загружается; сотрудники, ученики и родители, которые уже есть в базе, связываются, а не создаются заново.</source>
        <translation>First the whole file is checked, and you see here what it holds; it is written in one operation or not at all. A school year already in the database is not loaded; staff, pupils and parents already in the database are linked, not created again.</translation>
    </message>
    <message>
        <source>&amp;Проверить файл…</source>
        <translation>&amp;Check a file…</translation>
    </message>
    <message>
        <source>Файл не выбран.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Здесь появятся итоги проверки файла: что в нём есть и какие в нём ошибки (с путём к месту в файле).</source>
        <translation>The results of the file check will appear here: what it holds and what errors it has (with the path to the place in the file).</translation>
    </message>
    <message>
        <source>&amp;Загрузить в базу</source>
        <translation>&amp;Load into the database</translation>
    </message>
    <message>
        <source>Здесь появятся итоги выгрузки и загрузки.</source>
        <translation>The results of exports and loads will appear here.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Укажите полное наименование школы.</source>
        <translation>Enter the full name of the school.</translation>
    </message>
    <message>
        <source>Пароль и повтор не совпадают.</source>
        <translation>The password and its repetition differ.</translation>
    </message>
    <message>
        <source>Электронный журнал: начало работы</source>
        <translation>School journal: getting started</translation>
    </message>
    <message>
        <source>Журнала школы на этом компьютере ещё нет. Создайте журнал своей школы — программа заведёт зашифрованную базу и учётную запись администратора, а затем откроет страницу «Подготовка учебного года». Или откройте демонстрационную школу, чтобы посмотреть, как всё устроено.</source>
        <translation>There is no school journal on this computer yet. Create your school&apos;s journal: the program makes an encrypted database and the administrator&apos;s account, then opens «Preparing the school year». Or open the demo school to see how everything works.</translation>
    </message>
    <message>
        <source>Создать журнал школы</source>
        <translation>Create the school&apos;s journal</translation>
    </message>
    <message>
        <source>Полное наименование школы</source>
        <translation>Full name of the school</translation>
    </message>
    <message>
        <source>Краткое наименование</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Логин администратора</source>
        <translation>Administrator&apos;s login</translation>
    </message>
    <message>
        <source>Пароль</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Повтор пароля</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Открыть демонстрационную школу</source>
        <translation>Open the demo school</translation>
    </message>
    <message>
        <source>Выйти</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>FoundModel</name>
    <message>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Предмет</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Учитель</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Без отметки</source>
        <translation>No mark</translation>
    </message>
    <message>
        <source>Ученики</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Журнал</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Открыть страницу журнала «{0}», чтобы выставить годовые отметки</source>
        <translation>Open the journal page “{0}” to give the year marks</translation>
    </message>
    <message>
        <source>Открыть журнал</source>
        <translation>Open the journal</translation>
    </message>
</context>
<context>
    <name>GradingPage</name>
    <message>
        <source>пятибалльная</source>
        <translation>five-point</translation>
    </message>
    <message>
        <source>зачёт/незачёт</source>
        <translation>pass/fail</translation>
    </message>
    <message>
        <source>своя шкала школы</source>
        <translation>the school&apos;s own scale</translation>
    </message>
    <message>
        <source>Система оценивания</source>
        <translation>Grading system</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Значений</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Курсов</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Код</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Название</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Баллы</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Положительная</source>
        <translation>Passing</translation>
    </message>
    <message>
        <source>«Качественная»</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Отметок</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Вид работы</source>
        <translation>Work type</translation>
    </message>
    <message>
        <source>Вес</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Цвет</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Срок, дней</source>
        <translation>Window, days</translation>
    </message>
    <message>
        <source>По умолчанию</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Системы оценивания и виды работ настраивает заместитель директора по УР; здесь они только для просмотра.</source>
        <translation>Grading systems and work types are set up by the deputy head; here they are read-only.</translation>
    </message>
    <message>
        <source>да</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Система оценивания «{0}» создана.</source>
        <translation>Grading system “{0}” created.</translation>
    </message>
    <message>
        <source>Выберите систему оценивания в таблице.</source>
        <translation>Choose a grading system in the table.</translation>
    </message>
    <message>
        <source>Система оценивания переименована.</source>
        <translation>Grading system renamed.</translation>
    </message>
    <message>
        <source>Система оценивания «{0}» удалена.</source>
        <translation>Grading system “{0}” removed.</translation>
    </message>
    <message>
        <source>Баллы: «{0}» — нужно число или пусто.</source>
        <translation>Points: “{0}” — a number or nothing.</translation>
    </message>
    <message>
        <source>Значение добавлено.</source>
        <translation>Value added.</translation>
    </message>
    <message>
        <source>Выберите значение в таблице.</source>
        <translation>Choose a value in the table.</translation>
    </message>
    <message>
        <source>Значение сохранено.</source>
        <translation>Value saved.</translation>
    </message>
    <message>
        <source>Значение «{0}» удалено.</source>
        <translation>Value “{0}” removed.</translation>
    </message>
    <message>
        <source>Цвет вида работы</source>
        <translation>Colour of the work type</translation>
    </message>
    <message>
        <source>Вид работы «{0}» добавлен.</source>
        <translation>Work type “{0}” added.</translation>
    </message>
    <message>
        <source>Выберите вид работы в таблице.</source>
        <translation>Choose a work type in the table.</translation>
    </message>
    <message>
        <source>Вид работы «{0}» сохранён.</source>
        <translation>Work type “{0}” saved.</translation>
    </message>
    <message>
        <source>Вид работы «{0}» удалён.</source>
        <translation>Work type “{0}” removed.</translation>
    </message>
    <message>
        <source>Системы оценивания</source>
        <translation>Grading systems</translation>
    </message>
    <message>
        <source>Название системы оценивания</source>
        <translation>Name of the grading system</translation>
    </message>
    <message>
        <source>Своя шкала: коды значений от лучшего через пробел, например 10 9 8 7 6 5 4 3 2 1</source>
        <translation>Own scale: value codes from the best, separated by spaces, e.g. 10 9 8 7 6 5 4 3 2 1</translation>
    </message>
    <message>
        <source>&amp;Создать систему</source>
        <translation>&amp;Create system</translation>
    </message>
    <message>
        <source>&amp;Переименовать</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Удалить систему</source>
        <translation>Remove system</translation>
    </message>
    <message>
        <source>Значения выбранной системы (от лучшего к худшему):</source>
        <translation>Values of the chosen system (best to worst):</translation>
    </message>
    <message>
        <source>Баллы (пусто — не в среднем)</source>
        <translation>Points (empty: not in averages)</translation>
    </message>
    <message>
        <source>положительная</source>
        <translation>passing</translation>
    </message>
    <message>
        <source>«качественная»</source>
        <translation>quality</translation>
    </message>
    <message>
        <source>&amp;Добавить значение</source>
        <translation>&amp;Add value</translation>
    </message>
    <message>
        <source>Сохранить &amp;значение</source>
        <translation>Save &amp;value</translation>
    </message>
    <message>
        <source>Удалить значение</source>
        <translation>Remove value</translation>
    </message>
    <message>
        <source>Виды работ</source>
        <translation>Work types</translation>
    </message>
    <message>
        <source>Название вида работы</source>
        <translation>Name of the work type</translation>
    </message>
    <message>
        <source>Вес:</source>
        <translation>Weight:</translation>
    </message>
    <message>
        <source>Цвет:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>#000000</source>
        <translation>#000000</translation>
    </message>
    <message>
        <source>Выбрать…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Срок выставления, дней:</source>
        <translation>Entry window, days:</translation>
    </message>
    <message>
        <source>по умолчанию</source>
        <translation>default</translation>
    </message>
    <message>
        <source>&amp;Добавить вид работы</source>
        <translation>&amp;Add work type</translation>
    </message>
    <message>
        <source>&amp;Сохранить выбранный</source>
        <translation>&amp;Save selected</translation>
    </message>
    <message>
        <source>&amp;Удалить выбранный</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>новый вес — и для уже выставленных отметок</source>
        <translation>new weight also for marks already given</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Учителю</source>
        <translation>For teachers</translation>
    </message>
    <message>
        <source>Классному руководителю</source>
        <translation>For form tutors</translation>
    </message>
    <message>
        <source>Заместителю директора</source>
        <translation>For the deputy head</translation>
    </message>
    <message>
        <source>Директору</source>
        <translation>For the head teacher</translation>
    </message>
    <message>
        <source>Администратору</source>
        <translation>For the administrator</translation>
    </message>
    <message>
        <source>Секретарю</source>
        <translation>For the secretary</translation>
    </message>
    <message>
        <source>Родителям и ученикам</source>
        <translation>For parents and pupils</translation>
    </message>
    <message>
        <source>Клавиши</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Файл справки не найден: {0}. Переустановите программу.</source>
        <translation>Help file not found: {0}. Reinstall the program.</translation>
    </message>
    <message>
        <source>Руководство пользователя</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Разделы руководства</source>
        <translation>Guide sections</translation>
    </message>
    <message>
        <source>Текст руководства</source>
        <translation>Guide text</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Строка</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Ученик</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Дата рождения</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Ошибка</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{0} — учитель {1}</source>
        <translation>{0} — teacher {1}</translation>
    </message>
    <message>
        <source>Проверка журнала: {0}</source>
        <translation>Journal inspection: {0}</translation>
    </message>
    <message>
        <source>Проверка журнала {0:%d.%m.%Y} записана: замечаний нет.</source>
        <translation>Journal inspection of {0:%d.%m.%Y} recorded: no remarks.</translation>
    </message>
    <message>
        <source>Проверка журнала: замечания</source>
        <translation>Journal inspection: remarks</translation>
    </message>
    <message>
        <source>Только &amp;неисправленные</source>
        <translation>Only &amp;uncorrected</translation>
    </message>
    <message>
        <source>&amp;Исправлено</source>
        <translation>&amp;Corrected</translation>
    </message>
    <message>
        <source>Отметить выбранное замечание исправленным</source>
        <translation>Mark the chosen remark as corrected</translation>
    </message>
    <message>
        <source>&amp;Вернуть на исправление</source>
        <translation>&amp;Send back for correction</translation>
    </message>
    <message>
        <source>Замечание отмечено исправленным, но не исправлено</source>
        <translation>The remark is marked as corrected but has not been corrected</translation>
    </message>
    <message>
        <source>Новое замечание</source>
        <translation>New remark</translation>
    </message>
    <message>
        <source>Что не так в журнале и что исправить</source>
        <translation>What is wrong in the journal and what to correct</translation>
    </message>
    <message>
        <source>&amp;Срок исправления:</source>
        <translation>Correct &amp;by:</translation>
    </message>
    <message>
        <source>Проверено, &amp;замечаний нет</source>
        <translation>Inspected, &amp;no remarks</translation>
    </message>
    <message>
        <source>&amp;Добавить замечание</source>
        <translation>&amp;Add remark</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>{0} (закрыт)</source>
        <translation>{0} (closed)</translation>
    </message>
    <message>
        <source>Заявки на &amp;исправление ({0})…</source>
        <translation>&amp;Correction requests ({0})…</translation>
    </message>
    <message>
        <source>Заме&amp;чания по проверке ({0})…</source>
        <translation>Inspection &amp;remarks ({0})…</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Нет страниц журнала, доступных вам в этом учебном году.</source>
        <translation>No journal pages are open to you in this school year.</translation>
    </message>
    <message>
        <source>{0} ({1:%d.%m} – {2:%d.%m})</source>
        <translation>{0} ({1:%d.%m} – {2:%d.%m})</translation>
    </message>
    <message>
        <source>по уроку</source>
        <translation>as the lesson</translation>
    </message>
    <message>
        <source>{0} (вес {1})</source>
        <translation>{0} (weight {1})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Обозначения:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Legend:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>вес {0}</source>
        <translation>weight {0}</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{0}&quot;&gt;Н П Б ОП&lt;/span&gt; посещаемость</source>
        <translation>&lt;span style=&quot;color:{0}&quot;&gt;Н П Б ОП&lt;/span&gt; attendance</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:{0}&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; сегодня</source>
        <translation>&lt;span style=&quot;background:{0}&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; today</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:{0}; border:1px solid #b0b0b0&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; запись закрыта</source>
        <translation>&lt;span style=&quot;background:{0}; border:1px solid #b0b0b0&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; closed for entries</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:{0}&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; не в списке класса</source>
        <translation>&lt;span style=&quot;background:{0}&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; not on the class list</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background:{0}&quot;&gt;&amp;nbsp;5&amp;nbsp;&lt;/span&gt; ждёт решения по заявке на исправление</source>
        <translation>&lt;span style=&quot;background:{0}&quot;&gt;&amp;nbsp;5&amp;nbsp;&lt;/span&gt; correction request pending</translation>
    </message>
    <message>
        <source>&lt;i style=&quot;color:{0}&quot;&gt;4&lt;/i&gt; предлагаемая отметка за период</source>
        <translation>&lt;i style=&quot;color:{0}&quot;&gt;4&lt;/i&gt; suggested period mark</translation>
    </message>
    <message>
        <source>{0} учебный год закрыт (приказ № {1})</source>
        <translation>School year {0} is closed (order No. {1})</translation>
    </message>
    <message>
        <source>учитель {0}</source>
        <translation>teacher {0}</translation>
    </message>
    <message>
        <source>{0}: {1:%d.%m.%Y} – {2:%d.%m.%Y}</source>
        <translation>{0}: {1:%d.%m.%Y} – {2:%d.%m.%Y}</translation>
    </message>
    <message>
        <source>учеников: {0}, уроков: {1}</source>
        <translation>pupils: {0}, lessons: {1}</translation>
    </message>
    <message>
        <source>только просмотр</source>
        <translation>view only</translation>
    </message>
    <message>
        <source>Страница закрыта администратором (п. 4.2 г Положения): отметки, посещаемость, темы уроков и исправления на ней не принимаются.</source>
        <translation>The page was closed by the administrator (Regulation, 4.2 g): marks, attendance, lesson topics and corrections are not accepted on it.</translation>
    </message>
    <message>
        <source>Открыть её можно кнопкой «Открыть страницу».</source>
        <translation>It can be reopened with the “Open page” button.</translation>
    </message>
    <message>
        <source>Открыть стр&amp;аницу</source>
        <translation>Open p&amp;age</translation>
    </message>
    <message>
        <source>Закрыть стр&amp;аницу</source>
        <translation>Close p&amp;age</translation>
    </message>
    <message>
        <source>Разрешить снова записи на этой предметной странице</source>
        <translation>Allow entries on this subject page again</translation>
    </message>
    <message>
        <source>Закрыть предметную страницу: никто не сможет вносить и исправлять записи (п. 4.2 г)</source>
        <translation>Close the subject page: nobody will be able to enter or correct anything (4.2 g)</translation>
    </message>
    <message>
        <source>Эта клетка не принимает записей</source>
        <translation>This cell takes no entry</translation>
    </message>
    <message>
        <source>Создать заявку на исправление</source>
        <translation>Request a correction</translation>
    </message>
    <message>
        <source>Не сохранено «{0}»: {1}</source>
        <translation>Not saved «{0}»: {1}</translation>
    </message>
    <message>
        <source>Заявка на исправление отправлена заместителю директора.</source>
        <translation>The correction request has been sent to the deputy head.</translation>
    </message>
    <message>
        <source>История отметки…</source>
        <translation>Mark history…</translation>
    </message>
    <message>
        <source>Указать причину отсутствия…</source>
        <translation>Record a reason for absence…</translation>
    </message>
    <message>
        <source>Вид работы для новых отметок</source>
        <translation>Work type for new marks</translation>
    </message>
    <message>
        <source>Комментарий к новой отметке…</source>
        <translation>Comment on the new mark…</translation>
    </message>
    <message>
        <source>Заявка на исправление отметки…</source>
        <translation>Mark correction request…</translation>
    </message>
    <message>
        <source>Комментарий к отметке</source>
        <translation>Comment on the mark</translation>
    </message>
    <message>
        <source>Комментарий к следующей отметке (виден ученику и родителям):</source>
        <translation>Comment on the next mark (the pupil and parents see it):</translation>
    </message>
    <message>
        <source>Следующая отметка будет записана с комментарием «{0}».</source>
        <translation>The next mark will be entered with the comment “{0}”.</translation>
    </message>
    <message>
        <source>Урок — только просмотр: {0}</source>
        <translation>Lesson — view only: {0}</translation>
    </message>
    <message>
        <source>выберите столбец урока</source>
        <translation>choose a lesson column</translation>
    </message>
    <message>
        <source>{0:%d.%m.%Y}, {1}, {2}-й урок</source>
        <translation>{0:%d.%m.%Y}, {1}, lesson {2}</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Урок {0:%d.%m.%Y} сохранён.</source>
        <translation>Lesson of {0:%d.%m.%Y} saved.</translation>
    </message>
    <message>
        <source>нет замены</source>
        <translation>no cover</translation>
    </message>
    <message>
        <source>Урок {0:%d.%m.%Y}: замена — {1}.</source>
        <translation>Lesson of {0:%d.%m.%Y}: cover — {1}.</translation>
    </message>
    <message>
        <source>Урок {0:%d.%m.%Y}: замена снята.</source>
        <translation>Lesson of {0:%d.%m.%Y}: cover removed.</translation>
    </message>
    <message>
        <source>Причина отсутствия указана: изменено уроков — {0}.</source>
        <translation>Reason for absence recorded: lessons changed — {0}.</translation>
    </message>
    <message>
        <source>Страница «{0}» закрыта.</source>
        <translation>Page “{0}” is closed.</translation>
    </message>
    <message>
        <source>Страница «{0}» снова открыта для записей.</source>
        <translation>Page “{0}” is open for entries again.</translation>
    </message>
    <message>
        <source>Учебный &amp;год:</source>
        <translation>School &amp;year:</translation>
    </message>
    <message>
        <source>Журналы прошлых (закрытых) учебных лет открываются только для просмотра и печати</source>
        <translation>Journals of past (closed) school years open for viewing and printing only</translation>
    </message>
    <message>
        <source>&amp;Класс и предмет:</source>
        <translation>&amp;Class and subject:</translation>
    </message>
    <message>
        <source>&amp;Период:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Сегод&amp;ня</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>П&amp;ричины отсутствия…</source>
        <translation>A&amp;bsence reasons…</translation>
    </message>
    <message>
        <source>Заявки на &amp;исправление…</source>
        <translation>Correction re&amp;quests…</translation>
    </message>
    <message>
        <source>КТП…</source>
        <translation>Scheme of work…</translation>
    </message>
    <message>
        <source>Новые &amp;отметки как:</source>
        <translation>New &amp;marks as:</translation>
    </message>
    <message>
        <source>С каким видом работы (и весом) записываются новые отметки; «по уроку» — как указано у урока</source>
        <translation>The work type (and weight) new marks are entered with; “as the lesson” — as set for the lesson</translation>
    </message>
    <message>
        <source>Заменить «Н» ученика на «П» или «Б» за несколько дней, с основанием (справка, заявление)</source>
        <translation>Change a pupil’s “Н” to “П” or “Б” over several days, with evidence (a doctor’s note, a letter)</translation>
    </message>
    <message>
        <source>Перейти к сегодняшнему уроку (Ctrl+T)</source>
        <translation>Go to today&apos;s lesson (Ctrl+T)</translation>
    </message>
    <message>
        <source>Заме&amp;чания по проверке…</source>
        <translation>&amp;Inspection remarks…</translation>
    </message>
    <message>
        <source>Календарно-тематическое планирование: загрузить из Excel и заполнить темы уроков</source>
        <translation>Scheme of work: load it from Excel and fill in the lesson topics</translation>
    </message>
    <message>
        <source>Урок</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Дата:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>&amp;Тема:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>Тема урока</source>
        <translation>Lesson topic</translation>
    </message>
    <message>
        <source>Ви&amp;д работы:</source>
        <translation>Wor&amp;k type:</translation>
    </message>
    <message>
        <source>За&amp;мена:</source>
        <translation>Co&amp;ver:</translation>
    </message>
    <message>
        <source>Кто ведёт урок вместо учителя: заменяющий видит страницу и заполняет этот урок</source>
        <translation>Who teaches the lesson instead of the teacher: the cover teacher sees the page and fills in this lesson</translation>
    </message>
    <message>
        <source>Домашнее &amp;задание:</source>
        <translation>&amp;Homework:</translation>
    </message>
    <message>
        <source>Что задано на дом</source>
        <translation>What is set for homework</translation>
    </message>
    <message>
        <source>&amp;Сохранить урок</source>
        <translation>&amp;Save lesson</translation>
    </message>
</context>
<context>
    <name>LoadCoursesModel</name>
    <message>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Предмет, название</source>
        <translation>Subject, name</translation>
    </message>
    <message>
        <source>Часов</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Ученики</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>{0} уч.</source>
        <translation>{0} pupils</translation>
    </message>
    <message>
        <source>группа</source>
        <translation>group</translation>
    </message>
    <message>
        <source>1 уч.</source>
        <translation>1 pupil</translation>
    </message>
    <message>
        <source>класс</source>
        <translation>class</translation>
    </message>
    <message>
        <source>, без отметок</source>
        <translation>, no marks</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Электронный журнал</source>
        <translation>Electronic Journal</translation>
    </message>
    <message>
        <source>Сеанс заблокирован</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>Сеанс заблокирован после {0} мин. бездействия. Введённые данные сохранены; чтобы продолжить, введите пароль.</source>
        <translation>The session was locked after {0} min. of inactivity. What you entered is kept; enter your password to continue.</translation>
    </message>
    <message>
        <source>&amp;Выход из программы</source>
        <translation>&amp;Quit the program</translation>
    </message>
    <message>
        <source>&amp;Разблокировать</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Введите логин и пароль.</source>
        <translation>Enter your login and password.</translation>
    </message>
    <message>
        <source>Вход в электронный журнал</source>
        <translation>Sign in to the Electronic Journal</translation>
    </message>
    <message>
        <source>Введите логин и пароль, выданные администратором или классным руководителем.</source>
        <translation>Enter the login and password given to you by the administrator or the form tutor.</translation>
    </message>
    <message>
        <source>&amp;Логин:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Логин</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>&amp;Пароль:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Пароль</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Сменить &amp;пользователя</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <source>&amp;Выход</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Войти</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Обзор школы</source>
        <translation>School overview</translation>
    </message>
    <message>
        <source>Журнал</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Расписание</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Классы</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Сотрудники</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Оценивание</source>
        <translation>Grading</translation>
    </message>
    <message>
        <source>Отчёты</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Дневник</source>
        <translation>Diary</translation>
    </message>
    <message>
        <source>Сообщения</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Пароли класса</source>
        <translation>Class passwords</translation>
    </message>
    <message>
        <source>Администрирование</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Подготовка учебного года</source>
        <translation>Preparing the school year</translation>
    </message>
    <message>
        <source>Раздел «{0}» появится в одной из следующих версий программы.</source>
        <translation>The “{0}” section will come in a later version of the program.</translation>
    </message>
    <message>
        <source>Эта часть подготовки — в разделе, который открыт другой роли (заместителю директора по УР или администратору).</source>
        <translation>This part of the preparation is in a section of another role (the deputy head or the administrator).</translation>
    </message>
    <message>
        <source>Электронный журнал — {0}</source>
        <translation>Electronic Journal — {0}</translation>
    </message>
    <message>
        <source>школа</source>
        <translation>school</translation>
    </message>
    <message>
        <source>Сведения о школе не заполнены</source>
        <translation>The school’s details are not filled in</translation>
    </message>
    <message>
        <source>Учебный год: {0}</source>
        <translation>School year: {0}</translation>
    </message>
    <message>
        <source>не создан</source>
        <translation>not created</translation>
    </message>
    <message>
        <source>Классов</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Обучающихся</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Сотрудников</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Уроков в расписании года</source>
        <translation>Lessons in the year’s timetable</translation>
    </message>
    <message>
        <source>Отметок</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Это демонстрационная школа: все люди и отметки вымышлены. Учётные записи демо-школы: admin, director, zavuch, secretary, teacher01…; пароль — demo.</source>
        <translation>This is a demonstration school: all people and marks are made up. Demo school accounts: admin, director, zavuch, secretary, teacher01…; password: demo.</translation>
    </message>
    <message>
        <source>{0}–{1} кл.: {2}</source>
        <translation>Grades {0}–{1}: {2}</translation>
    </message>
    <message>
        <source>вне учебных периодов</source>
        <translation>outside the terms</translation>
    </message>
    <message>
        <source>{0} ({1}) · учебный год {2} · {3}</source>
        <translation>{0} ({1}) · school year {2} · {3}</translation>
    </message>
    <message>
        <source>О программе</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Электронный журнал, версия {0}.
Работает без интернета; данные хранятся в зашифрованной базе на этом компьютере.</source>
        <translation>Electronic Journal, version {0}.
Works without the internet; the data is kept in an encrypted database on this computer.</translation>
    </message>
    <message>
        <source>Электронный журнал</source>
        <translation>Electronic Journal</translation>
    </message>
    <message>
        <source>Разделы</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Школа</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Учебный год</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>В журнале</source>
        <translation>In the journal</translation>
    </message>
    <message>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Справка</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>В&amp;ыход</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Сменить &amp;пароль…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Заблокировать сеанс</source>
        <translation>&amp;Lock session</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Сменить по&amp;льзователя…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Настройки…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Руководство пользователя</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Клавиши</source>
        <translation>&amp;Keys</translation>
    </message>
    <message>
        <source>&amp;О программе</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>MarkHistoryDialog</name>
    <message>
        <source>{0}, урок {1:%d.%m.%Y}</source>
        <translation>{0}, lesson of {1:%d.%m.%Y}</translation>
    </message>
    <message>
        <source>Отметка</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Когда</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Кто</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Что произошло</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Закрыть</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>История отметки</source>
        <translation>Mark history</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Выберите переписку слева или напишите новое сообщение.</source>
        <translation>Choose a conversation on the left or write a new message.</translation>
    </message>
    <message>
        <source>Вы</source>
        <translation>You</translation>
    </message>
    <message>
        <source>&amp;Написать…</source>
        <translation>&amp;Write…</translation>
    </message>
    <message>
        <source>Переписка</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Ответ…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <source>&amp;Отправить</source>
        <translation>&amp;Send</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>мужской</source>
        <translation>male</translation>
    </message>
    <message>
        <source>женский</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Прибытие ученика</source>
        <translation>Pupil arrival</translation>
    </message>
    <message>
        <source>Зачисление в класс по приказу директора. Дата — первый день ученика в классе.</source>
        <translation>Enrolment in a class by the head teacher’s order. The date is the pupil’s first day in the class.</translation>
    </message>
    <message>
        <source>Зачислить</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Выбытие ученика</source>
        <translation>Pupil departure</translation>
    </message>
    <message>
        <source>Отчисление по приказу директора. Дата выбытия — первый день, когда ученика уже нет в классе: его отметки до этой даты остаются в журнале.</source>
        <translation>Taking off the roll by the head teacher’s order. The departure date is the first day the pupil is no longer in the class: the marks before it stay in the journal.</translation>
    </message>
    <message>
        <source>&amp;Куда выбыл:</source>
        <translation>&amp;Left for:</translation>
    </message>
    <message>
        <source>Отчислить</source>
        <translation>Take off roll</translation>
    </message>
    <message>
        <source>Перевод в другой класс</source>
        <translation>Transfer to another class</translation>
    </message>
    <message>
        <source>Перевод по приказу директора: с этой даты ученик в новом классе, до неё — в прежнем.</source>
        <translation>Transfer by the head teacher’s order: from this date the pupil is in the new class, before it in the old one.</translation>
    </message>
    <message>
        <source>Перевести</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Найдите ученика: введите фамилию и выберите его в списке.</source>
        <translation>Find the pupil: type the surname and choose the pupil in the list.</translation>
    </message>
    <message>
        <source>Выберите класс, в который переводится ученик.</source>
        <translation>Choose the class the pupil moves to.</translation>
    </message>
    <message>
        <source>Движение учащихся</source>
        <translation>Pupil movement</translation>
    </message>
    <message>
        <source>Ученик</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>&amp;Новый ученик</source>
        <translation>&amp;New pupil</translation>
    </message>
    <message>
        <source>Уже есть в журнале (&amp;вернулся)</source>
        <translation>Already in the journal (&amp;returned)</translation>
    </message>
    <message>
        <source>Фамилия:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <source>Имя:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Отчество:</source>
        <translation>Patronymic:</translation>
    </message>
    <message>
        <source>Дата рождения:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Пол:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Найти:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>фамилия, имя…</source>
        <translation>surname, first name…</translation>
    </message>
    <message>
        <source>Ученик:</source>
        <translation>Pupil:</translation>
    </message>
    <message>
        <source>В &amp;класс:</source>
        <translation>To &amp;class:</translation>
    </message>
    <message>
        <source>&amp;Дата:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Приказ &amp;№:</source>
        <translation>&amp;Order No.:</translation>
    </message>
    <message>
        <source>&amp;Откуда прибыл:</source>
        <translation>Came &amp;from:</translation>
    </message>
</context>
<context>
    <name>NewMessageDialog</name>
    <message>
        <source>Выберите, кому написать.</source>
        <translation>Choose whom to write to.</translation>
    </message>
    <message>
        <source>Новое сообщение</source>
        <translation>New message</translation>
    </message>
    <message>
        <source>&amp;Кому:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Тема:</source>
        <translation>T&amp;opic:</translation>
    </message>
</context>
<context>
    <name>NoConsentDialog</name>
    <message>
        <source>Нет согласия на обработку персональных данных</source>
        <translation>No consent to the processing of personal data</translation>
    </message>
    <message>
        <source>Учеников без согласия: {0}; сотрудников: {1}.</source>
        <translation>Pupils without consent: {0}; staff: {1}.</translation>
    </message>
    <message>
        <source>Кто</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Класс или должность</source>
        <translation>Class or position</translation>
    </message>
    <message>
        <source>ученик</source>
        <translation>pupil</translation>
    </message>
    <message>
        <source>сотрудник</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <source>Строка</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>№</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Тема урока</source>
        <translation>Lesson topic</translation>
    </message>
    <message>
        <source>Часов</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Замечание</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>PortfolioActions</name>
    <message>
        <source>Документ в портфолио</source>
        <translation>Document for the portfolio</translation>
    </message>
    <message>
        <source>Сканы и документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt);;Все файлы (*)</source>
        <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.odt);;All files (*)</translation>
    </message>
    <message>
        <source>Выберите файл в таблице.</source>
        <translation>Choose a file in the table.</translation>
    </message>
    <message>
        <source>Сохранить документ</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Удалить «{0}» из портфолио?</source>
        <translation>Remove “{0}” from the portfolio?</translation>
    </message>
    <message>
        <source>Удалить документ</source>
        <translation>Remove document</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <source>не указана</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>мать</source>
        <translation>mother</translation>
    </message>
    <message>
        <source>отец</source>
        <translation>father</translation>
    </message>
    <message>
        <source>опекун</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>попечитель</source>
        <translation>trustee</translation>
    </message>
    <message>
        <source>бабушка</source>
        <translation>grandmother</translation>
    </message>
    <message>
        <source>дедушка</source>
        <translation>grandfather</translation>
    </message>
    <message>
        <source>законный представитель</source>
        <translation>legal representative</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>мужской</source>
        <translation>male</translation>
    </message>
    <message>
        <source>женский</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Аттестат об основном общем образовании</source>
        <translation>Certificate of basic general education</translation>
    </message>
    <message>
        <source>Аттестат о среднем общем образовании</source>
        <translation>Certificate of secondary general education</translation>
    </message>
    <message>
        <source>Кем приходится</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Эл. почта</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Чьё</source>
        <translation>Whose</translation>
    </message>
    <message>
        <source>Кто дал</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Документ</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Отозвано</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Размер</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Добавлен</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Учебный год</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Прибытие</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Выбытие</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>&amp;Записать</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Карточка ученика: {0}</source>
        <translation>Pupil record: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1}</translation>
    </message>
    <message>
        <source>{0} класс</source>
        <translation>class {0}</translation>
    </message>
    <message>
        <source>сейчас не числится ни в одном классе</source>
        <translation>currently not on the roll of any class</translation>
    </message>
    <message>
        <source>Согласие на обработку персональных данных ученика есть: {0}, {1}.</source>
        <translation>Consent to the processing of the pupil’s personal data is on file: {0}, {1}.</translation>
    </message>
    <message>
        <source>Согласия на обработку персональных данных ученика нет: возьмите его у родителя.</source>
        <translation>There is no consent to the processing of the pupil’s personal data: get it from a parent.</translation>
    </message>
    <message>
        <source>Сканы грамот, дипломов, сертификатов. Файлы хранятся в зашифрованной базе журнала; один файл — не больше {0}.</source>
        <translation>Scans of awards, diplomas, certificates. The files are kept in the journal’s encrypted database; one file may be at most {0}.</translation>
    </message>
    <message>
        <source>&amp;Записать изменения</source>
        <translation>Save c&amp;hanges</translation>
    </message>
    <message>
        <source>&amp;Добавить родителя</source>
        <translation>&amp;Add parent</translation>
    </message>
    <message>
        <source>Убрать родителя</source>
        <translation>Remove parent</translation>
    </message>
    <message>
        <source>Убрать {0} из родителей ученика?</source>
        <translation>Remove {0} from the pupil’s parents?</translation>
    </message>
    <message>
        <source>Выберите согласие в таблице.</source>
        <translation>Choose a consent in the table.</translation>
    </message>
    <message>
        <source>Отзыв согласия</source>
        <translation>Withdrawal of consent</translation>
    </message>
    <message>
        <source>Отметить, что согласие «{0}» отозвано {1}?</source>
        <translation>Record that consent “{0}” was withdrawn on {1}?</translation>
    </message>
    <message>
        <source>Карточка ученика</source>
        <translation>Pupil record</translation>
    </message>
    <message>
        <source>Личные данные</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>&amp;Фамилия:</source>
        <translation>S&amp;urname:</translation>
    </message>
    <message>
        <source>&amp;Имя:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Отчество:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <source>Дата &amp;рождения:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>По&amp;л:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>&amp;Адрес:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Документ:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>свидетельство о рождении или паспорт: серия, номер</source>
        <translation>birth certificate or passport: series, number</translation>
    </message>
    <message>
        <source>&amp;СНИЛС:</source>
        <translation>&amp;SNILS (insurance number):</translation>
    </message>
    <message>
        <source>123-456-789 01</source>
        <translation>123-456-789 01</translation>
    </message>
    <message>
        <source>Аттестат выпускника (для ФИС ФРДО)</source>
        <translation>Graduate&apos;s certificate (for the federal registry)</translation>
    </message>
    <message>
        <source>Вид:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Серия и номер бланка:</source>
        <translation>Form series and number:</translation>
    </message>
    <message>
        <source>серия (если есть)</source>
        <translation>series (if any)</translation>
    </message>
    <message>
        <source>номер: только цифры</source>
        <translation>number: digits only</translation>
    </message>
    <message>
        <source>Регистрационный номер:</source>
        <translation>Registration number:</translation>
    </message>
    <message>
        <source>Дата выдачи:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <source>с &amp;отличием</source>
        <translation>with &amp;honours</translation>
    </message>
    <message>
        <source>Записать а&amp;ттестат</source>
        <translation>Save &amp;certificate</translation>
    </message>
    <message>
        <source>Родители</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Родитель (законный представитель)</source>
        <translation>Parent (legal representative)</translation>
    </message>
    <message>
        <source>Кем приходится:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <source>Фамилия:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <source>Имя:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Отчество:</source>
        <translation>Patronymic:</translation>
    </message>
    <message>
        <source>Телефон:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Эл. почта:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>&amp;Новый</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Записать родителя</source>
        <translation>&amp;Save parent</translation>
    </message>
    <message>
        <source>&amp;Убрать</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Согласие на обработку ПД</source>
        <translation>Data processing consent</translation>
    </message>
    <message>
        <source>Новое согласие (152-ФЗ)</source>
        <translation>New consent (Federal Law 152-FZ)</translation>
    </message>
    <message>
        <source>Кто дал (родитель):</source>
        <translation>Given by (parent):</translation>
    </message>
    <message>
        <source>Дата:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Документ:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>заявление № …</source>
        <translation>form No. …</translation>
    </message>
    <message>
        <source>&amp;Записать согласие</source>
        <translation>&amp;Record consent</translation>
    </message>
    <message>
        <source>&amp;Отозвано…</source>
        <translation>&amp;Withdrawn…</translation>
    </message>
    <message>
        <source>Портфолио</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>&amp;Приложить файл…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>&amp;Сохранить как…</source>
        <translation>Sav&amp;e as…</translation>
    </message>
    <message>
        <source>&amp;Удалить</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>История</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>RemarksModel</name>
    <message>
        <source>Проверка</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Замечание</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Срок</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Записал(а)</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Исправлено</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>{0:%d.%m.%Y}, {1}</source>
        <translation>{0:%d.%m.%Y}, {1}</translation>
    </message>
    <message>
        <source>срок истёк</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>нет</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Виды отчётов ещё не подключены.</source>
        <translation>No kinds of report are connected yet.</translation>
    </message>
    <message>
        <source>Вся школа</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <source>— не выбран —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <source>Выберите отчёт в списке слева.</source>
        <translation>Choose a report in the list on the left.</translation>
    </message>
    <message>
        <source>Для отчёта «{0}» выберите {1}.</source>
        <translation>For the report “{0}” choose {1}.</translation>
    </message>
    <message>
        <source>класс</source>
        <translation>class</translation>
    </message>
    <message>
        <source>Отчёт</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Отчёты по классам строят заместитель директора, директор и администратор (по всей школе) и классный руководитель (по своему классу); своего класса у вас нет.</source>
        <translation>Class reports are made by the deputy head, the head teacher and the administrator (for the whole school) and by a form tutor (for their own class); you have no class of your own.</translation>
    </message>
    <message>
        <source>по текущим отметкам на</source>
        <translation>by the current marks as of</translation>
    </message>
    <message>
        <source>по состоянию на</source>
        <translation>as of</translation>
    </message>
    <message>
        <source>— за период —</source>
        <translation>— for the period —</translation>
    </message>
    <message>
        <source>Выбран месяц: отчёт строится за месяц.</source>
        <translation>A month is chosen: the report covers the month.</translation>
    </message>
    <message>
        <source>с {0} по {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
    <message>
        <source>— все предметы —</source>
        <translation>— all subjects —</translation>
    </message>
    <message>
        <source>период</source>
        <translation>a period</translation>
    </message>
    <message>
        <source>месяц</source>
        <translation>a month</translation>
    </message>
    <message>
        <source>ученика</source>
        <translation>a pupil</translation>
    </message>
    <message>
        <source>предмет</source>
        <translation>a subject</translation>
    </message>
    <message>
        <source>Отчёт «{0}»: нет класса, по которому вам доступны отчёты.</source>
        <translation>Report “{0}”: there is no class you can see reports for.</translation>
    </message>
    <message>
        <source>на {0}</source>
        <translation>as of {0}</translation>
    </message>
    <message>
        <source>Формируется отчёт «{0}»…</source>
        <translation>Making the report “{0}”…</translation>
    </message>
    <message>
        <source>Формирование отчёта</source>
        <translation>Making the report</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>Отчёт не сформирован</source>
        <translation>Report not made</translation>
    </message>
    <message>
        <source>Формирование отчёта отменено.</source>
        <translation>Making the report was cancelled.</translation>
    </message>
    <message>
        <source>Отчёт сформирован: строк в таблицах — {0}.</source>
        <translation>Report made: rows in the tables — {0}.</translation>
    </message>
    <message>
        <source>Отчёт сформирован, но данных для него нет.</source>
        <translation>The report is made, but there is no data for it.</translation>
    </message>
    <message>
        <source>{0}: отменено пользователем.</source>
        <translation>{0}: cancelled by the user.</translation>
    </message>
    <message>
        <source>Сохранить отчёт в PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>Сохранить отчёт в Excel</source>
        <translation>Save the report in Excel</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Сохранение отчёта</source>
        <translation>Saving the report</translation>
    </message>
    <message>
        <source>Запись {0}…</source>
        <translation>Writing {0}…</translation>
    </message>
    <message>
        <source>Сохранение отменено, файл не записан.</source>
        <translation>Saving cancelled, the file was not written.</translation>
    </message>
    <message>
        <source>Отчёт сохранён: {0}</source>
        <translation>Report saved: {0}</translation>
    </message>
    <message>
        <source>Файл «{0}» не сохранён</source>
        <translation>File “{0}” not saved</translation>
    </message>
    <message>
        <source>Печать отчёта</source>
        <translation>Printing the report</translation>
    </message>
    <message>
        <source>Отчёт отправлен на печать: листов — {0}.</source>
        <translation>The report was sent to the printer: sheets — {0}.</translation>
    </message>
    <message>
        <source>Отчёт не напечатан: не удалось открыть принтер.</source>
        <translation>The report was not printed: the printer could not be opened.</translation>
    </message>
    <message>
        <source>На диске не хватает места.</source>
        <translation>There is not enough space on the disk.</translation>
    </message>
    <message>
        <source>Нет прав на запись в эту папку.</source>
        <translation>No permission to write to this folder.</translation>
    </message>
    <message>
        <source>Носитель защищён от записи.</source>
        <translation>The drive is write-protected.</translation>
    </message>
    <message>
        <source>Такой папки нет.</source>
        <translation>There is no such folder.</translation>
    </message>
    <message>
        <source>Ошибка записи: {0}</source>
        <translation>Write error: {0}</translation>
    </message>
    <message>
        <source>&amp;Отчёты</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Проверить р&amp;аспечатку…</source>
        <translation>Check a printou&amp;t…</translation>
    </message>
    <message>
        <source>Сверить распечатанные страницы журнала с тем, что в журнале сейчас, по коду на листе</source>
        <translation>Compare printed journal pages with what the journal holds now, by the code on the sheet</translation>
    </message>
    <message>
        <source>Электронная по&amp;дпись…</source>
        <translation>Digital si&amp;gnature…</translation>
    </message>
    <message>
        <source>Подписать PDF электронной подписью директора или проверить подписанный файл</source>
        <translation>Sign a PDF with the head teacher&apos;s digital signature, or check a signed file</translation>
    </message>
    <message>
        <source>Параметры</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Класс:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>&amp;Период:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Месяц:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Ученик:</source>
        <translation>P&amp;upil:</translation>
    </message>
    <message>
        <source>П&amp;редмет:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <source>На д&amp;ату:</source>
        <translation>As of d&amp;ate:</translation>
    </message>
    <message>
        <source>Успеваемость текущего периода на выбранную дату — по текущим отметкам и средним баллам (как в журнале), а не по отметкам за период; посещаемость — по эту дату</source>
        <translation>Progress in the current period as of the chosen date — by the current marks and averages (as in the journal), not by period marks; attendance up to that date</translation>
    </message>
    <message>
        <source>&amp;Неделя:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <source>Любой день недели: дневник печатается с понедельника по субботу этой недели</source>
        <translation>Any day of the week: the diary is printed from Monday to Saturday of that week</translation>
    </message>
    <message>
        <source>С&amp;формировать</source>
        <translation>Ma&amp;ke</translation>
    </message>
    <message>
        <source>Сохранить &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Сохранить &amp;Excel…</source>
        <translation>Save &amp;Excel…</translation>
    </message>
    <message>
        <source>Пе&amp;чать…</source>
        <translation>Pr&amp;int…</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>администратор ЭЖ</source>
        <translation>journal administrator</translation>
    </message>
    <message>
        <source>директор</source>
        <translation>head teacher</translation>
    </message>
    <message>
        <source>заместитель директора по УР</source>
        <translation>deputy head (curriculum)</translation>
    </message>
    <message>
        <source>учитель</source>
        <translation>teacher</translation>
    </message>
    <message>
        <source>классный руководитель</source>
        <translation>form tutor</translation>
    </message>
    <message>
        <source>секретарь</source>
        <translation>secretary</translation>
    </message>
    <message>
        <source>родитель</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>ученик</source>
        <translation>pupil</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Файл &lt;b&gt;{0}&lt;/b&gt;: строк с учениками {1}, верных {2}, с ошибками {3}. Учебный год {4}.{5}</source>
        <translation>File &lt;b&gt;{0}&lt;/b&gt;: rows with pupils {1}, correct {2}, with errors {3}. School year {4}.{5}</translation>
    </message>
    <message>
        <source> По классам — {0}.</source>
        <translation> By class — {0}.</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Импортировать</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Ничего не будет записано, пока в файле есть ошибки: исправьте строки, отмеченные красным, или пропустите их.</source>
        <translation>Nothing will be written while the file has errors: correct the rows marked in red or skip them.</translation>
    </message>
    <message>
        <source>Запись учеников…</source>
        <translation>Writing the pupils…</translation>
    </message>
    <message>
        <source>Импорт списка учеников</source>
        <translation>Pupil list import</translation>
    </message>
    <message>
        <source>Импорт не выполнен: {0}</source>
        <translation>Import not done: {0}</translation>
    </message>
    <message>
        <source>Приказ о зачислении &amp;№:</source>
        <translation>Enrolment &amp;order No.:</translation>
    </message>
    <message>
        <source>&amp;дата прибытия:</source>
        <translation>arrival &amp;date:</translation>
    </message>
    <message>
        <source>&amp;пропустить строки с ошибками</source>
        <translation>&amp;skip rows with errors</translation>
    </message>
</context>
<context>
    <name>SchoolYearPage</name>
    <message>
        <source>четверти</source>
        <translation>quarters</translation>
    </message>
    <message>
        <source>триместры</source>
        <translation>trimesters</translation>
    </message>
    <message>
        <source>полугодия</source>
        <translation>half-years</translation>
    </message>
    <message>
        <source>{0}-я четверть</source>
        <translation>Quarter {0}</translation>
    </message>
    <message>
        <source>{0}-й триместр</source>
        <translation>Trimester {0}</translation>
    </message>
    <message>
        <source>{0}-е полугодие</source>
        <translation>Half-year {0}</translation>
    </message>
    <message>
        <source>каникулы</source>
        <translation>holidays</translation>
    </message>
    <message>
        <source>выходной день</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>Классы</source>
        <translation>Grades</translation>
    </message>
    <message>
        <source>Период</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Начало</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Окончание</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Итоговых отметок</source>
        <translation>Period marks</translation>
    </message>
    <message>
        <source>Название</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Вид</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>С</source>
        <translation>From</translation>
    </message>
    <message>
        <source>По</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Выходной</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Рабочий день</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>По расписанию дня</source>
        <translation>With the timetable of</translation>
    </message>
    <message>
        <source>Основание</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>День</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Урок, мин</source>
        <translation>Lesson, min</translation>
    </message>
    <message>
        <source>Звонки 1-й смены в этот день</source>
        <translation>Shift 1 bells that day</translation>
    </message>
    <message>
        <source>не создан — задайте даты и нажмите «Создать учебный год»</source>
        <translation>not created: set the dates and press “Create academic year”</translation>
    </message>
    <message>
        <source>Структуру учебного года настраивает заместитель директора по УР; здесь она только для просмотра.</source>
        <translation>The structure of the year is set up by the deputy head; here it is read-only.</translation>
    </message>
    <message>
        <source>{0}-я смена</source>
        <translation>Shift {0}</translation>
    </message>
    <message>
        <source>Даты периодов {0} скопированы с прошлого года и ещё не подтверждены.</source>
        <translation>The period dates of {0} were copied from last year and are not confirmed yet.</translation>
    </message>
    <message>
        <source>Даты периодов подтверждены: {0}.</source>
        <translation>Period dates confirmed: {0}.</translation>
    </message>
    <message>
        <source>Даты каникул {0} взяты по умолчанию и ещё не подтверждены.</source>
        <translation>The holiday dates of {0} are the default ones and are not confirmed yet.</translation>
    </message>
    <message>
        <source>Даты каникул подтверждены: {0}.</source>
        <translation>Holiday dates confirmed: {0}.</translation>
    </message>
    <message>
        <source>{0} кл.</source>
        <translation>grade {0}</translation>
    </message>
    <message>
        <source>{0}–{1} кл.</source>
        <translation>grades {0}–{1}</translation>
    </message>
    <message>
        <source>Даты периодов подтверждены.</source>
        <translation>Period dates confirmed.</translation>
    </message>
    <message>
        <source>Даты каникул подтверждены.</source>
        <translation>Holiday dates confirmed.</translation>
    </message>
    <message>
        <source>Учебный год создан. Задайте периоды, каникулы и звонки.</source>
        <translation>Academic year created. Set its periods, holidays and bells.</translation>
    </message>
    <message>
        <source>Даты учебного года сохранены.</source>
        <translation>Dates of the year saved.</translation>
    </message>
    <message>
        <source>Периоды заданы; даты можно поправить по одному периоду.</source>
        <translation>Periods set; their dates can be adjusted one by one.</translation>
    </message>
    <message>
        <source>Периоды удалены.</source>
        <translation>Periods removed.</translation>
    </message>
    <message>
        <source>Выберите период в таблице.</source>
        <translation>Choose a period in the table.</translation>
    </message>
    <message>
        <source>Даты периода сохранены.</source>
        <translation>Dates of the period saved.</translation>
    </message>
    <message>
        <source>Добавлено: {0}.</source>
        <translation>Added: {0}.</translation>
    </message>
    <message>
        <source>Выберите каникулы в таблице.</source>
        <translation>Choose holidays in the table.</translation>
    </message>
    <message>
        <source>Сохранено: {0}.</source>
        <translation>Saved: {0}.</translation>
    </message>
    <message>
        <source>Удалено: {0}.</source>
        <translation>Removed: {0}.</translation>
    </message>
    <message>
        <source>Обычные каникулы года добавлены там, где их ещё не было.</source>
        <translation>The usual holidays added where there were none.</translation>
    </message>
    <message>
        <source>Перенос рабочего дня записан.</source>
        <translation>Moved working day recorded.</translation>
    </message>
    <message>
        <source>Выберите перенос в таблице.</source>
        <translation>Choose a moved day in the table.</translation>
    </message>
    <message>
        <source>Перенос удалён.</source>
        <translation>Moved day removed.</translation>
    </message>
    <message>
        <source>Сокращённый день записан.</source>
        <translation>Short day recorded.</translation>
    </message>
    <message>
        <source>Выберите сокращённый день в таблице.</source>
        <translation>Choose a short day in the table.</translation>
    </message>
    <message>
        <source>Сокращённый день удалён.</source>
        <translation>Short day removed.</translation>
    </message>
    <message>
        <source>Смен не больше трёх.</source>
        <translation>At most three shifts.</translation>
    </message>
    <message>
        <source>Добавьте уроки новой смены и сохраните звонки.</source>
        <translation>Add the new shift&apos;s lessons and save its bells.</translation>
    </message>
    <message>
        <source>Смена удалена.</source>
        <translation>Shift removed.</translation>
    </message>
    <message>
        <source>Звонки {0}-й смены сохранены.</source>
        <translation>Bells of shift {0} saved.</translation>
    </message>
    <message>
        <source>Учебный год:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <source>не создан</source>
        <translation>not created</translation>
    </message>
    <message>
        <source>с</source>
        <translation>from</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>по</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Создать учебный год</source>
        <translation>&amp;Create academic year</translation>
    </message>
    <message>
        <source>Учебные периоды</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Классы:</source>
        <translation>Grades:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Задать периоды с обычными датами</source>
        <translation>&amp;Set periods with the usual dates</translation>
    </message>
    <message>
        <source>Удалить периоды этих классов</source>
        <translation>Remove the periods of these grades</translation>
    </message>
    <message>
        <source>Выбранный период: с</source>
        <translation>Selected period: from</translation>
    </message>
    <message>
        <source>&amp;Изменить даты периода</source>
        <translation>&amp;Change dates of the period</translation>
    </message>
    <message>
        <source>Каникулы и выходные</source>
        <translation>Holidays and days off</translation>
    </message>
    <message>
        <source>Название: осенние каникулы, праздничный день…</source>
        <translation>Name: autumn holidays, public holiday…</translation>
    </message>
    <message>
        <source>классы</source>
        <translation>grades</translation>
    </message>
    <message>
        <source>&amp;Добавить</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Сохранить даты &amp;года</source>
        <translation>Save year &amp;dates</translation>
    </message>
    <message>
        <source>Новый учебный год скопирован с прошлого: проверьте даты и подтвердите</source>
        <translation>The new academic year was copied from the last one: check the dates and confirm</translation>
    </message>
    <message>
        <source>Даты периодов не подтверждены.</source>
        <translation>Period dates not confirmed.</translation>
    </message>
    <message>
        <source>Подтвердить да&amp;ты периодов</source>
        <translation>Confirm &amp;period dates</translation>
    </message>
    <message>
        <source>Даты каникул не подтверждены.</source>
        <translation>Holiday dates not confirmed.</translation>
    </message>
    <message>
        <source>Подтвердить даты &amp;каникул</source>
        <translation>Confirm holiday dat&amp;es</translation>
    </message>
    <message>
        <source>Сохранить в&amp;ыбранные</source>
        <translation>Sa&amp;ve selected</translation>
    </message>
    <message>
        <source>&amp;Удалить выбранные</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>Добавить &amp;обычные каникулы года</source>
        <translation>Add the &amp;usual holidays</translation>
    </message>
    <message>
        <source>Переносы и сокращённые дни</source>
        <translation>Moved and short days</translation>
    </message>
    <message>
        <source>Перенос рабочего дня (по постановлению Правительства РФ):</source>
        <translation>Working days moved (by a government decree):</translation>
    </message>
    <message>
        <source>Выходной:</source>
        <translation>Day off:</translation>
    </message>
    <message>
        <source>рабочий день:</source>
        <translation>working day:</translation>
    </message>
    <message>
        <source>по расписанию дня:</source>
        <translation>with the timetable of:</translation>
    </message>
    <message>
        <source>Основание: постановление № …</source>
        <translation>Grounds: decree No. …</translation>
    </message>
    <message>
        <source>Добавить &amp;перенос</source>
        <translation>Add &amp;moved day</translation>
    </message>
    <message>
        <source>Удалить перенос</source>
        <translation>Remove moved day</translation>
    </message>
    <message>
        <source>Сокращённые дни (уроки короче, перемены прежние):</source>
        <translation>Short days (shorter lessons, the same breaks):</translation>
    </message>
    <message>
        <source>День:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>урок, мин:</source>
        <translation>lesson, min:</translation>
    </message>
    <message>
        <source>Основание: предпраздничный день, приказ № …</source>
        <translation>Grounds: eve of a holiday, order No. …</translation>
    </message>
    <message>
        <source>Добавить сокращённый &amp;день</source>
        <translation>Add short &amp;day</translation>
    </message>
    <message>
        <source>Удалить сокращённый день</source>
        <translation>Remove short day</translation>
    </message>
    <message>
        <source>Смены и звонки</source>
        <translation>Shifts and bells</translation>
    </message>
    <message>
        <source>Смена:</source>
        <translation>Shift:</translation>
    </message>
    <message>
        <source>Нов&amp;ая смена</source>
        <translation>New s&amp;hift</translation>
    </message>
    <message>
        <source>Удалить смену</source>
        <translation>Remove shift</translation>
    </message>
    <message>
        <source>Время урока вводится как ЧЧ:ММ, например 08:30; двойной щелчок — изменить.</source>
        <translation>Times are typed as HH:MM, e.g. 08:30; double-click to edit.</translation>
    </message>
    <message>
        <source>Добавить &amp;урок</source>
        <translation>Add &amp;lesson</translation>
    </message>
    <message>
        <source>Убрать последний урок</source>
        <translation>Remove the last lesson</translation>
    </message>
    <message>
        <source>Сохранить &amp;звонки смены</source>
        <translation>Save the shift’s &amp;bells</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Оценивание (меняет заместитель директора по УР)</source>
        <translation>Grading (changed by the deputy head)</translation>
    </message>
    <message>
        <source>Система (меняет администратор)</source>
        <translation>System (changed by the administrator)</translation>
    </message>
    <message>
        <source>Отметки после урока, дней</source>
        <translation>Marks after the lesson, days</translation>
    </message>
    <message>
        <source>Сколько дней после урока учитель может выставлять и исправлять отметки и посещаемость (0 — только в день урока)</source>
        <translation>How many days after a lesson a teacher may enter and correct marks and attendance (0: on the day of the lesson only)</translation>
    </message>
    <message>
        <source>дн.</source>
        <translation>days</translation>
    </message>
    <message>
        <source>только в день урока</source>
        <translation>on the day of the lesson only</translation>
    </message>
    <message>
        <source>Отметка за период после конца периода, дней</source>
        <translation>Period mark after the period ends, days</translation>
    </message>
    <message>
        <source>Сколько дней после последнего урока периода учитель может выставить отметку за период без разрешения заместителя директора; не меньше срока выставления отметок за урок (0 — в день последнего урока или в срок отметок после него, как требует положение; -1 — без ограничения)</source>
        <translation>How many days after the period&apos;s last lesson a teacher may give the period mark without the deputy&apos;s approval; never less than the entry window for lesson marks (0: on the last lesson day or within the entry window after it, as the regulation asks; -1: no limit)</translation>
    </message>
    <message>
        <source>без ограничения</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Исправление своей отметки, мин</source>
        <translation>Fixing one&apos;s own mark, min</translation>
    </message>
    <message>
        <source>Сколько минут после ввода учитель может сам исправить или удалить свою отметку (механическая ошибка, п. 4.2 к); позже — только по заявке на исправление с разрешения заместителя директора (-1 — весь срок выставления отметок)</source>
        <translation>For how many minutes after typing a teacher may fix or remove their own mark (a slip, 4.2 k); later only by a correction request approved by the deputy (-1: the whole entry window)</translation>
    </message>
    <message>
        <source>весь срок выставления отметок</source>
        <translation>the whole entry window</translation>
    </message>
    <message>
        <source>Отметок одного вида в клетке, не больше</source>
        <translation>Marks of one work type in a cell, at most</translation>
    </message>
    <message>
        <source>Сколько отметок одного вида работы можно поставить ученику за один урок</source>
        <translation>How many marks of one work type a pupil may get for one lesson</translation>
    </message>
    <message>
        <source>Порог «5»</source>
        <translation>Threshold for “5”</translation>
    </message>
    <message>
        <source>Средний балл, с которого предлагается итоговая «5»</source>
        <translation>The average from which a period mark “5” is suggested</translation>
    </message>
    <message>
        <source>Порог «4»</source>
        <translation>Threshold for “4”</translation>
    </message>
    <message>
        <source>Средний балл, с которого предлагается итоговая «4»</source>
        <translation>The average from which a period mark “4” is suggested</translation>
    </message>
    <message>
        <source>Порог «3»</source>
        <translation>Threshold for “3”</translation>
    </message>
    <message>
        <source>Средний балл, с которого предлагается итоговая «3»</source>
        <translation>The average from which a period mark “3” is suggested</translation>
    </message>
    <message>
        <source>СОУ: вес «1» и «н/а», %</source>
        <translation>Learning degree: weight of “1” and “n/a”, %</translation>
    </message>
    <message>
        <source>Вес отметки «1» и «н/а» в степени обученности учащихся (СОУ), %</source>
        <translation>Weight of the mark “1” and of “n/a” in the learning degree, %</translation>
    </message>
    <message>
        <source>Блокировка при бездействии, мин</source>
        <translation>Lock when idle, min</translation>
    </message>
    <message>
        <source>Через сколько минут бездействия программа блокируется (0 — не блокировать)</source>
        <translation>After how many idle minutes the program locks (0: never)</translation>
    </message>
    <message>
        <source>мин</source>
        <translation>min</translation>
    </message>
    <message>
        <source>не блокировать</source>
        <translation>do not lock</translation>
    </message>
    <message>
        <source>Хранить еженедельных копий</source>
        <translation>Weekly backups to keep</translation>
    </message>
    <message>
        <source>Сколько еженедельных резервных копий хранить</source>
        <translation>How many weekly backups to keep</translation>
    </message>
    <message>
        <source>Хранить ежемесячных копий</source>
        <translation>Monthly backups to keep</translation>
    </message>
    <message>
        <source>Сколько ежемесячных резервных копий хранить</source>
        <translation>How many monthly backups to keep</translation>
    </message>
    <message>
        <source>Файл портфолио, не больше, МБ</source>
        <translation>Portfolio file, at most, MB</translation>
    </message>
    <message>
        <source>Наибольший размер одного файла в портфолио ученика или сотрудника, МБ</source>
        <translation>The largest size of one file in a pupil’s or staff member’s portfolio, MB</translation>
    </message>
    <message>
        <source>МБ</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Как в системе</source>
        <translation>As in the system</translation>
    </message>
    <message>
        <source>{0} пт</source>
        <translation>{0} pt</translation>
    </message>
    <message>
        <source>Сведения о школе и общие настройки меняет администратор.</source>
        <translation>The school’s details and the general settings are changed by the administrator.</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Файл базы журнала</source>
        <translation>Journal database file</translation>
    </message>
    <message>
        <source>База журнала (*.db);;Все файлы (*)</source>
        <translation>Journal database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Пароль сервера не сохранён: {0}</source>
        <translation>The server password was not saved: {0}</translation>
    </message>
    <message>
        <source>Настройки</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Этот компьютер</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>&amp;Язык интерфейса:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Размер шрифта:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>&amp;Файл базы журнала:</source>
        <translation>Journal &amp;database file:</translation>
    </message>
    <message>
        <source>файл .db или адрес сервера postgresql://пользователь@сервер/база</source>
        <translation>a .db file or a server address postgresql://user@server/database</translation>
    </message>
    <message>
        <source>&amp;Выбрать…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Пароль сервера:</source>
        <translation>Server pass&amp;word:</translation>
    </message>
    <message>
        <source>хранится в хранилище ключей этого компьютера</source>
        <translation>kept in this computer’s keyring</translation>
    </message>
    <message>
        <source>Язык и файл базы применяются при следующем запуске программы; размер шрифта — сразу.</source>
        <translation>The language and the database file take effect the next time the program starts; the font size at once.</translation>
    </message>
    <message>
        <source>Школа</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Полное &amp;наименование:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Краткое наименование:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>&amp;Адрес:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Директор (Фамилия И. О.):</source>
        <translation>Head &amp;teacher (Surname I. P.):</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Правила журнала</source>
        <translation>Journal rules</translation>
    </message>
    <message>
        <source>Каждая настройка — со своими допустимыми значениями; наведите указатель, чтобы прочитать, что она решает. Сохраняются все вместе.</source>
        <translation>Each setting has its allowed values; hover over it to read what it decides. All are saved together.</translation>
    </message>
</context>
<context>
    <name>SetupArea</name>
    <message>
        <source>Готовность</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Предметы</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Классы</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Учебный план</source>
        <translation>Curriculum</translation>
    </message>
</context>
<context>
    <name>SetupClassesPage</name>
    <message>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Смена</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Классный руководитель</source>
        <translation>Class teacher</translation>
    </message>
    <message>
        <source>Учеников</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Курсов</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>— не назначен —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>не назначен</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Выберите класс в списке.</source>
        <translation>Choose a class in the list.</translation>
    </message>
    <message>
        <source>Классы</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Классы учебного года: параллель, буква, смена и классный руководитель. Удалить можно только пустой класс, в котором не было учеников и отметок.</source>
        <translation>The classes of the school year: grade, letter, shift and class teacher. Only an empty class, which never had pupils or marks, can be removed.</translation>
    </message>
    <message>
        <source>Параллель</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Буква</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>А</source>
        <translation>А</translation>
    </message>
    <message>
        <source>Создать</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Даты периодов нового года подтверждены</source>
        <translation>The new year&apos;s period dates confirmed</translation>
    </message>
    <message>
        <source>Каникулы нового года подтверждены</source>
        <translation>The new year&apos;s holidays confirmed</translation>
    </message>
    <message>
        <source>Учебный год создан</source>
        <translation>Academic year created</translation>
    </message>
    <message>
        <source>Учебные периоды заданы</source>
        <translation>Study periods set</translation>
    </message>
    <message>
        <source>Каникулы и праздничные дни внесены</source>
        <translation>Holidays and days off entered</translation>
    </message>
    <message>
        <source>Расписание звонков задано</source>
        <translation>Bell schedule set</translation>
    </message>
    <message>
        <source>Список предметов</source>
        <translation>Subject list</translation>
    </message>
    <message>
        <source>Сотрудники внесены</source>
        <translation>Staff entered</translation>
    </message>
    <message>
        <source>Классы созданы</source>
        <translation>Classes created</translation>
    </message>
    <message>
        <source>У каждого класса есть классный руководитель</source>
        <translation>Every class has a class teacher</translation>
    </message>
    <message>
        <source>В классах есть ученики</source>
        <translation>Classes have pupils</translation>
    </message>
    <message>
        <source>Учебный план каждого класса</source>
        <translation>Every class&apos;s curriculum</translation>
    </message>
    <message>
        <source>У каждого курса есть учитель</source>
        <translation>Every course has a teacher</translation>
    </message>
    <message>
        <source>Расписание каждого класса</source>
        <translation>Every class&apos;s timetable</translation>
    </message>
    <message>
        <source>Уроки созданы по расписанию</source>
        <translation>Lessons generated from the timetable</translation>
    </message>
    <message>
        <source>У сотрудников есть учётные записи</source>
        <translation>Staff have accounts</translation>
    </message>
    <message>
        <source>Согласия на обработку данных учеников</source>
        <translation>Consents to process pupils&apos; data</translation>
    </message>
    <message>
        <source>Образец книги</source>
        <translation>Workbook template</translation>
    </message>
    <message>
        <source>Выгрузить в книгу</source>
        <translation>Export to a workbook</translation>
    </message>
    <message>
        <source>Листки с паролями сотрудников</source>
        <translation>Staff password slips</translation>
    </message>
    <message>
        <source>пароли-сотрудников.pdf</source>
        <translation>staff-passwords.pdf</translation>
    </message>
    <message>
        <source>Документ PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Учётных записей создано: {0}; листки с паролями: {1}</source>
        <translation>Accounts created: {0}; password slips: {1}</translation>
    </message>
    <message>
        <source>У всех сотрудников уже есть учётные записи.</source>
        <translation>Every staff member has an account already.</translation>
    </message>
    <message>
        <source>подготовка-года.xlsx</source>
        <translation>year-setup.xlsx</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Книга подготовки учебного года</source>
        <translation>School year set-up workbook</translation>
    </message>
    <message>
        <source>Таблицы (*.xlsx *.xlsm *.xls *.xlsb *.ods)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods)</translation>
    </message>
    <message>
        <source>Открыть страницу, где это делается</source>
        <translation>Open the page where this is done</translation>
    </message>
    <message>
        <source>Учителя могут начинать работу.</source>
        <translation>Teachers can start work.</translation>
    </message>
    <message>
        <source>Что ещё нужно, чтобы учителя начали работу (✗ — без этого нельзя, ○ — желательно). Щёлкните строку, чтобы открыть страницу, где это делается. Всё сразу можно загрузить из книги Excel.</source>
        <translation>What is still needed before teachers can start (✗ — required, ○ — advisable). Click a line to open the page where it is done. Everything can be loaded at once from an Excel workbook.</translation>
    </message>
    <message>
        <source>Образец сохранён: {0}</source>
        <translation>Template saved: {0}</translation>
    </message>
    <message>
        <source>Подготовка года сохранена: {0}</source>
        <translation>Year set-up saved: {0}</translation>
    </message>
    <message>
        <source>Ошибок нет. Будет записано: {0}.</source>
        <translation>No errors. To be written: {0}.</translation>
    </message>
    <message>
        <source>Найдено ошибок: {0}. Исправьте книгу и проверьте снова.</source>
        <translation>Errors found: {0}. Correct the workbook and check it again.</translation>
    </message>
    <message>
        <source>Книга загружена: {0}.</source>
        <translation>Workbook loaded: {0}.</translation>
    </message>
    <message>
        <source>Подготовка учебного года</source>
        <translation>Preparing the school year</translation>
    </message>
    <message>
        <source>Что ещё нужно, чтобы учителя начали работу. Щёлкните строку, чтобы открыть страницу, где это делается; выполненное отмечено галочкой. Всё сразу можно загрузить из книги Excel.</source>
        <translation>What is still needed before teachers can start. Click a line to open the page where it is done; what is done is ticked. Everything can be loaded at once from an Excel workbook.</translation>
    </message>
    <message>
        <source>Предпросмотр книги</source>
        <translation>Workbook preview</translation>
    </message>
    <message>
        <source>Обновить</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Образец книги…</source>
        <translation>Workbook template…</translation>
    </message>
    <message>
        <source>Выгрузить в книгу…</source>
        <translation>Export to a workbook…</translation>
    </message>
    <message>
        <source>Проверить книгу…</source>
        <translation>Check a workbook…</translation>
    </message>
    <message>
        <source>Загрузить проверенную книгу</source>
        <translation>Load the checked workbook</translation>
    </message>
    <message>
        <source>Учётные записи сотрудникам…</source>
        <translation>Staff accounts…</translation>
    </message>
    <message>
        <source>Создать учётные записи всем сотрудникам, у кого их нет, и сохранить листки с паролями (PDF)</source>
        <translation>Create accounts for every staff member without one and save the password slips (PDF)</translation>
    </message>
    <message>
        <source>Подтверждение</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Изменение отменено: {0}</source>
        <translation>Change cancelled: {0}</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <source>Лист</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Результат</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{0} из {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>совпадает</source>
        <translation>matches</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Документ для подписи</source>
        <translation>Document to sign</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Сертификат подписи</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <source>Сертификат PKCS#12 (*.p12 *.pfx);;Все файлы (*)</source>
        <translation>PKCS#12 certificate (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source> (подписан)</source>
        <translation> (signed)</translation>
    </message>
    <message>
        <source>Выберите документ PDF и сертификат подписи.</source>
        <translation>Choose a PDF document and a signing certificate.</translation>
    </message>
    <message>
        <source>Подписанный файл сохранён: {0}</source>
        <translation>Signed file saved: {0}</translation>
    </message>
    <message>
        <source>Сохранить подписанный документ</source>
        <translation>Save the signed document</translation>
    </message>
    <message>
        <source>Подписанный документ</source>
        <translation>Signed document</translation>
    </message>
    <message>
        <source>Электронная подпись</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>Подписать распечатку (директор, п. 4.2 в)</source>
        <translation>Sign a printout (head teacher, clause 4.2 c)</translation>
    </message>
    <message>
        <source>&amp;Документ PDF:</source>
        <translation>PDF &amp;document:</translation>
    </message>
    <message>
        <source>Выбрать…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Сертификат (.p12, .pfx):</source>
        <translation>&amp;Certificate (.p12, .pfx):</translation>
    </message>
    <message>
        <source>&amp;Пароль сертификата:</source>
        <translation>Certificate &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Место подписания:</source>
        <translation>Place of &amp;signing:</translation>
    </message>
    <message>
        <source>г. Новоозёрск</source>
        <translation>Novoozyorsk</translation>
    </message>
    <message>
        <source>По&amp;дписать и сохранить…</source>
        <translation>Si&amp;gn and save…</translation>
    </message>
    <message>
        <source>Проверить подписанный документ</source>
        <translation>Check a signed document</translation>
    </message>
    <message>
        <source>&amp;Выбрать подписанный PDF и проверить…</source>
        <translation>C&amp;hoose a signed PDF and check it…</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>не указана</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>&amp;Записать</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Отмена</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>Новый сотрудник</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>учитель</source>
        <translation>teacher</translation>
    </message>
    <message>
        <source>Карточка сотрудника: {0}</source>
        <translation>Staff record: {0}</translation>
    </message>
    <message>
        <source>Ведёт: {0}; {1} ч в неделю.</source>
        <translation>Teaches: {0}; {1} h a week.</translation>
    </message>
    <message>
        <source>Учебной нагрузки в этом году нет.</source>
        <translation>No teaching load this year.</translation>
    </message>
    <message>
        <source>Карточка сотрудника</source>
        <translation>Staff record</translation>
    </message>
    <message>
        <source>&amp;Фамилия:</source>
        <translation>S&amp;urname:</translation>
    </message>
    <message>
        <source>&amp;Имя:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Отчество:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <source>&amp;Должность:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>&amp;Телефон:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>+7 900 123-45-67</source>
        <translation>+7 900 123-45-67</translation>
    </message>
    <message>
        <source>&amp;Эл. почта:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Принят(а) на &amp;работу:</source>
        <translation>Emplo&amp;yed since:</translation>
    </message>
    <message>
        <source>&amp;Уволен(а) с:</source>
        <translation>Le&amp;ft on:</translation>
    </message>
    <message>
        <source>Со&amp;гласие на обработку ПД и портфолио…</source>
        <translation>Data &amp;consent and portfolio…</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>ФИО</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Должность</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Предметы</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Часов</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Эл. почта</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Принят(а)</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Уволен(а)</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Работают: {0}</source>
        <translation>Working: {0}</translation>
    </message>
    <message>
        <source>Итого: {0} ч в неделю, курсов: {1}</source>
        <translation>Total: {0} h a week, courses: {1}</translation>
    </message>
    <message>
        <source>Карточка сотрудника записана.</source>
        <translation>Staff record saved.</translation>
    </message>
    <message>
        <source>Нагрузка записана.</source>
        <translation>Teaching load saved.</translation>
    </message>
    <message>
        <source>Сотрудники</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Поиск: фамилия, должность, предмет…</source>
        <translation>Search: surname, position, subject…</translation>
    </message>
    <message>
        <source>Показывать &amp;уволенных</source>
        <translation>Show &amp;former staff</translation>
    </message>
    <message>
        <source>&amp;Добавить сотрудника…</source>
        <translation>&amp;Add staff member…</translation>
    </message>
    <message>
        <source>&amp;Карточка…</source>
        <translation>&amp;Record…</translation>
    </message>
    <message>
        <source>Нагрузка</source>
        <translation>Teaching load</translation>
    </message>
    <message>
        <source>&amp;Новый курс…</source>
        <translation>&amp;New course…</translation>
    </message>
    <message>
        <source>Факультатив, кружок, группа продлённого дня или индивидуальное обучение</source>
        <translation>Elective, club, after-school club or individual tuition</translation>
    </message>
    <message>
        <source>&amp;Изменить курс…</source>
        <translation>&amp;Edit course…</translation>
    </message>
    <message>
        <source>&amp;Группы класса…</source>
        <translation>Class &amp;groups…</translation>
    </message>
    <message>
        <source>Разделить класс на группы по предмету и распределить учеников</source>
        <translation>Split the class into groups for a subject and share out the pupils</translation>
    </message>
</context>
<context>
    <name>StaffRecordsDialog</name>
    <message>
        <source>Согласие и портфолио: {0}</source>
        <translation>Consent and portfolio: {0}</translation>
    </message>
    <message>
        <source>Кто дал</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Дата</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Документ</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Отозвано</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Файл</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Размер</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Согласие действует: {0}.</source>
        <translation>Consent in force: {0}.</translation>
    </message>
    <message>
        <source>Согласия на обработку персональных данных нет.</source>
        <translation>There is no consent to the processing of personal data.</translation>
    </message>
    <message>
        <source>Дипломы, удостоверения о повышении квалификации, грамоты. Файлы хранятся в зашифрованной базе; не больше {0} каждый.</source>
        <translation>Diplomas, in-service training certificates, awards. Files are kept in the encrypted database; at most {0} each.</translation>
    </message>
    <message>
        <source>Выберите согласие в таблице.</source>
        <translation>Choose a consent in the table.</translation>
    </message>
    <message>
        <source>Отзыв согласия</source>
        <translation>Withdrawal of consent</translation>
    </message>
    <message>
        <source>Отметить, что сотрудник отозвал согласие {0}?</source>
        <translation>Record that the staff member withdrew consent on {0}?</translation>
    </message>
    <message>
        <source>Согласие и портфолио сотрудника</source>
        <translation>Staff consent and portfolio</translation>
    </message>
    <message>
        <source>Согласие на обработку персональных данных</source>
        <translation>Consent to the processing of personal data</translation>
    </message>
    <message>
        <source>Д&amp;ата:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>&amp;Документ:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>заявление № 15 от 01.09.2026</source>
        <translation>form No. 15 of 01.09.2026</translation>
    </message>
    <message>
        <source>&amp;Записать согласие</source>
        <translation>&amp;Record consent</translation>
    </message>
    <message>
        <source>&amp;Отозвано…</source>
        <translation>&amp;Withdrawn…</translation>
    </message>
    <message>
        <source>Портфолио</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>&amp;Добавить файл…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <source>&amp;Сохранить файл…</source>
        <translation>&amp;Save file…</translation>
    </message>
    <message>
        <source>&amp;Удалить файл</source>
        <translation>&amp;Delete file</translation>
    </message>
</context>
<context>
    <name>SubgroupsDialog</name>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source> (групп: {0})</source>
        <translation> (groups: {0})</translation>
    </message>
    <message>
        <source>Группы класса: {0}, {1}</source>
        <translation>Class groups: {0}, {1}</translation>
    </message>
    <message>
        <source>{0} класс</source>
        <translation>class {0}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Не распределены ({0})</source>
        <translation>Not assigned ({0})</translation>
    </message>
    <message>
        <source>Есть записи в журнале группы: {0}. Ученика не переводят, чтобы они не пропали со страниц журнала.</source>
        <translation>Has entries in the group’s journal: {0}. The pupil is not moved, so that they do not vanish from the journal pages.</translation>
    </message>
    <message>
        <source>Ученики класса без группы: {0}</source>
        <translation>Pupils of the class without a group: {0}</translation>
    </message>
    <message>
        <source>Учитель: {0} · учеников: {1}</source>
        <translation>Teacher: {0} · pupils: {1}</translation>
    </message>
    <message>
        <source>Выделите учеников, которых нужно перевести.</source>
        <translation>Select the pupils to move.</translation>
    </message>
    <message>
        <source>Ученик класса должен быть в одной из групп: выберите группу, а не «Не распределены».</source>
        <translation>A pupil of the class must be in one of the groups: choose a group, not “Not assigned”.</translation>
    </message>
    <message>
        <source>Переведено в «{0}»: {1}</source>
        <translation>Moved to “{0}”: {1}</translation>
    </message>
    <message>
        <source>Класс разделён на группы; у каждой свой журнал.</source>
        <translation>The class is split into groups; each has its own journal.</translation>
    </message>
    <message>
        <source>Курс всего класса по предмету остаётся в нагрузке: если уроки теперь идут по группам, замените его в расписании.</source>
        <translation>The whole-class course in the subject stays in the teaching load: if the lessons are now taught in groups, replace it in the timetable.</translation>
    </message>
    <message>
        <source>Группы класса</source>
        <translation>Class groups</translation>
    </message>
    <message>
        <source>&amp;Предмет:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Класс не разделён на группы по этому предмету. Выберите учителей двух групп: у каждой группы будет свой журнал, ученики разделятся по алфавиту.</source>
        <translation>The class is not split into groups for this subject. Choose the teachers of the two groups: each group will have its own journal, and the pupils are split alphabetically.</translation>
    </message>
    <message>
        <source>&amp;Разделить на две группы</source>
        <translation>S&amp;plit into two groups</translation>
    </message>
    <message>
        <source>Перевести выбранных учеников в группу справа (Ctrl+→)</source>
        <translation>Move the selected pupils to the group on the right (Ctrl+→)</translation>
    </message>
    <message>
        <source>Перевести выбранных учеников в группу слева (Ctrl+←)</source>
        <translation>Move the selected pupils to the group on the left (Ctrl+←)</translation>
    </message>
    <message>
        <source>Перетащите учеников из списка в список или выделите и нажмите «→» / «←». Серым отмечены ученики, у которых уже есть записи в журнале группы: их не переводят, чтобы записи не пропали со страниц журнала.</source>
        <translation>Drag pupils from list to list, or select them and press “→” / “←”. Pupils in grey already have entries in the group’s journal: they are not moved, so that the entries do not vanish from the journal pages.</translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <source>Предмет</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Краткое</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Курсов в этом году</source>
        <translation>Courses this year</translation>
    </message>
    <message>
        <source>Отметок</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Состояние</source>
        <translation>State</translation>
    </message>
    <message>
        <source>выведен из списка</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>Вернуть в список</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <source>Вывести из списка</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Выберите предмет в списке.</source>
        <translation>Choose a subject in the list.</translation>
    </message>
    <message>
        <source>Предметы</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Предметы школы в порядке сводной ведомости. Переименование не меняет журналы; предмет, которого нет в учебном плане, можно вывести из списка, а предмет без отметок и курсов — удалить.</source>
        <translation>The school&apos;s subjects in the order of the summary sheet. Renaming changes no journal; a subject in no curriculum can be retired, one without marks and courses deleted.</translation>
    </message>
    <message>
        <source>Краткое название</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Добавить</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Выше</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Ниже</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Удалить</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Добавить недостающие из ФОП</source>
        <translation>Add the missing federal ones</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Отмена… дождитесь, пока программа уберёт начатое.</source>
        <translation>Cancelling… wait while the program clears up what it started.</translation>
    </message>
</context>
<context>
    <name>TeachersModel</name>
    <message>
        <source>Учитель</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Должность</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Часов</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>ThematicPlanDialog</name>
    <message>
        <source>&amp;Закрыть</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>КТП курса: {0} тем, {1} ч. Выберите файл .xlsx, чтобы загрузить новый план (он заменит этот).</source>
        <translation>The course’s scheme of work: {0} topics, {1} h. Choose an .xlsx file to load a new plan (it replaces this one).</translation>
    </message>
    <message>
        <source>У курса ещё нет КТП. Выберите файл .xlsx с планом: столбцы «№», «Тема урока», «Количество часов».</source>
        <translation>The course has no scheme of work yet. Choose an .xlsx file with the plan: columns “№”, “Тема урока”, “Количество часов”.</translation>
    </message>
    <message>
        <source>раздел или итог — не загружается</source>
        <translation>section or total — not loaded</translation>
    </message>
    <message>
        <source>КТП для журнала «{0}»: уроков в журнале {1}, из них с темой {2}.</source>
        <translation>Scheme of work for the journal “{0}”: lessons in the journal {1}, with a topic {2}.</translation>
    </message>
    <message>
        <source>В файле тем: {0}, часов: {1}; заголовок в строке {2}.</source>
        <translation>Topics in the file: {0}, hours: {1}; heading in row {2}.</translation>
    </message>
    <message>
        <source>Ошибки в строках {0}: исправьте файл и выберите его снова. Пока есть ошибки, план не загружается.</source>
        <translation>Errors in rows {0}: correct the file and choose it again. While there are errors, the plan is not loaded.</translation>
    </message>
    <message>
        <source>Файл прочитан без ошибок: нажмите «Импортировать».</source>
        <translation>The file was read without errors: press “Import”.</translation>
    </message>
    <message>
        <source>Файл КТП</source>
        <translation>Scheme of work file</translation>
    </message>
    <message>
        <source>Таблицы (*.xlsx *.xls *.xlsb *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.xlsb *.ods *.csv)</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>КТП загружен: тем {0}, часов {1}. Теперь можно заполнить темы уроков.</source>
        <translation>Scheme of work loaded: topics {0}, hours {1}. Now the lesson topics can be filled in.</translation>
    </message>
    <message>
        <source>Сохранить шаблон КТП</source>
        <translation>Save the scheme of work template</translation>
    </message>
    <message>
        <source>КТП_шаблон.xlsx</source>
        <translation>Scheme_of_work_template.xlsx</translation>
    </message>
    <message>
        <source>Шаблон сохранён: {0}</source>
        <translation>Template saved: {0}</translation>
    </message>
    <message>
        <source>КТП — календарно-тематическое планирование</source>
        <translation>Scheme of work</translation>
    </message>
    <message>
        <source>Файл:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>выберите файл .xlsx с КТП</source>
        <translation>choose an .xlsx file with the scheme of work</translation>
    </message>
    <message>
        <source>&amp;Выбрать файл…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <source>Сохранить &amp;шаблон…</source>
        <translation>Save te&amp;mplate…</translation>
    </message>
    <message>
        <source>&amp;Импортировать</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Заменить КТП курса планом из файла</source>
        <translation>Replace the course’s scheme of work with the plan from the file</translation>
    </message>
    <message>
        <source>&amp;Заполнить темы уроков</source>
        <translation>&amp;Fill in lesson topics</translation>
    </message>
    <message>
        <source>Пустые темы уроков заполняются по плану по порядку; уроки с темой не меняются</source>
        <translation>Empty lesson topics are filled in from the plan in order; lessons with a topic are not changed</translation>
    </message>
</context>
<context>
    <name>TimetableGenerateDialog</name>
    <message>
        <source>Все классы школы</source>
        <translation>All classes of the school</translation>
    </message>
    <message>
        <source>{0} класс</source>
        <translation>class {0}</translation>
    </message>
    <message>
        <source>Создать уроки</source>
        <translation>Create lessons</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Создать уроки по расписанию</source>
        <translation>Create lessons from the timetable</translation>
    </message>
    <message>
        <source>Уроки в журнале создаются по расписанию за вычетом каникул и праздников. Прошедшие дни не изменяются; уроки с отметками или посещаемостью остаются как есть, а уроки с темой или домашним заданием не удаляются — программа перечислит их.</source>
        <translation>Lessons in the journal are created from the timetable, leaving out holidays. Past days are not changed; lessons with marks or attendance stay as they are, and lessons with a topic or homework are not deleted — the program will list them.</translation>
    </message>
    <message>
        <source>&amp;Для кого:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;С:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;По:</source>
        <translation>&amp;To:</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Расписание: выбрать нечего</source>
        <translation>Timetable: nothing to choose</translation>
    </message>
    <message>
        <source>Расписание: {0} — {1} учебный год, уроков в неделю: {2}</source>
        <translation>Timetable: {0} — school year {1}, lessons a week: {2}</translation>
    </message>
    <message>
        <source>Конфликты ({0}):</source>
        <translation>Conflicts ({0}):</translation>
    </message>
    <message>
        <source>Конфликтов нет.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>Выберите клетку расписания: день и урок.</source>
        <translation>Choose a timetable cell: a day and a lesson.</translation>
    </message>
    <message>
        <source>Расписание изменено с {0:%d.%m.%Y}.</source>
        <translation>Timetable changed from {0:%d.%m.%Y}.</translation>
    </message>
    <message>
        <source>Изменений нет.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>Уроки в журнале: создано {0}, удалено {1}, перенесено {2}.</source>
        <translation>Lessons in the journal: created {0}, deleted {1}, moved {2}.</translation>
    </message>
    <message>
        <source>Оставлены как есть ({0}): {1}</source>
        <translation>Left as they are ({0}): {1}</translation>
    </message>
    <message>
        <source>Уроки в журнале не изменялись: «Создать уроки…» приведёт их в порядок.</source>
        <translation>The lessons in the journal were not changed: “Create lessons…” will put them in order.</translation>
    </message>
    <message>
        <source>Конфликтов: {0} — см. список под расписанием.</source>
        <translation>Conflicts: {0} — see the list under the timetable.</translation>
    </message>
    <message>
        <source>Создание уроков по расписанию</source>
        <translation>Creating lessons from the timetable</translation>
    </message>
    <message>
        <source>Уроки не созданы</source>
        <translation>Lessons not created</translation>
    </message>
    <message>
        <source>Уроки по расписанию</source>
        <translation>Lessons from the timetable</translation>
    </message>
    <message>
        <source>Оставлены как есть, хотя их нет в новом расписании: {0}. Подробности — по кнопке ниже.</source>
        <translation>Left as they are although they are not in the new timetable: {0}. Details under the button below.</translation>
    </message>
    <message>
        <source> Оставлено как есть: {0}.</source>
        <translation> Left as they are: {0}.</translation>
    </message>
    <message>
        <source>Замена записывается из расписания класса или учителя.</source>
        <translation>Cover is recorded from a class’s or a teacher’s timetable.</translation>
    </message>
    <message>
        <source>Сохранить расписание в PDF</source>
        <translation>Save the timetable as PDF</translation>
    </message>
    <message>
        <source>Расписание {0}.pdf</source>
        <translation>Timetable {0}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Сохранить расписание школы в Excel</source>
        <translation>Save the school timetable in Excel</translation>
    </message>
    <message>
        <source>Расписание {0}.xlsx</source>
        <translation>Timetable {0}.xlsx</translation>
    </message>
    <message>
        <source>Книга Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Расписание не сохранено: {0}</source>
        <translation>Timetable not saved: {0}</translation>
    </message>
    <message>
        <source>Расписание сохранено: {0}</source>
        <translation>Timetable saved: {0}</translation>
    </message>
    <message>
        <source>Расписание</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Чьё расписание показать</source>
        <translation>Whose timetable to show</translation>
    </message>
    <message>
        <source>Класс</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Учитель</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Кабинет</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>на &amp;дату:</source>
        <translation>on &amp;date:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Расписание, действующее в этот день</source>
        <translation>The timetable in force on this day</translation>
    </message>
    <message>
        <source>&amp;Изменить урок…</source>
        <translation>&amp;Edit lesson…</translation>
    </message>
    <message>
        <source>Предмет (или две подгруппы) и кабинет в выбранной клетке; двойной щелчок по клетке делает то же</source>
        <translation>The subject (or two groups) and the room in the chosen cell; a double click on a cell does the same</translation>
    </message>
    <message>
        <source>&amp;Создать уроки…</source>
        <translation>&amp;Create lessons…</translation>
    </message>
    <message>
        <source>Создать или пересоздать уроки в журнале по расписанию с выбранной даты; уроки с отметками и посещаемостью не затрагиваются</source>
        <translation>Create or re-create the journal’s lessons from the timetable from the chosen date; lessons with marks and attendance are not touched</translation>
    </message>
    <message>
        <source>&amp;Замена…</source>
        <translation>Co&amp;ver…</translation>
    </message>
    <message>
        <source>Урок ведёт другой учитель: он сможет заполнить в журнале именно этот урок</source>
        <translation>Another teacher takes the lesson: they can fill in just this lesson in the journal</translation>
    </message>
    <message>
        <source>&amp;Печать PDF…</source>
        <translation>&amp;Print PDF…</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>Расписание всех классов в книгу Excel: общий лист и лист на каждый класс</source>
        <translation>The timetable of all classes to an Excel workbook: an overall sheet and a sheet per class</translation>
    </message>
    <message>
        <source>Конфликты</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Двойной щелчок — перейти к клетке</source>
        <translation>Double click to go to the cell</translation>
    </message>
</context>
<context>
    <name>TimetableSlotDialog</name>
    <message>
        <source>{0}: {1}, {2}-й урок{3}.</source>
        <translation>{0}: {1}, lesson {2}{3}.</translation>
    </message>
    <message>
        <source>— нет урока —</source>
        <translation>— no lesson —</translation>
    </message>
    <message>
        <source>— нет —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source> · в неделю {0} из {1:g} ч</source>
        <translation> · {0} of {1:g} h a week</translation>
    </message>
    <message>
        <source>Сохранить</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Урок в расписании</source>
        <translation>Lesson in the timetable</translation>
    </message>
    <message>
        <source>&amp;Предмет:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;кабинет:</source>
        <translation>&amp;room:</translation>
    </message>
    <message>
        <source>&amp;Вторая подгруппа:</source>
        <translation>Second &amp;group:</translation>
    </message>
    <message>
        <source>ка&amp;бинет:</source>
        <translation>r&amp;oom:</translation>
    </message>
    <message>
        <source>&amp;С какой даты:</source>
        <translation>&amp;From date:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Сразу изменить &amp;уроки в журнале с этой даты (уроки с отметками и посещаемостью не затрагиваются)</source>
        <translation>Change the journal’s &amp;lessons from this date at once (lessons with marks and attendance are not touched)</translation>
    </message>
</context>
<context>
    <name>TimetableSubstitutionDialog</name>
    <message>
        <source>Записать замену</source>
        <translation>Record cover</translation>
    </message>
    <message>
        <source>Отмена</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0}-й урок: {1} — {2}</source>
        <translation>Lesson {0}: {1} — {2}</translation>
    </message>
    <message>
        <source> (замена: {0})</source>
        <translation> (cover: {0})</translation>
    </message>
    <message>
        <source>— нет замены —</source>
        <translation>— no cover —</translation>
    </message>
    <message>
        <source>В этот день уроков нет: выберите другой день.</source>
        <translation>There are no lessons on this day: choose another day.</translation>
    </message>
    <message>
        <source>Выберите урок.</source>
        <translation>Choose a lesson.</translation>
    </message>
    <message>
        <source>Замена записана: {0:%d.%m.%Y}, {1}-й урок, {2} — ведёт {3}.</source>
        <translation>Cover recorded: {0:%d.%m.%Y}, lesson {1}, {2} — taught by {3}.</translation>
    </message>
    <message>
        <source>Замена снята: {0:%d.%m.%Y}, {1}-й урок, {2}.</source>
        <translation>Cover removed: {0:%d.%m.%Y}, lesson {1}, {2}.</translation>
    </message>
    <message>
        <source>Замена урока</source>
        <translation>Lesson cover</translation>
    </message>
    <message>
        <source>Учитель, который ведёт урок вместо своего коллеги, сможет заполнить в журнале именно этот урок: тему, отметки, посещаемость.</source>
        <translation>A teacher who takes a lesson for a colleague can fill in just this lesson in the journal: the topic, marks, attendance.</translation>
    </message>
    <message>
        <source>&amp;День:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy, dddd</source>
        <translation>dd.MM.yyyy, dddd</translation>
    </message>
    <message>
        <source>&amp;Урок:</source>
        <translation>&amp;Lesson:</translation>
    </message>
    <message>
        <source>&amp;Заменяет:</source>
        <translation>&amp;Covered by:</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Введите код документа с листа распечатки или текст его QR-кода.</source>
        <translation>Enter the document code from the printed sheet or the text of its QR code.</translation>
    </message>
    <message>
        <source>Сверяю распечатку с журналом…</source>
        <translation>Comparing the printout with the journal…</translation>
    </message>
    <message>
        <source>✓ Лист {0} совпадает с журналом.</source>
        <translation>✓ Sheet {0} matches the journal.</translation>
    </message>
    <message>
        <source>✓ Совпадает: журнал содержит в точности то, что напечатано.</source>
        <translation>✓ Matches: the journal holds exactly what was printed.</translation>
    </message>
    <message>
        <source>✗ Не совпадает: после печати журнал изменён, не совпадают листы: {0}.</source>
        <translation>✗ Does not match: the journal has changed since printing; sheets that differ: {0}.</translation>
    </message>
    <message>
        <source>✗ Не совпадает: лист не подтверждён реестром печати.</source>
        <translation>✗ Does not match: the sheet is not confirmed by the print register.</translation>
    </message>
    <message>
        <source>✗ Не совпадает: после печати журнал изменён: листов стало больше.</source>
        <translation>✗ Does not match: the journal has changed since printing: there are more sheets now.</translation>
    </message>
    <message>
        <source>✗ Ошибка чтения базы: {0}</source>
        <translation>✗ Error reading the database: {0}</translation>
    </message>
    <message>
        <source>✗ Файл «{0}» не прочитан: {1}</source>
        <translation>✗ File “{0}” could not be read: {1}</translation>
    </message>
    <message>
        <source>Текст QR-кода</source>
        <translation>QR code text</translation>
    </message>
    <message>
        <source>Текст (*.txt);;Все файлы (*)</source>
        <translation>Text (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Проверка распечатки</source>
        <translation>Printout check</translation>
    </message>
    <message>
        <source>Введите код документа, напечатанный внизу листа (например, 7KQM-3XWA), или текст его QR-кода: программа сверит распечатку с тем, что журнал содержит сейчас.</source>
        <translation>Enter the document code printed at the foot of the sheet (e.g. 7KQM-3XWA) or the text of its QR code: the program compares the printout with what the journal holds now.</translation>
    </message>
    <message>
        <source>&amp;Код или текст QR:</source>
        <translation>&amp;Code or QR text:</translation>
    </message>
    <message>
        <source>XXXX-XXXX или EJ1:…</source>
        <translation>XXXX-XXXX or EJ1:…</translation>
    </message>
    <message>
        <source>Из &amp;файла…</source>
        <translation>From &amp;file…</translation>
    </message>
    <message>
        <source>Текстовый файл с текстом QR-кода, сохранённый программой сканирования</source>
        <translation>A text file with the QR code text, saved by the scanning program</translation>
    </message>
    <message>
        <source>&amp;Проверить</source>
        <translation>Chec&amp;k</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>каб. {0}</source>
        <translation>rm {0}</translation>
    </message>
    <message>
        <source> группа</source>
        <translation> group</translation>
    </message>
    <message>
        <source> гр.</source>
        <translation> gr.</translation>
    </message>
    <message>
        <source>{0}-й урок, {1}</source>
        <translation>Lesson {0}, {1}</translation>
    </message>
    <message>
        <source>{0}, {1}-й урок</source>
        <translation>{0}, lesson {1}</translation>
    </message>
    <message>
        <source>{0} — {1}, кабинет {2} (с {3:%d.%m.%Y})</source>
        <translation>{0} — {1}, room {2} (from {3:%d.%m.%Y})</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>понедельник</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>вторник</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>среда</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>четверг</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>пятница</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>суббота</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>воскресенье</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>пн</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>вт</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>ср</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>чт</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>пт</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>сб</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>вс</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>YearClosingWizard</name>
    <message>
        <source>Закрытие учебного года</source>
        <translation>Closing the school year</translation>
    </message>
    <message>
        <source>Закрытие {0} учебного года</source>
        <translation>Closing school year {0}</translation>
    </message>
    <message>
        <source>Занятия {0} учебного года окончены {1:%d.%m.%Y}. Год закрывается по приказу директора; после закрытия он доступен только для просмотра и печати.</source>
        <translation>Lessons of school year {0} ended on {1:%d.%m.%Y}. The year is closed by the head teacher’s order; once closed it is open for viewing and printing only.</translation>
    </message>
    <message>
        <source>1. Годовые отметки</source>
        <translation>1. Year marks</translation>
    </message>
    <message>
        <source>2. Решения по ученикам</source>
        <translation>2. Decisions on pupils</translation>
    </message>
    <message>
        <source>3. Архив года</source>
        <translation>3. Year archive</translation>
    </message>
    <message>
        <source>4. Приказ и закрытие</source>
        <translation>4. Order and closing</translation>
    </message>
    <message>
        <source>5. Итог</source>
        <translation>5. Outcome</translation>
    </message>
    <message>
        <source>&amp;Закрыть учебный год</source>
        <translation>&amp;Close the school year</translation>
    </message>
    <message>
        <source>&amp;Готово</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Далее &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Для всего &amp;класса {0}</source>
        <translation>For the whole c&amp;lass {0}</translation>
    </message>
    <message>
        <source>Для всего &amp;класса</source>
        <translation>For the whole c&amp;lass</translation>
    </message>
    <message>
        <source>Нет годовых отметок в журналах: {0} (учеников без отметки: {1}). Пока они не выставлены, год закрыть нельзя. Откройте журнал строки, выставьте отметки («н/а» и «осв.» тоже считаются) и нажмите «Проверить снова».</source>
        <translation>Year marks are missing in journals: {0} (pupils without a mark: {1}). Until they are given, the year cannot be closed. Open the row’s journal, give the marks (“н/а” and “осв.” count too) and press “Check again”.</translation>
    </message>
    <message>
        <source>Годовые отметки выставлены во всех журналах учебного плана. Нажмите «Далее».</source>
        <translation>Year marks are given in all journals of the curriculum. Press “Next”.</translation>
    </message>
    <message>
        <source>все классы</source>
        <translation>all classes</translation>
    </message>
    <message>
        <source>Всего: {0} · переводятся: {1} · условно: {2} · повторное обучение: {3} · выпуск: {4}</source>
        <translation>Total: {0} · promoted: {1} · conditionally: {2} · repeat the year: {3} · leave school: {4}</translation>
    </message>
    <message>
        <source>{0} ({1} класс)</source>
        <translation>{0} (class {1})</translation>
    </message>
    <message>
        <source>Решение педагогического совета: {0}, {1}</source>
        <translation>Decision of the teachers’ council: {0}, {1}</translation>
    </message>
    <message>
        <source>Решение педагогического совета</source>
        <translation>Decision of the teachers’ council</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}.</source>
        <translation>{0}, {1}: {2}.</translation>
    </message>
    <message>
        <source>Папка для архива года</source>
        <translation>Folder for the year archive</translation>
    </message>
    <message>
        <source>Выбрано носителей: {0}. Архив года записывается не более чем на {1} носителя: снимите лишние отметки.</source>
        <translation>Drives chosen: {0}. The year archive is written to at most {1} drives: untick the extra ones.</translation>
    </message>
    <message>
        <source>Носители не выбраны: год будет закрыт без архива. Положение (п. 7.5–7.6) требует архива на трёх носителях.</source>
        <translation>No drives chosen: the year will be closed without an archive. The Regulation (7.5–7.6) requires an archive on three drives.</translation>
    </message>
    <message>
        <source>Выбрано носителей: {0} из {1}.</source>
        <translation>Drives chosen: {0} of {1}.</translation>
    </message>
    <message>
        <source>Учебный год {0} будет закрыт по приказу № {1} от {2:%d.%m.%Y}: его журналы станут доступны только для просмотра и печати.</source>
        <translation>School year {0} will be closed by order No. {1} of {2:%d.%m.%Y}: its journals will be open for viewing and printing only.</translation>
    </message>
    <message>
        <source>Учеников: {0}</source>
        <translation>Pupils: {0}</translation>
    </message>
    <message>
        <source>  переводятся в следующий класс: {0}</source>
        <translation>  promoted to the next grade: {0}</translation>
    </message>
    <message>
        <source>  переводятся условно: {0}</source>
        <translation>  promoted conditionally: {0}</translation>
    </message>
    <message>
        <source>  остаются на повторное обучение: {0}</source>
        <translation>  repeat the year: {0}</translation>
    </message>
    <message>
        <source>  выпускаются: {0}</source>
        <translation>  leave school: {0}</translation>
    </message>
    <message>
        <source>По классам:</source>
        <translation>By class:</translation>
    </message>
    <message>
        <source>в {0}{1}: {2}</source>
        <translation>to {0}{1}: {2}</translation>
    </message>
    <message>
        <source>условно: {0}</source>
        <translation>conditionally: {0}</translation>
    </message>
    <message>
        <source>повторно: {0}</source>
        <translation>repeat: {0}</translation>
    </message>
    <message>
        <source>выпуск: {0}</source>
        <translation>leave: {0}</translation>
    </message>
    <message>
        <source>  {0}: {1}</source>
        <translation>  {0}: {1}</translation>
    </message>
    <message>
        <source>Будет создан учебный год {0}/{1} с периодами и каникулами по умолчанию; классы, классные руководители и учебная нагрузка копируются для проверки. Расписание составляется заново.</source>
        <translation>School year {0}/{1} will be created with the default terms and holidays; classes, form tutors and the teaching load are copied for checking. The timetable is made afresh.</translation>
    </message>
    <message>
        <source>Архив года записывается на носители:</source>
        <translation>The year archive is written to the drives:</translation>
    </message>
    <message>
        <source>Архив года не записывается: носители не выбраны.</source>
        <translation>The year archive is not written: no drives chosen.</translation>
    </message>
    <message>
        <source>Сейчас закрыть год нельзя: {0}</source>
        <translation>The year cannot be closed now: {0}</translation>
    </message>
    <message>
        <source>Закрыть {0} учебный год по приказу № {1} от {2:%d.%m.%Y}?

Ученики будут переведены, выпускники выбудут, будет создан новый учебный год. Отменить закрытие нельзя.</source>
        <translation>Close school year {0} by order No. {1} of {2:%d.%m.%Y}?

Pupils will be promoted, leavers will leave the roll, a new school year will be created. Closing cannot be undone.</translation>
    </message>
    <message>
        <source>Архив года не будет записан: носители не выбраны.</source>
        <translation>The year archive will not be written: no drives chosen.</translation>
    </message>
    <message>
        <source>Проверка годовых отметок…</source>
        <translation>Checking the year marks…</translation>
    </message>
    <message>
        <source>архив записан и проверен</source>
        <translation>archive written and verified</translation>
    </message>
    <message>
        <source>Учебный год {0} закрыт</source>
        <translation>School year {0} closed</translation>
    </message>
    <message>
        <source>Учебный год {0} закрыт и доступен только для просмотра и печати. Открыт учебный год {1}: проверьте классы, классных руководителей и учебную нагрузку, составьте расписание.</source>
        <translation>School year {0} is closed and open for viewing and printing only. School year {1} is open: check the classes, form tutors and teaching load, and make the timetable.</translation>
    </message>
    <message>
        <source>Учебный год не закрыт</source>
        <translation>School year not closed</translation>
    </message>
    <message>
        <source>&amp;Открыть журнал</source>
        <translation>&amp;Open the journal</translation>
    </message>
    <message>
        <source>Открыть страницу журнала выбранной строки, чтобы выставить годовые отметки</source>
        <translation>Open the journal page of the chosen row to give the year marks</translation>
    </message>
    <message>
        <source>&amp;Проверить снова</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Класс:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>Только &amp;изменённые и не переводимые</source>
        <translation>Only c&amp;hanged and not promoted</translation>
    </message>
    <message>
        <source>&amp;Решение:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Основание:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>решение педсовета, протокол №…; заявление родителей…</source>
        <translation>teachers’ council decision, minutes No. …; parents’ letter…</translation>
    </message>
    <message>
        <source>Для &amp;ученика</source>
        <translation>For the &amp;pupil</translation>
    </message>
    <message>
        <source>Архив года записывается на три носителя (п. 7.6 Положения): для архива школы, для администратора журнала и для заместителя директора по информатизации. Отметьте до трёх носителей: архив записывается на каждый, читается обратно и проверяется; год закрывается, только если все архивы записаны.</source>
        <translation>The year archive is written to three drives (Regulation, 7.6): for the school archive, for the journal administrator and for the deputy head for IT. Tick up to three drives: the archive is written to each, read back and verified; the year is closed only if all archives are written.</translation>
    </message>
    <message>
        <source>&amp;Добавить папку…</source>
        <translation>&amp;Add folder…</translation>
    </message>
    <message>
        <source>Папка на сетевом диске или на носителе, которого нет в списке</source>
        <translation>A folder on a network drive or on a drive that is not in the list</translation>
    </message>
    <message>
        <source>Обновить &amp;список</source>
        <translation>Refresh &amp;list</translation>
    </message>
    <message>
        <source>&amp;Номер приказа директора:</source>
        <translation>Head teacher’s &amp;order number:</translation>
    </message>
    <message>
        <source>например, 45-у</source>
        <translation>e.g. 45-P</translation>
    </message>
    <message>
        <source>&amp;Дата приказа:</source>
        <translation>Order &amp;date:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Что будет сделано:</source>
        <translation>What will be done:</translation>
    </message>
    <message>
        <source>&lt; &amp;Назад</source>
        <translation>&lt; &amp;Back</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Электронный журнал</source>
        <translation>Electronic Journal</translation>
    </message>
    <message>
        <source>Восстановление журнала</source>
        <translation>Journal restore</translation>
    </message>
    <message>
        <source>База не восстановлена</source>
        <translation>Database not restored</translation>
    </message>
    <message>
        <source>База журнала не открыта</source>
        <translation>Journal database not opened</translation>
    </message>
    <message>
        <source>База восстановлена из копии.
{0}</source>
        <translation>The database was restored from the backup.
{0}</translation>
    </message>
    <message>
        <source>Прежняя база сохранена в {0}</source>
        <translation>The previous database is kept in {0}</translation>
    </message>
    <message>
        <source>Восстановление</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Демонстрационная школа, все данные вымышлены. Войдите как admin, director, zavuch, secretary, teacher01 … или parent-5a-01; пароль у всех — demo.</source>
        <translation>Demonstration school, all data made up. Sign in as admin, director, zavuch, secretary, teacher01 … or parent-5a-01; the password is demo for all.</translation>
    </message>
</context>
</TS>
