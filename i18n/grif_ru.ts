<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation>Операцию не удалось выполнить.</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Недопустимое значение для «%1»: %2</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters are allowed.</source>
        <translation>Значение поля «%1» слишком длинное: допускается не более %2 символов.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the account is disabled.</source>
        <translation>Неверное имя пользователя или пароль либо учётная запись отключена.</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait %1 seconds and try again.</source>
        <translation>Слишком много неудачных попыток входа. Повторите попытку через %1 с.</translation>
    </message>
    <message>
        <source>Logins are locked after repeated failures. Wait %1 minutes or ask the administrator.</source>
        <translation>Вход заблокирован после повторных неудачных попыток. Подождите %1 мин или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The password is not accepted: %1</source>
        <translation>Пароль не принят: %1</translation>
    </message>
    <message>
        <source>You do not have the right to do this (%1). Ask the administrator.</source>
        <translation>У вас нет права на это действие (%1). Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Your clearance does not give access to this information.</source>
        <translation>Ваш допуск не даёт доступа к этой информации.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>Не найдено: %1.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>Уже существует: %1.</translation>
    </message>
    <message>
        <source>This cannot be done now: %1</source>
        <translation>Сейчас это действие невозможно: %1</translation>
    </message>
    <message>
        <source>The store cannot be used: %1</source>
        <translation>Базу данных невозможно использовать: %1</translation>
    </message>
    <message>
        <source>No store at %1. Choose an existing store file or create a new one.</source>
        <translation>По пути %1 база данных не найдена. Выберите существующий файл базы данных или создайте новый.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place for the store.</source>
        <translation>Папка %1 не существует. Выберите другое место для базы данных.</translation>
    </message>
    <message>
        <source>A store already exists at %1. Choose another file name.</source>
        <translation>По пути %1 база данных уже существует. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>The key file %1 is missing or damaged. Restore it from a backup or use the recovery code.</source>
        <translation>Файл ключей %1 отсутствует или повреждён. Восстановите его из резервной копии или воспользуйтесь кодом восстановления.</translation>
    </message>
    <message>
        <source>The store does not open with this key: the file is damaged or belongs to another key file.</source>
        <translation>База данных не открывается этим ключом: файл повреждён или относится к другому файлу ключей.</translation>
    </message>
    <message>
        <source>This store is bound to another workstation or its keyring is locked. Unlock the keyring or open the store with the recovery code.</source>
        <translation>Эта база данных привязана к другой рабочей станции, либо хранилище ключей заблокировано. Разблокируйте хранилище ключей или откройте базу данных с помощью кода восстановления.</translation>
    </message>
    <message>
        <source>Integrity check failed: %1. Stop work and inform the auditor.</source>
        <translation>Проверка целостности не пройдена: %1. Прекратите работу и сообщите аудитору.</translation>
    </message>
    <message>
        <source>The store was replaced by an older copy: its journal ends at record %1, the workstation remembers record %2. Inform the auditor.</source>
        <translation>База данных заменена более старой копией: её журнал заканчивается записью № %1, а на рабочей станции зафиксирована запись № %2. Сообщите аудитору.</translation>
    </message>
    <message>
        <source>The audit record could not be written, so the action was not done: %1</source>
        <translation>Не удалось внести запись в журнал регистрации событий, поэтому действие не выполнено: %1</translation>
    </message>
    <message>
        <source>The store is in use by another program. Close it and try again.</source>
        <translation>База данных используется другой программой. Закройте эту программу и повторите попытку.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>Диск заполнен. Освободите место и повторите попытку; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The store is read-only; changes cannot be saved.</source>
        <translation>База данных доступна только для чтения; изменения не могут быть сохранены.</translation>
    </message>
    <message>
        <source>at least 12 characters are required</source>
        <translation>требуется не менее 12 символов</translation>
    </message>
    <message>
        <source>at most 256 characters are allowed</source>
        <translation>допускается не более 256 символов</translation>
    </message>
    <message>
        <source>it must not contain the user name</source>
        <translation>пароль не должен содержать имя пользователя</translation>
    </message>
    <message>
        <source>it must not contain control characters</source>
        <translation>пароль не должен содержать управляющие символы</translation>
    </message>
    <message>
        <source>it must not be one repeated character</source>
        <translation>пароль не должен состоять из одного повторяющегося символа</translation>
    </message>
    <message>
        <source>The recovery code is wrong. Check it against the sheet kept in the safe.</source>
        <translation>Код восстановления неверен. Сверьте его с листом, хранящимся в сейфе.</translation>
    </message>
    <message>
        <source>Grif</source>
        <translation>Grif</translation>
    </message>
    <message>
        <source>give form, number, issue and expiry dates together</source>
        <translation>укажите вместе форму, номер, дату выдачи и дату окончания</translation>
    </message>
    <message>
        <source>name the administrator who does this</source>
        <translation>укажите администратора, который выполняет действие</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>department</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>роли</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>level</source>
        <translation>степень секретности</translation>
    </message>
    <message>
        <source>Kyrgyz marking</source>
        <translation>гриф секретности Кыргызской Стороны</translation>
    </message>
    <message>
        <source>clearance</source>
        <translation>допуск</translation>
    </message>
    <message>
        <source>clearance form</source>
        <translation>форма допуска</translation>
    </message>
    <message>
        <source>clearance number</source>
        <translation>номер допуска</translation>
    </message>
    <message>
        <source>clearance expiry</source>
        <translation>срок действия допуска</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <source>wrong type of value</source>
        <translation>неверный тип значения</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>содержит управляющие символы</translation>
    </message>
    <message>
        <source>use 2–32 lower-case Latin letters, digits, . _ -</source>
        <translation>используйте 2–32 строчные латинские буквы, цифры, . _ -</translation>
    </message>
    <message>
        <source>the store is not bound to a workstation</source>
        <translation>база данных не привязана к рабочей станции</translation>
    </message>
    <message>
        <source>the account is disabled; enable it with a new password</source>
        <translation>учётная запись отключена; включите её с новым паролем</translation>
    </message>
    <message>
        <source>the last active administrator cannot be removed</source>
        <translation>нельзя удалить последнего действующего администратора</translation>
    </message>
    <message>
        <source>the account is already active</source>
        <translation>учётная запись уже активна</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Of special importance</source>
        <translation>Особой важности</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Совершенно секретно</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Секретно</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Grif — log in</source>
        <translation>Grif — вход</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Grif — %1</source>
        <translation>Grif — %1</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Вход выполнен: %1 (%2)</translation>
    </message>
    <message>
        <source>No clearance in force</source>
        <translation>Действующего допуска нет</translation>
    </message>
    <message>
        <source>Clearance up to: %1</source>
        <translation>Допуск до уровня: %1</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>This section is not available yet in this version of Grif.</source>
        <translation>Этот раздел пока недоступен в данной версии Grif.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Registry clerk</source>
        <translation>Сотрудник, ведущий реестр</translation>
    </message>
    <message>
        <source>Head of the protection unit</source>
        <translation>Руководитель подразделения по защите государственных секретов</translation>
    </message>
    <message>
        <source>Head of the organisation</source>
        <translation>Руководитель организации</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Access to personal data</source>
        <translation>Доступ к персональным данным</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Organisation name</source>
        <translation>Наименование организации</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Protection unit</source>
        <translation>Подразделение по защите государственных секретов</translation>
    </message>
    <message>
        <source>Position of the head</source>
        <translation>Должность руководителя</translation>
    </message>
    <message>
        <source>Head&apos;s name (И.О. Фамилия)</source>
        <translation>ФИО руководителя (И.О. Фамилия)</translation>
    </message>
    <message>
        <source>Idle lock after (minutes)</source>
        <translation>Блокировка при бездействии через (минут)</translation>
    </message>
    <message>
        <source>Default print language</source>
        <translation>Язык печати по умолчанию</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Last store opened</source>
        <translation>Последняя открытая база данных</translation>
    </message>
</context>
</TS>
