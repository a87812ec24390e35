<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ActDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New destruction act</source>
        <translation>Новый акт уничтожения</translation>
    </message>
    <message>
        <source>List the copies to destroy, the basis, the method and the commission. The act is saved as a draft; the commission signs it, the head approves it, and only then are the copies destroyed.</source>
        <translation>Укажите уничтожаемые экземпляры, основание, способ уничтожения и состав комиссии. Акт сохраняется как проект; комиссия его подписывает, руководитель утверждает, и только после этого экземпляры уничтожаются.</translation>
    </message>
    <message>
        <source>Destruction act %1: draft</source>
        <translation>Акт уничтожения № %1: проект</translation>
    </message>
    <message>
        <source>Change the draft. The act must be signed again after any change.</source>
        <translation>Изменение проекта акта. После любого изменения акт необходимо подписать заново.</translation>
    </message>
    <message>
        <source>Saving withdraws the signatures already given (%1).</source>
        <translation>При сохранении уже поставленные подписи аннулируются (%1).</translation>
    </message>
    <message>
        <source>Act &amp;date:</source>
        <translation>Дата &amp;акта:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место уничтожения:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Da&amp;ted:</source>
        <translation>Да&amp;та:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Способ уничтожения:</translation>
    </message>
    <message>
        <source>How it rules out &amp;recovery:</source>
        <translation>Как исключается &amp;восстановление:</translation>
    </message>
    <message>
        <source>&amp;Chair of the commission:</source>
        <translation>&amp;Председатель комиссии:</translation>
    </message>
    <message>
        <source>M&amp;embers (at least two):</source>
        <translation>&amp;Члены комиссии (не менее двух):</translation>
    </message>
    <message>
        <source>Where the copies are destroyed, e.g. the registry&apos;s room</source>
        <translation>Где уничтожаются экземпляры, например помещение подразделения по защите государственных секретов</translation>
    </message>
    <message>
        <source>No. of the originator&apos;s notice or of the decision</source>
        <translation>№ уведомления стороны-источника или решения</translation>
    </message>
    <message>
        <source>e.g. the particles are no larger than 0.8 × 12 mm; the ash is stirred</source>
        <translation>например: размер частиц не более 0,8 × 12 мм; пепел перемешивается</translation>
    </message>
    <message>
        <source>Choose the method</source>
        <translation>Выберите способ уничтожения</translation>
    </message>
    <message>
        <source>Choose the basis</source>
        <translation>Выберите основание</translation>
    </message>
    <message>
        <source>Choose the chair</source>
        <translation>Выберите председателя комиссии</translation>
    </message>
    <message>
        <source>Members of the commission</source>
        <translation>Члены комиссии</translation>
    </message>
    <message>
        <source>&amp;Save the draft</source>
        <translation>Сохранить про&amp;ект</translation>
    </message>
</context>
<context>
    <name>ActViewDialog</name>
    <message>
        <source>Print the destruction act</source>
        <translation>Печать акта уничтожения</translation>
    </message>
    <message>
        <source>Approve the act</source>
        <translation>Утверждение акта</translation>
    </message>
    <message>
        <source>Approve destruction act %1 (%2 copies) as the head of the organisation?</source>
        <translation>Утвердить акт уничтожения № %1 (экземпляров: %2) как руководитель организации?</translation>
    </message>
    <message>
        <source>Return the act to draft</source>
        <translation>Возврат акта в проект</translation>
    </message>
    <message>
        <source>Return destruction act %1 to draft? The signatures and the approval given are withdrawn; the act can then be corrected and signed again.</source>
        <translation>Вернуть акт уничтожения № %1 в проект? Поставленные подписи и утверждение будут отозваны; затем акт можно исправить и подписать заново.</translation>
    </message>
    <message>
        <source>Execute the act</source>
        <translation>Исполнение акта</translation>
    </message>
    <message>
        <source>Execute destruction act %1? Its %2 copies will be marked destroyed in the register. This cannot be undone.</source>
        <translation>Исполнить акт уничтожения № %1? Все экземпляры акта (%2) будут отмечены в реестре как уничтоженные. Отменить это действие невозможно.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; confirmed by the chair %2 and the member %3</source>
        <translation>%1; подтвердили председатель комиссии %2 и член комиссии %3</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ещё не подписано</translation>
    </message>
    <message>
        <source>Total: %1 copies, %2 sheets</source>
        <translation>Всего: экземпляров — %1, листов — %2</translation>
    </message>
    <message>
        <source>Destruction act %1</source>
        <translation>Акт уничтожения № %1</translation>
    </message>
    <message>
        <source>Destruction act No. %1 of %2</source>
        <translation>Акт уничтожения № %1 от %2</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Сторона-источник:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место уничтожения:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Способ уничтожения:</translation>
    </message>
    <message>
        <source>How it rules out recovery:</source>
        <translation>Как исключается восстановление:</translation>
    </message>
    <message>
        <source>Drawn up by:</source>
        <translation>Кем составлен:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Кем утверждён:</translation>
    </message>
    <message>
        <source>Executed:</source>
        <translation>Исполнен:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>&amp;Экземпляры:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Copy No.</source>
        <translation>Экз. №</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Кол-во листов</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Подписать…</translation>
    </message>
    <message>
        <source>Record &amp;paper signatures…</source>
        <translation>Отметить подписи на &amp;бумаге…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>Back to &amp;draft…</source>
        <translation>Вернуть в п&amp;роект…</translation>
    </message>
    <message>
        <source>E&amp;xecute…</source>
        <translation>&amp;Исполнить…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Login</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Неудачная попытка входа</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Блокировка сеанса</translation>
    </message>
    <message>
        <source>Session unlocked</source>
        <translation>Разблокировка сеанса</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Изменение данных пользователя</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Отключение учётной записи</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Включение учётной записи</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>User list viewed</source>
        <translation>Просмотр списка пользователей</translation>
    </message>
    <message>
        <source>User card viewed</source>
        <translation>Просмотр карточки пользователя</translation>
    </message>
    <message>
        <source>Expiring clearances viewed</source>
        <translation>Просмотр истекающих допусков</translation>
    </message>
    <message>
        <source>Store created</source>
        <translation>Создание базы данных</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Проверка целостности</translation>
    </message>
    <message>
        <source>Store key changed</source>
        <translation>Смена ключа базы данных</translation>
    </message>
    <message>
        <source>Store bound to the workstation</source>
        <translation>Привязка базы данных к рабочей станции</translation>
    </message>
    <message>
        <source>Store unbound from the workstation</source>
        <translation>Отвязка базы данных от рабочей станции</translation>
    </message>
    <message>
        <source>Store moved to another workstation</source>
        <translation>Перенос базы данных на другую рабочую станцию</translation>
    </message>
    <message>
        <source>Raw store key disclosed</source>
        <translation>Выдача ключа базы данных в открытом виде</translation>
    </message>
    <message>
        <source>Backup started</source>
        <translation>Начало резервного копирования</translation>
    </message>
    <message>
        <source>Backup written and verified</source>
        <translation>Запись и проверка резервной копии</translation>
    </message>
    <message>
        <source>Store restored from a backup</source>
        <translation>Восстановление базы данных из резервной копии</translation>
    </message>
    <message>
        <source>Store brought up to a new version of Grif</source>
        <translation>Обновление базы данных до новой версии Grif</translation>
    </message>
    <message>
        <source>Security event: store file damaged</source>
        <translation>Событие информационной безопасности: повреждение файла базы данных</translation>
    </message>
    <message>
        <source>Security event: older copy of the store</source>
        <translation>Событие информационной безопасности: подмена базы данных более старой копией</translation>
    </message>
    <message>
        <source>Security event: journal chain broken</source>
        <translation>Событие информационной безопасности: нарушение цепочки записей журнала</translation>
    </message>
    <message>
        <source>Security event: burst of failed logins</source>
        <translation>Событие информационной безопасности: серия неудачных попыток входа</translation>
    </message>
    <message>
        <source>Security event acknowledged</source>
        <translation>Подтверждение ознакомления с событием информационной безопасности</translation>
    </message>
    <message>
        <source>Journal exported</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <source>Journal viewed</source>
        <translation>Просмотр журнала</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Изменение настроек</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>Печать листа с кодом восстановления</translation>
    </message>
    <message>
        <source>Register extract printed</source>
        <translation>Печать выписки из реестра</translation>
    </message>
    <message>
        <source>Copy card printed</source>
        <translation>Печать карточки экземпляра</translation>
    </message>
    <message>
        <source>Receipt confirmation printed</source>
        <translation>Печать подтверждения получения</translation>
    </message>
    <message>
        <source>Carrier registered</source>
        <translation>Регистрация носителя</translation>
    </message>
    <message>
        <source>Register viewed</source>
        <translation>Просмотр реестра</translation>
    </message>
    <message>
        <source>Registration looked up</source>
        <translation>Поиск по учётному номеру</translation>
    </message>
    <message>
        <source>Copy card viewed</source>
        <translation>Просмотр карточки экземпляра</translation>
    </message>
    <message>
        <source>Register exported</source>
        <translation>Экспорт реестра</translation>
    </message>
    <message>
        <source>Carriers imported</source>
        <translation>Импорт носителей</translation>
    </message>
    <message>
        <source>Copy issued</source>
        <translation>Выдача экземпляра</translation>
    </message>
    <message>
        <source>Copy returned</source>
        <translation>Возврат экземпляра</translation>
    </message>
    <message>
        <source>Copy dispatched</source>
        <translation>Отправка экземпляра</translation>
    </message>
    <message>
        <source>Receipt of a copy confirmed</source>
        <translation>Подтверждение получения экземпляра</translation>
    </message>
    <message>
        <source>Marking change worked out</source>
        <translation>Рассчитан план изменения грифа</translation>
    </message>
    <message>
        <source>Marking-change case opened</source>
        <translation>Открытие дела об изменении грифа секретности</translation>
    </message>
    <message>
        <source>Marking-change case viewed</source>
        <translation>Просмотр дела об изменении грифа секретности</translation>
    </message>
    <message>
        <source>Marking-change cases listed</source>
        <translation>Просмотр списка дел об изменении грифа секретности</translation>
    </message>
    <message>
        <source>Copy re-marked</source>
        <translation>Переоформление грифа экземпляра</translation>
    </message>
    <message>
        <source>Marking-change case closed</source>
        <translation>Закрытие дела об изменении грифа секретности</translation>
    </message>
    <message>
        <source>Copy request recorded</source>
        <translation>Регистрация заявки на размножение</translation>
    </message>
    <message>
        <source>Copying permitted</source>
        <translation>Выдача разрешения на размножение</translation>
    </message>
    <message>
        <source>Copying refused</source>
        <translation>Отказ в размножении</translation>
    </message>
    <message>
        <source>Copies made under a permission</source>
        <translation>Изготовление экземпляров по разрешению на размножение</translation>
    </message>
    <message>
        <source>Copy request viewed</source>
        <translation>Просмотр заявки на размножение</translation>
    </message>
    <message>
        <source>Copy requests listed</source>
        <translation>Просмотр списка заявок на размножение</translation>
    </message>
    <message>
        <source>Marking-change act printed</source>
        <translation>Печать акта об изменении грифа секретности</translation>
    </message>
    <message>
        <source>Copy request printed</source>
        <translation>Печать заявки на размножение</translation>
    </message>
    <message>
        <source>Destruction act drawn up</source>
        <translation>Составление акта уничтожения</translation>
    </message>
    <message>
        <source>Destruction act changed</source>
        <translation>Изменение акта уничтожения</translation>
    </message>
    <message>
        <source>Destruction act signed</source>
        <translation>Подписание акта уничтожения</translation>
    </message>
    <message>
        <source>Destruction act approved</source>
        <translation>Утверждение акта уничтожения</translation>
    </message>
    <message>
        <source>Destruction act executed</source>
        <translation>Исполнение акта уничтожения</translation>
    </message>
    <message>
        <source>Destruction act returned to draft</source>
        <translation>Акт уничтожения возвращён в проект</translation>
    </message>
    <message>
        <source>Destruction act viewed</source>
        <translation>Просмотр акта уничтожения</translation>
    </message>
    <message>
        <source>Destruction acts listed</source>
        <translation>Просмотр списка актов уничтожения</translation>
    </message>
    <message>
        <source>Carriers sent back to the originator</source>
        <translation>Возврат носителей стороне-источнику</translation>
    </message>
    <message>
        <source>Return to the originator confirmed</source>
        <translation>Подтверждение возврата стороне-источнику</translation>
    </message>
    <message>
        <source>Return list viewed</source>
        <translation>Просмотр описи возврата</translation>
    </message>
    <message>
        <source>Return lists listed</source>
        <translation>Просмотр списка описей возврата</translation>
    </message>
    <message>
        <source>Inventory check started</source>
        <translation>Начало проверки наличия</translation>
    </message>
    <message>
        <source>Copies found in a check</source>
        <translation>Отметка об обнаружении экземпляров при проверке наличия</translation>
    </message>
    <message>
        <source>Copies marked missing in a check</source>
        <translation>Отметка об отсутствии экземпляров при проверке наличия</translation>
    </message>
    <message>
        <source>Surplus item recorded in a check</source>
        <translation>Регистрация излишка при проверке наличия</translation>
    </message>
    <message>
        <source>Inventory check finished</source>
        <translation>Завершение проверки наличия</translation>
    </message>
    <message>
        <source>Inventory check viewed</source>
        <translation>Просмотр проверки наличия</translation>
    </message>
    <message>
        <source>Inventory checks listed</source>
        <translation>Просмотр списка проверок наличия</translation>
    </message>
    <message>
        <source>Loss or disclosure case opened</source>
        <translation>Регистрация факта разглашения или утраты</translation>
    </message>
    <message>
        <source>Internal investigation ordered</source>
        <translation>Назначение служебного расследования</translation>
    </message>
    <message>
        <source>Findings of an investigation recorded</source>
        <translation>Внесение результатов служебного расследования</translation>
    </message>
    <message>
        <source>Loss or disclosure case viewed</source>
        <translation>Просмотр факта разглашения или утраты</translation>
    </message>
    <message>
        <source>Loss and disclosure cases listed</source>
        <translation>Просмотр списка фактов разглашения и утраты</translation>
    </message>
    <message>
        <source>Destruction act printed</source>
        <translation>Печать акта уничтожения</translation>
    </message>
    <message>
        <source>Return list printed</source>
        <translation>Печать описи возврата</translation>
    </message>
    <message>
        <source>Inventory act printed</source>
        <translation>Печать акта проверки наличия</translation>
    </message>
    <message>
        <source>Monthly calculation index set</source>
        <translation>Установлен месячный расчётный показатель</translation>
    </message>
    <message>
        <source>Monthly calculation index removed</source>
        <translation>Удалён месячный расчётный показатель</translation>
    </message>
    <message>
        <source>Notice to the Kyrgyz party recorded</source>
        <translation>Зарегистрировано уведомление Кыргызской Стороны</translation>
    </message>
    <message>
        <source>Damage assessment assigned</source>
        <translation>Поручено определение ущерба</translation>
    </message>
    <message>
        <source>Dossier commission changed</source>
        <translation>Изменён состав комиссии по делу</translation>
    </message>
    <message>
        <source>Secrecy degree established</source>
        <translation>Установлена степень секретности</translation>
    </message>
    <message>
        <source>Damage indicator entered</source>
        <translation>Внесён показатель ущерба</translation>
    </message>
    <message>
        <source>Damage assessed</source>
        <translation>Ущерб определён</translation>
    </message>
    <message>
        <source>Conclusion agreed</source>
        <translation>Заключение согласовано</translation>
    </message>
    <message>
        <source>Conclusion signed</source>
        <translation>Заключение подписано</translation>
    </message>
    <message>
        <source>Conclusion approved</source>
        <translation>Заключение утверждено</translation>
    </message>
    <message>
        <source>Conclusion dispatched</source>
        <translation>Заключение направлено</translation>
    </message>
    <message>
        <source>Owner read the conclusion</source>
        <translation>Собственник ознакомлен с заключением</translation>
    </message>
    <message>
        <source>File added to a dossier</source>
        <translation>К делу приложен файл</translation>
    </message>
    <message>
        <source>Dossier file opened</source>
        <translation>Открыт файл дела</translation>
    </message>
    <message>
        <source>Dossier viewed</source>
        <translation>Просмотрено дело</translation>
    </message>
    <message>
        <source>Dossiers listed</source>
        <translation>Просмотрен список дел</translation>
    </message>
    <message>
        <source>Damage conclusion printed</source>
        <translation>Распечатано заключение об ущербе</translation>
    </message>
    <message>
        <source>Visit request created</source>
        <translation>Создание заявки на визит</translation>
    </message>
    <message>
        <source>Visit request changed</source>
        <translation>Изменение заявки на визит</translation>
    </message>
    <message>
        <source>Visit request sent or received</source>
        <translation>Отправка или получение заявки на визит</translation>
    </message>
    <message>
        <source>Visit agreed</source>
        <translation>Согласование визита</translation>
    </message>
    <message>
        <source>Visit refused</source>
        <translation>Отказ в визите</translation>
    </message>
    <message>
        <source>Visit cancelled</source>
        <translation>Отмена визита</translation>
    </message>
    <message>
        <source>Visit closed</source>
        <translation>Закрытие визита</translation>
    </message>
    <message>
        <source>Visit request viewed</source>
        <translation>Просмотр заявки на визит</translation>
    </message>
    <message>
        <source>Visit requests listed</source>
        <translation>Просмотр списка заявок на визит</translation>
    </message>
    <message>
        <source>Visitors&apos; personal data viewed</source>
        <translation>Просмотр персональных данных посетителей</translation>
    </message>
    <message>
        <source>Visit request printed</source>
        <translation>Печать заявки на визит</translation>
    </message>
    <message>
        <source>Contract registered</source>
        <translation>Регистрация договора</translation>
    </message>
    <message>
        <source>Contract changed</source>
        <translation>Изменение договора</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>Прекращение договора</translation>
    </message>
    <message>
        <source>Registration linked to a contract</source>
        <translation>Привязка носителя к договору</translation>
    </message>
    <message>
        <source>Contract viewed</source>
        <translation>Просмотр договора</translation>
    </message>
    <message>
        <source>Contracts listed</source>
        <translation>Просмотр списка договоров</translation>
    </message>
    <message>
        <source>Copy sent to the Kyrgyz party</source>
        <translation>Отправка экземпляра Кыргызской Стороне</translation>
    </message>
    <message>
        <source>Demo register filled</source>
        <translation>Заполнение демонстрационного реестра</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member to the commission of dossier %1</source>
        <translation>Добавление члена комиссии: дело № %1</translation>
    </message>
    <message>
        <source>Every participant holds a valid clearance of the form the information requires (p.5).</source>
        <translation>Каждый участник должен иметь действующий допуск той формы, которой требуют сведения (п. 5).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
</context>
<context>
    <name>AddOutsiderDialog</name>
    <message>
        <source>Invite a person to the commission of dossier %1</source>
        <translation>Приглашение лица в комиссию: дело № %1</translation>
    </message>
    <message>
        <source>A person without an account in Grif: their clearance as shown on paper is checked too (p.5). They sign the conclusion on paper.</source>
        <translation>Лицо, не имеющее учётной записи в Grif: его допуск также проверяется по документам (п. 5). Заключение оно подписывает на бумаге.</translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation>Форма %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Clearance &amp;form:</source>
        <translation>Форма до&amp;пуска:</translation>
    </message>
    <message>
        <source>Clearance &amp;No.:</source>
        <translation>&amp;Номер допуска:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Срок действия до:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Доб&amp;авить</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>This section is for administrators.</source>
        <translation>Этот раздел предназначен для администраторов.</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>E&amp;xpiring clearances</source>
        <translation>&amp;Истекающие допуски</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;MCI</source>
        <translation>&amp;МРП</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Резервные копии</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agreement of the conclusion: dossier %1</source>
        <translation>Согласование заключения: дело № %1</translation>
    </message>
    <message>
        <source>The head has no authority over state secrets: the conclusion is agreed with the body that has it before the commission signs (p.11).</source>
        <translation>Руководитель не наделён полномочиями по распоряжению государственными секретами: до подписания комиссией заключение согласовывается с органом, наделённым такими полномочиями (п. 11).</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>&amp;Согласовано с:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Внести</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer to visit request %1</source>
        <translation>Ответ на заявку на визит № %1</translation>
    </message>
    <message>
        <source>Request %1 of %2. A refused visit is final; an agreed one is closed once it has taken place.</source>
        <translation>Заявка: письмо № %1 от %2. Отказ в визите является окончательным; согласованный визит закрывается после того, как он состоялся.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation>&amp;Согласовано</translation>
    </message>
    <message>
        <source>Re&amp;fused</source>
        <translation>&amp;Отказано</translation>
    </message>
    <message>
        <source>&amp;Reference of the answer:</source>
        <translation>&amp;Реквизиты ответа:</translation>
    </message>
    <message>
        <source>Date of the &amp;answer:</source>
        <translation>&amp;Дата ответа:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Внести</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess the damage: dossier %1</source>
        <translation>Определение размера ущерба: дело № %1</translation>
    </message>
    <message>
        <source>The information belongs to the Kyrgyz party: the damage is assessed under its law (Agreement, article 12 item 2). Record its assessment.</source>
        <translation>Сведения принадлежат Кыргызской Стороне: размер ущерба определяется по её законодательству (Соглашение, статья 12 пункт 2). Внесите её оценку.</translation>
    </message>
    <message>
        <source>By a methodology, the amount is the total of the indicators; without one, the amount is set from the range of p.10 for the degree established.</source>
        <translation>По методике размер ущерба равен сумме показателей; без методики размер устанавливается в пределах диапазона п. 10 для установленной степени секретности.</translation>
    </message>
    <message>
        <source>&amp;No methodology: the range of p.10</source>
        <translation>&amp;Без методики: диапазон п. 10</translation>
    </message>
    <message>
        <source>By a &amp;methodology</source>
        <translation>По &amp;методике</translation>
    </message>
    <message>
        <source>The lost document existed in a &amp;single copy</source>
        <translation>Утраченный документ существовал в &amp;единственном экземпляре</translation>
    </message>
    <message>
        <source>Assessed:</source>
        <translation>Способ определения:</translation>
    </message>
    <message>
        <source>Allowed:</source>
        <translation>Допустимый размер:</translation>
    </message>
    <message>
        <source>MCI &amp;date named by a court order:</source>
        <translation>Дата МРП, указанная в &amp;постановлении суда:</translation>
    </message>
    <message>
        <source>That &amp;order:</source>
        <translation>&amp;Реквизиты постановления:</translation>
    </message>
    <message>
        <source>Final &amp;amount, MCI:</source>
        <translation>&amp;Окончательный размер, МРП:</translation>
    </message>
    <message>
        <source>Methodology &amp;name:</source>
        <translation>&amp;Наименование методики:</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>&amp;Кем утверждена:</translation>
    </message>
    <message>
        <source>Total of the indicators:</source>
        <translation>Всего по показателям:</translation>
    </message>
    <message>
        <source>Kyrgyz party&apos;s &amp;reference:</source>
        <translation>Реквизиты &amp;документа Кыргызской Стороны:</translation>
    </message>
    <message>
        <source>Its a&amp;mount:</source>
        <translation>Размер &amp;ущерба:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Ва&amp;люта:</translation>
    </message>
    <message>
        <source>&amp;Other matters:</source>
        <translation>&amp;Иные вопросы:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Внести</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>%1 — %2 found %3 (%4)</source>
        <translation>№ %1 — %2, дата обнаружения %3 (%4)</translation>
    </message>
    <message>
        <source>Assign a damage assessment</source>
        <translation>Поручение определения размера ущерба</translation>
    </message>
    <message>
        <source>The head of the organisation assigns the assessment of the damage from a loss or disclosure (or claimed by the owner of an information source) to a commission. The commission works at most 30 days.</source>
        <translation>Руководитель организации поручает комиссии определение размера ущерба от утраты или разглашения сведений (либо по требованию собственника источника сведений). Комиссия работает не более 30 дней.</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Вариант:</translation>
    </message>
    <message>
        <source>Loss or disclosure &amp;case:</source>
        <translation>&amp;Факт утраты или разглашения:</translation>
    </message>
    <message>
        <source>&amp;Owner of the source:</source>
        <translation>&amp;Собственник источника сведений:</translation>
    </message>
    <message>
        <source>&amp;Level of the information:</source>
        <translation>Степень секр&amp;етности сведений:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>Basis &amp;reference:</source>
        <translation>&amp;Реквизиты основания:</translation>
    </message>
    <message>
        <source>Basis &amp;dated:</source>
        <translation>&amp;Дата основания:</translation>
    </message>
    <message>
        <source>Assi&amp;gned on:</source>
        <translation>Дата &amp;поручения:</translation>
    </message>
    <message>
        <source>&amp;Materials reached the commission on:</source>
        <translation>Дата поступления &amp;материалов в комиссию:</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>Head&apos;s order &amp;No.:</source>
        <translation>&amp;Номер приказа руководителя:</translation>
    </message>
    <message>
        <source>Order da&amp;ted:</source>
        <translation>Д&amp;ата приказа:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Место составления &amp;заключения:</translation>
    </message>
    <message>
        <source>The &amp;head has authority over state secrets (otherwise the conclusion is agreed with the body that has it)</source>
        <translation>Р&amp;уководитель наделён полномочиями по распоряжению государственными секретами (иначе заключение согласовывается с органом, наделённым такими полномочиями)</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>Пору&amp;чить</translation>
    </message>
</context>
<context>
    <name>AuditJournalPage</name>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Объект:</translation>
    </message>
    <message>
        <source>Text in the object (Ctrl+F)</source>
        <translation>Поиск по тексту объекта (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message>
        <source>Any start date</source>
        <translation>Любая начальная дата</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Любая конечная дата</translation>
    </message>
    <message>
        <source>Apply (F5)</source>
        <translation>Применить (F5)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Show the records that match</source>
        <translation>Показать записи, соответствующие условиям отбора</translation>
    </message>
    <message>
        <source>the record was changed, inserted or reordered</source>
        <translation>запись изменена, вставлена или переставлена</translation>
    </message>
    <message>
        <source>records before it were removed</source>
        <translation>предшествующие записи удалены</translation>
    </message>
    <message>
        <source>the record is out of order</source>
        <translation>нарушен порядок записей</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>%n запись экспортирована в %1</numerusform>
            <numerusform>%n записи экспортированы в %1</numerusform>
            <numerusform>%n записей экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the journal chain…</source>
        <translation>Проверка цепочки записей журнала…</translation>
    </message>
    <message>
        <source>Journal check</source>
        <translation>Проверка журнала</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Экспорт журнала…</translation>
    </message>
    <message>
        <source>Counting records…</source>
        <translation>Подсчёт записей…</translation>
    </message>
    <message>
        <source>The journal is intact: %1 records checked.</source>
        <translation>Целостность журнала не нарушена. Проверено записей: %1.</translation>
    </message>
    <message>
        <source>The journal is broken at record %1: %2</source>
        <translation>Целостность журнала нарушена на записи № %1: %2</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Журнал регистрации событий</translation>
    </message>
    <message>
        <source>Journal records</source>
        <translation>Записи журнала</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Проверить &amp;цепочку</translation>
    </message>
    <message>
        <source>Check that no record was changed, removed or inserted</source>
        <translation>Проверить, что ни одна запись не была изменена, удалена или вставлена</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the records shown as JSON lines</source>
        <translation>Сохранить показанные записи в формате JSON Lines</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Make one in Administration → Backups.</source>
        <translation>Создайте её в разделе «Администрирование → Резервные копии».</translation>
    </message>
    <message>
        <source>No verified backup of this register has been made yet.</source>
        <translation>Проверенная резервная копия этого реестра ещё не создавалась.</translation>
    </message>
    <message numerus="yes">
        <source>The last verified backup is %n day(s) old (made %1; the reminder is set to %2 days).</source>
        <translation>
            <numerusform>Последней проверенной резервной копии %n день (создана %1; напоминание установлено на %2 дн.).</numerusform>
            <numerusform>Последней проверенной резервной копии %n дня (создана %1; напоминание установлено на %2 дн.).</numerusform>
            <numerusform>Последней проверенной резервной копии %n дней (создана %1; напоминание установлено на %2 дн.).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Make a backup…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>A backup is a new folder with the encrypted register, its key file and a manifest. The same passwords and the recovery code open it. It counts only after it was read back and checked. Keep the medium as a carrier of the register&apos;s highest level.</source>
        <translation>Резервная копия — это новая папка, в которой находятся зашифрованный файл реестра, его файл ключей и манифест. Она открывается теми же паролями и тем же кодом восстановления. Резервная копия считается созданной только после того, как она прочитана повторно и проверена. Храните носитель с резервной копией как носитель высшей степени секретности, имеющейся в реестре.</translation>
    </message>
    <message>
        <source>No verified backup of this register has been made yet.</source>
        <translation>Проверенная резервная копия этого реестра ещё не создавалась.</translation>
    </message>
    <message>
        <source>Last verified backup: %1 by %2, %3 copies, in %4</source>
        <translation>Последняя проверенная резервная копия: %1, пользователь %2, экземпляров: %3, папка: %4</translation>
    </message>
    <message>
        <source>Where to write the backup (a folder or removable medium)</source>
        <translation>Куда записать резервную копию (папка или съёмный носитель)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Запись и проверка резервной копии…</translation>
    </message>
    <message>
        <source>Done: the backup was written and checked (%1 copies, %2 journal records, %3 s) in %4.</source>
        <translation>Готово: резервная копия записана и проверена (экземпляров: %1, записей журнала: %2, %3 с) в папке %4.</translation>
    </message>
    <message>
        <source>The register was restored from the backup. Log in again.</source>
        <translation>Реестр восстановлен из резервной копии. Войдите в систему снова.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel visit request %1</source>
        <translation>Отмена заявки на визит № %1</translation>
    </message>
    <message>
        <source>The request (%1) is withdrawn for good: it cannot be sent, answered or closed afterwards.</source>
        <translation>Заявка (состояние: %1) отзывается окончательно: после этого её нельзя направить, внести по ней ответ или закрыть.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>Cancel the &amp;visit</source>
        <translation>Отменить &amp;визит</translation>
    </message>
</context>
<context>
    <name>CarrierKind</name>
    <message>
        <source>Paper document</source>
        <translation>Бумажный документ</translation>
    </message>
    <message>
        <source>Electronic medium</source>
        <translation>Электронный носитель</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Изделие</translation>
    </message>
    <message>
        <source>Other object</source>
        <translation>Иной объект</translation>
    </message>
</context>
<context>
    <name>CaseViewDialog</name>
    <message>
        <source>Print the act of the marking change</source>
        <translation>Печать акта об изменении грифа секретности</translation>
    </message>
    <message>
        <source>Recipient&apos;s confirmation</source>
        <translation>Подтверждение получателя</translation>
    </message>
    <message>
        <source>%1, copy No. %2 was sent to %3. Reference of their confirmation that it is re-marked:</source>
        <translation>Учётный № %1, экз. № %2 отправлен получателю: %3. Укажите реквизиты подтверждения получателя о переоформлении грифа:</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Закрытие дела</translation>
    </message>
    <message>
        <source>Close case %1? The registrations take the new level (%2); the old level stays in their history.</source>
        <translation>Закрыть дело № %1? Носителям будет присвоена новая степень секретности (%2); прежняя степень сохранится в их истории.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, No. %2 of %3</source>
        <translation>%1, № %2 от %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Marking-change case %1</source>
        <translation>Дело об изменении грифа секретности № %1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Дело № %1: %2</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Уведомление:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
    <message>
        <source>Other Party&apos;s agreement:</source>
        <translation>Согласие другой Стороны:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Сторона-источник:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Изменение:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Основание срока:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Time to the deadline:</source>
        <translation>До окончания срока:</translation>
    </message>
    <message>
        <source>Opened by:</source>
        <translation>Кем открыто:</translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation>Кем подтверждено:</translation>
    </message>
    <message>
        <source>Closed by:</source>
        <translation>Кем закрыто:</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Экз. №</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Где находится</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Re-marked by</source>
        <translation>Кем переоформлен гриф</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>&amp;Mark as re-marked</source>
        <translation>&amp;Отметить переоформление грифа</translation>
    </message>
    <message>
        <source>Close the &amp;case…</source>
        <translation>Закрыть &amp;дело…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>&amp;Печать акта…</translation>
    </message>
</context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Повторите новый пароль</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>не менее 12 символов</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>Новые пароли не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <source>The current password is wrong, or the account has been disabled.</source>
        <translation>Текущий пароль неверен либо учётная запись отключена.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Diplomatic channels</source>
        <translation>Дипломатические каналы</translation>
    </message>
    <message>
        <source>Encrypted documentary communication</source>
        <translation>Шифрованная документальная связь</translation>
    </message>
    <message>
        <source>Courier service</source>
        <translation>Фельдъегерская служба</translation>
    </message>
    <message>
        <source>Military courier service</source>
        <translation>Военно-курьерская служба</translation>
    </message>
</context>
<context>
    <name>CheckItemsModel</name>
    <message>
        <source>Reg. No.</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Экз. №</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Кол-во листов</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message numerus="yes">
        <source>Mark the %n remaining unchecked copy(ies) missing? Each one opens a loss case when the check is finished.</source>
        <translation>
            <numerusform>Отметить %n оставшийся непроверенным экземпляр как не обнаруженный? При завершении проверки по каждому не обнаруженному экземпляру регистрируется факт утраты.</numerusform>
            <numerusform>Отметить %n оставшихся непроверенными экземпляра как не обнаруженные? При завершении проверки по каждому не обнаруженному экземпляру регистрируется факт утраты.</numerusform>
            <numerusform>Отметить %n оставшихся непроверенными экземпляров как не обнаруженные? При завершении проверки по каждому не обнаруженному экземпляру регистрируется факт утраты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) marked missing.</source>
        <translation>
            <numerusform>%n экземпляр отмечен как не обнаруженный.</numerusform>
            <numerusform>%n экземпляра отмечены как не обнаруженные.</numerusform>
            <numerusform>%n экземпляров отмечены как не обнаруженные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the inventory act</source>
        <translation>Печать акта проверки наличия</translation>
    </message>
    <message>
        <source>Inventory check</source>
        <translation>Проверка наличия</translation>
    </message>
    <message>
        <source>%1 is not among the copies this check expects. Is it here? Record it as a surplus item?</source>
        <translation>Экземпляр %1 не входит в число экземпляров, подлежащих этой проверке. Он имеется в наличии? Внести его как излишек?</translation>
    </message>
    <message>
        <source>%1: found</source>
        <translation>%1: обнаружен</translation>
    </message>
    <message>
        <source>Marking copies missing…</source>
        <translation>Отметка экземпляров как не обнаруженных…</translation>
    </message>
    <message>
        <source>The surplus item is recorded.</source>
        <translation>Сведения об излишке внесены.</translation>
    </message>
    <message>
        <source>Finish check %1? Found: %2, missing: %3, surplus: %4. Each missing copy opens a loss case and is recorded as lost. A finished check cannot be changed.</source>
        <translation>Завершить проверку № %1? Обнаружено: %2, не обнаружено: %3, излишков: %4. По каждому не обнаруженному экземпляру регистрируется факт утраты, а сам экземпляр учитывается как утраченный. Завершённую проверку изменить нельзя.</translation>
    </message>
    <message>
        <source>The check is finished. Loss cases opened: %1.</source>
        <translation>Проверка завершена. Зарегистрированы факты утраты: %1.</translation>
    </message>
    <message>
        <source>The check is finished. Nothing is missing: no loss case.</source>
        <translation>Проверка завершена. Все экземпляры обнаружены: факты утраты не регистрировались.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (copies of %2)</source>
        <translation>%1 (экземпляры ответственного лица %2)</translation>
    </message>
    <message>
        <source>Chair: %1. Members: %2.</source>
        <translation>Председатель: %1. Члены: %2.</translation>
    </message>
    <message>
        <source>Inventory check %1: %2</source>
        <translation>Проверка наличия № %1: %2</translation>
    </message>
    <message>
        <source>Inventory check %1</source>
        <translation>Проверка наличия № %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>По состоянию на:</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>Комиссия:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Итоги:</translation>
    </message>
    <message>
        <source>Loss cases opened:</source>
        <translation>Зарегистрированные факты утраты:</translation>
    </message>
    <message>
        <source>&amp;Registration / copy No.:</source>
        <translation>&amp;Учётный № / № экз.:</translation>
    </message>
    <message>
        <source>e.g. 12с/2026 / 3, then Enter: the copy is found</source>
        <translation>например 12с/2026 / 3, затем Enter: экземпляр отмечается как обнаруженный</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <source>All copies</source>
        <translation>Все экземпляры</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверенные</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаруженные</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не обнаруженные</translation>
    </message>
    <message>
        <source>Mark selected &amp;found</source>
        <translation>Отметить выбранные как &amp;обнаруженные</translation>
    </message>
    <message>
        <source>Mark selected &amp;missing</source>
        <translation>Отметить выбранные как &amp;не обнаруженные</translation>
    </message>
    <message>
        <source>Mark all &amp;remaining missing…</source>
        <translation>Отметить все о&amp;ставшиеся как не обнаруженные…</translation>
    </message>
    <message>
        <source>S&amp;urplus item…</source>
        <translation>&amp;Излишек…</translation>
    </message>
    <message>
        <source>F&amp;inish…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>&amp;Печать акта…</translation>
    </message>
    <message>
        <source>Copies the check expects</source>
        <translation>Экземпляры, подлежащие проверке</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>Commission chair</source>
        <translation>Председатель комиссии</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не обнаружено</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Излишки</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>%1 is copied; the clipboard will be cleared in %2 seconds.</source>
        <translation>Скопировано: %1; буфер обмена будет очищен через %2 с.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close visit %1</source>
        <translation>Закрытие визита по заявке № %1</translation>
    </message>
    <message>
        <source>Visit of %1. Say for every visitor whether they came; those who came were registered on arrival (S001 a.10 p.3). Nothing above «%2» may have been shown.</source>
        <translation>Визит: %1. Укажите по каждому посетителю, прибыл ли он; прибывшие посетители регистрируются по прибытии (S001 ст. 10 п. 3). Показанная информация не может иметь степень секретности выше «%2».</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Прибыл</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Registration record</source>
        <translation>Запись о регистрации</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Required when nothing was shown</source>
        <translation>Обязательно, если ничего не было показано</translation>
    </message>
    <message>
        <source>&amp;Close the visit</source>
        <translation>&amp;Закрыть визит</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Keep at least one column.</source>
        <translation>Оставьте хотя бы один столбец.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Tick the columns to show (Space) and put them in order (Alt+Up, Alt+Down).</source>
        <translation>Отметьте столбцы, которые нужно показывать (Пробел), и расставьте их по порядку (Alt+Вверх, Alt+Вниз).</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>В&amp;низ</translation>
    </message>
</context>
<context>
    <name>CommissionPanel</name>
    <message>
        <source>Remove a participant</source>
        <translation>Исключение участника</translation>
    </message>
    <message>
        <source>Remove %1 from the commission of dossier %2?</source>
        <translation>Исключить участника %1 из состава комиссии по делу № %2?</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position, organisation</source>
        <translation>Должность, организация</translation>
    </message>
    <message>
        <source>Clearance form</source>
        <translation>Форма допуска</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Добавить &amp;члена комиссии…</translation>
    </message>
    <message>
        <source>Add &amp;invited person…</source>
        <translation>Добавить пр&amp;иглашённое лицо…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <source>C&amp;hair absent / present</source>
        <translation>Пр&amp;едседатель отсутствует / присутствует</translation>
    </message>
</context>
<context>
    <name>CommissionPicker</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Make c&amp;hair</source>
        <translation>Назначить &amp;председателем</translation>
    </message>
    <message>
        <source>%1 — chair</source>
        <translation>%1 — председатель</translation>
    </message>
    <message>
        <source>Commission: the first one chairs it</source>
        <translation>Комиссия: первый в списке — председатель</translation>
    </message>
</context>
<context>
    <name>ContactsTable</name>
    <message>
        <source>People to &amp;meet:</source>
        <translation>Лица для &amp;встречи:</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Добавить &amp;лицо</translation>
    </message>
    <message>
        <source>Remove p&amp;erson</source>
        <translation>Удал&amp;ить лицо</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New contract</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <source>Contract %1: changes</source>
        <translation>Изменение договора № %1</translation>
    </message>
    <message>
        <source>A contract between the authorised bodies that involves classified information has a separate section (S001 a.7). A change replaces the section as a whole.</source>
        <translation>Договор между уполномоченными органами, связанный с секретной информацией, содержит отдельный раздел (S001 ст. 7). При изменении раздел заменяется целиком.</translation>
    </message>
    <message>
        <source>Contract &amp;No.:</source>
        <translation>&amp;Номер договора:</translation>
    </message>
    <message>
        <source>Da&amp;te signed:</source>
        <translation>&amp;Дата подписания:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Дейс&amp;твует до:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Предмет договора:</translation>
    </message>
    <message>
        <source>&amp;Our authorised body:</source>
        <translation>Наш &amp;уполномоченный орган:</translation>
    </message>
    <message>
        <source>&amp;Kyrgyz party&apos;s authorised body:</source>
        <translation>Уполномоченный орган &amp;Кыргызской Стороны:</translation>
    </message>
    <message>
        <source>List of classified information:</source>
        <translation>Перечень секретной информации:</translation>
    </message>
    <message>
        <source>Specifics of &amp;protection:</source>
        <translation>Особенности &amp;защиты:</translation>
    </message>
    <message>
        <source>Order of resolving d&amp;isputes and compensating damage:</source>
        <translation>Порядок разрешения спорных &amp;вопросов и возмещения ущерба:</translation>
    </message>
    <message>
        <source>Separate section (S001 a.7)</source>
        <translation>Отдельный раздел (S001 ст. 7)</translation>
    </message>
    <message>
        <source>How the information is protected under this contract</source>
        <translation>Как защищается информация по этому договору</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
</context>
<context>
    <name>ContractViewDialog</name>
    <message>
        <source>Registration No.</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Кол-во экземпляров</translation>
    </message>
    <message>
        <source>Originator&apos;s No.</source>
        <translation>Исходящий № стороны-источника</translation>
    </message>
    <message>
        <source>Incoming No.</source>
        <translation>Входящий №</translation>
    </message>
    <message>
        <source>Registration / copy</source>
        <translation>Учётный № / экз.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Recipient&apos;s confirmation</source>
        <translation>Подтверждение получателя</translation>
    </message>
    <message>
        <source>Large carrier</source>
        <translation>Крупногабаритный носитель</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Подтверждение получения</translation>
    </message>
    <message numerus="yes">
        <source>%n more registration(s) above your clearance</source>
        <translation>
            <numerusform>Ещё %n носитель со степенью секретности выше вашего допуска</numerusform>
            <numerusform>Ещё %n носителя со степенью секретности выше вашего допуска</numerusform>
            <numerusform>Ещё %n носителей со степенью секретности выше вашего допуска</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>transport: %1; route: %2; escort: %3</source>
        <translation>транспортировка: %1; маршрут: %2; сопровождение: %3</translation>
    </message>
    <message>
        <source>awaiting receipt</source>
        <translation>ожидается подтверждение получения</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 / copy %2</source>
        <translation>%1 / экз. № %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>без ограничения срока</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Договор № %1</translation>
    </message>
    <message>
        <source>Contract No. %1 of %2</source>
        <translation>Договор № %1 от %2</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Предмет договора:</translation>
    </message>
    <message>
        <source>Our authorised body:</source>
        <translation>Наш уполномоченный орган:</translation>
    </message>
    <message>
        <source>Kyrgyz party&apos;s authorised body:</source>
        <translation>Уполномоченный орган Кыргызской Стороны:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действует до:</translation>
    </message>
    <message>
        <source>Specifics of protection:</source>
        <translation>Особенности защиты:</translation>
    </message>
    <message>
        <source>Order of resolving disputes and compensating damage:</source>
        <translation>Порядок разрешения спорных вопросов и возмещения ущерба:</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Кем зарегистрирован:</translation>
    </message>
    <message>
        <source>List of classified information (%1)</source>
        <translation>Перечень секретной информации (%1)</translation>
    </message>
    <message>
        <source>Received under the contract (%1)</source>
        <translation>Получено по договору (%1)</translation>
    </message>
    <message>
        <source>Sent under the contract (%1)</source>
        <translation>Отправлено по договору (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>E&amp;nd the contract…</source>
        <translation>Прекратить &amp;договор…</translation>
    </message>
    <message>
        <source>&amp;Link a registration…</source>
        <translation>&amp;Привязать носитель…</translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>Contract No.</source>
        <translation>№ договора</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Kyrgyz party&apos;s body</source>
        <translation>Орган Кыргызской Стороны</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>Высшая степень секретности</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пунктов перечня</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Прекращён %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Срок действия истёк %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
</context>
<context>
    <name>ContractsSection</name>
    <message>
        <source>Contract %1 is recorded.</source>
        <translation>Договор %1 зарегистрирован.</translation>
    </message>
    <message>
        <source>Contracts between the authorised bodies that involve classified information. Each has its separate section: the list of the information with its secrecy degrees, the specifics of its protection and the order of resolving disputes and compensating damage (S001 a.7).</source>
        <translation>Договоры между уполномоченными органами, связанные с секретной информацией. Каждый договор содержит отдельный раздел: перечень информации со степенями её секретности, особенности её защиты и порядок разрешения спорных вопросов и возмещения ущерба (S001 ст. 7).</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;Новый договор…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
</context>
<context>
    <name>CopyCardDialog</name>
    <message>
        <source>letter No. %1</source>
        <translation>письмо № %1</translation>
    </message>
    <message>
        <source>recipient&apos;s confirmation %1 of %2</source>
        <translation>подтверждение получателя № %1 от %2</translation>
    </message>
    <message>
        <source>transport: %1, route: %2, escort: %3</source>
        <translation>транспортировка: %1, маршрут: %2, сопровождение: %3</translation>
    </message>
    <message>
        <source>Save the copy&apos;s card</source>
        <translation>Сохранение карточки экземпляра</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the card…</source>
        <translation>Печать карточки…</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another place.</source>
        <translation>Не удалось записать файл %1 (%2). Выберите другое место.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в файл %1</translation>
    </message>
    <message>
        <source>Print the receipt confirmation</source>
        <translation>Печать подтверждения получения</translation>
    </message>
    <message>
        <source>Card of copy No. %2 of %1</source>
        <translation>Карточка экземпляра № %2, учётный № %1</translation>
    </message>
    <message>
        <source>%1, copy No. %2</source>
        <translation>Учётный № %1, экз. № %2</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Дата регистрации:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Организация-источник:</translation>
    </message>
    <message>
        <source>Who has it:</source>
        <translation>У кого находится:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Место хранения:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Level changes:</source>
        <translation>Изменения степени секретности:</translation>
    </message>
    <message>
        <source>%1 → %2 (case %3, %4)</source>
        <translation>%1 → %2 (дело № %3, %4)</translation>
    </message>
    <message>
        <source>declassified</source>
        <translation>рассекречено</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История движения:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>From state</source>
        <translation>Прежнее состояние</translation>
    </message>
    <message>
        <source>To state</source>
        <translation>Новое состояние</translation>
    </message>
    <message>
        <source>To whom / where</source>
        <translation>Кому / куда</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кем внесено</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>&amp;Копировать номер</translation>
    </message>
    <message>
        <source>Copy the registration number; the clipboard is cleared after 30 seconds</source>
        <translation>Копировать учётный номер; буфер обмена очищается через 30 секунд</translation>
    </message>
    <message>
        <source>Receipt &amp;confirmation…</source>
        <translation>&amp;Подтверждение получения…</translation>
    </message>
    <message>
        <source>Print the confirmation of receipt for the Kyrgyz party</source>
        <translation>Печать подтверждения получения для Кыргызской Стороны</translation>
    </message>
    <message>
        <source>Print the card as a PDF file</source>
        <translation>Напечатать карточку в файл PDF</translation>
    </message>
</context>
<context>
    <name>CopyPicker</name>
    <message>
        <source>Type the registration number.</source>
        <translation>Введите учётный номер.</translation>
    </message>
    <message>
        <source>Write the copy numbers like 1, 3-5 (or leave them out for every copy in the safe).</source>
        <translation>Укажите номера экземпляров в виде 1, 3-5 (или оставьте поле пустым, чтобы выбрать все экземпляры, находящиеся в сейфе).</translation>
    </message>
    <message>
        <source>There is no registration %1 among the carriers you may see.</source>
        <translation>Среди доступных вам носителей нет носителя с учётным № %1.</translation>
    </message>
    <message>
        <source>Registration %1 has no copy No. %2.</source>
        <translation>У носителя с учётным № %1 нет экз. № %2.</translation>
    </message>
    <message>
        <source>No copy of %1 is in the safe.</source>
        <translation>В сейфе нет ни одного экземпляра носителя с учётным № %1.</translation>
    </message>
    <message>
        <source>Copies: %1, sheets: %2</source>
        <translation>Экземпляров: %1, листов: %2</translation>
    </message>
    <message>
        <source>Re&amp;gistration No.:</source>
        <translation>&amp;Учётный №:</translation>
    </message>
    <message>
        <source>Cop&amp;y No.:</source>
        <translation>&amp;Экз. №:</translation>
    </message>
    <message>
        <source>N&amp;ote on the copy:</source>
        <translation>П&amp;римечание к экземпляру:</translation>
    </message>
    <message>
        <source>1, 3-5; empty: every copy in the safe</source>
        <translation>1, 3-5; пусто — все экземпляры в сейфе</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Copy No.</source>
        <translation>Экз. №</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Кол-во листов</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Экземпляры</translation>
    </message>
</context>
<context>
    <name>CopyRequestsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Copies asked</source>
        <translation>Запрошено экз.</translation>
    </message>
    <message>
        <source>Permitted / made</source>
        <translation>Разрешено / изготовлено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Permission or refusal</source>
        <translation>Разрешение или отказ</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>%1 (copies %2)</source>
        <translation>%1 (экз. %2)</translation>
    </message>
    <message>
        <source>Awaited: %1</source>
        <translation>Ожидается: %1</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>Отказано: %1 (%2)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
</context>
<context>
    <name>CopyRequestsPage</name>
    <message>
        <source>Copy request %1 is recorded.</source>
        <translation>Заявка на размножение № %1 зарегистрирована.</translation>
    </message>
    <message>
        <source>Copy request %1: copying is permitted.</source>
        <translation>Заявка на размножение № %1: размножение разрешено.</translation>
    </message>
    <message>
        <source>Copy request %1: copying is refused.</source>
        <translation>Заявка на размножение № %1: в размножении отказано.</translation>
    </message>
    <message>
        <source>Registered under request %1: %2, copies %3.</source>
        <translation>По заявке № %1 зарегистрированы: учётный № %2, экз. %3.</translation>
    </message>
    <message>
        <source>Print the copy request</source>
        <translation>Печать заявки на размножение</translation>
    </message>
    <message>
        <source>Requests shown: %1</source>
        <translation>Показано заявок: %1</translation>
    </message>
    <message>
        <source>Copy permissions</source>
        <translation>Разрешения на размножение</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>Ori&amp;ginator:</source>
        <translation>Сторона-&amp;источник:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Новая заявка…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>Принять &amp;решение…</translation>
    </message>
    <message>
        <source>&amp;Make copies…</source>
        <translation>Из&amp;готовить экземпляры…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>The head decides on own information; a clerk records the originator&apos;s written answer on received information</source>
        <translation>По собственной информации решение принимает руководитель; по полученной информации сотрудник, ведущий реестр, вносит письменный ответ стороны-источника</translation>
    </message>
    <message>
        <source>Make and register copies under the permission</source>
        <translation>Изготовить и зарегистрировать экземпляры по разрешению на размножение</translation>
    </message>
    <message>
        <source>Print the request form with its permission block</source>
        <translation>Печать бланка заявки с отметкой о разрешении</translation>
    </message>
    <message>
        <source>Copy requests</source>
        <translation>Заявки на размножение</translation>
    </message>
</context>
<context>
    <name>CopyState</name>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Уничтожен</translation>
    </message>
    <message>
        <source>Returned to originator</source>
        <translation>Возвращён стороне-источнику</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Утрачен</translation>
    </message>
</context>
<context>
    <name>Copying</name>
    <message>
        <source>Awaiting permission</source>
        <translation>Ожидает разрешения</translation>
    </message>
    <message>
        <source>Permitted</source>
        <translation>Разрешено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Copies made</source>
        <translation>Экземпляры изготовлены</translation>
    </message>
    <message>
        <source>Written permission of the originator</source>
        <translation>Письменное разрешение стороны-источника</translation>
    </message>
    <message>
        <source>Decision of the head of the organisation</source>
        <translation>Решение руководителя организации</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>An unexpected error occurred. The details were saved on this workstation only, nothing was sent anywhere: %1</source>
        <translation>Произошла непредвиденная ошибка. Подробности сохранены только на этой рабочей станции, никуда ничего не отправлено: %1</translation>
    </message>
    <message>
        <source>Grif — error</source>
        <translation>Grif — ошибка</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>Output not produced</source>
        <translation>Стоимость непроизведённой продукции</translation>
    </message>
    <message>
        <source>Direct material damage</source>
        <translation>Прямой материальный ущерб</translation>
    </message>
    <message>
        <source>Cost of eliminating the consequences</source>
        <translation>Затраты на ликвидацию последствий причинённого ущерба</translation>
    </message>
    <message>
        <source>Cost of research and development</source>
        <translation>Стоимость научно-исследовательских и опытно-конструкторских работ (НИОКР)</translation>
    </message>
    <message>
        <source>Negative effect of research results not introduced</source>
        <translation>Отрицательный эффект от невнедрения результатов НИОКР</translation>
    </message>
    <message>
        <source>Cost of production technologies and their economic effect</source>
        <translation>Стоимость производственных технологий и экономический эффект от их применения</translation>
    </message>
    <message>
        <source>Probable price and volume of export sales</source>
        <translation>Вероятная цена и объём продаж изделий на внешнем рынке</translation>
    </message>
    <message>
        <source>Extra costs of price rises or larger purchases for state duties</source>
        <translation>Дополнительные затраты из-за роста цен или объёмов закупок для выполнения государственных обязательств</translation>
    </message>
    <message>
        <source>Costs of organising production where import became impossible</source>
        <translation>Затраты на организацию производства при невозможности закупки за рубежом</translation>
    </message>
    <message>
        <source>Research costs when cooperation with foreign states stops</source>
        <translation>Затраты на НИОКР при прекращении научно-технического сотрудничества с иностранными государствами</translation>
    </message>
    <message>
        <source>Other indicators of probable damage</source>
        <translation>Иные показатели, характеризующие вероятный ущерб</translation>
    </message>
    <message>
        <source>Cost of attracting specialists for the assessment</source>
        <translation>Затраты на привлечение специалистов для определения размера ущерба</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on copy request %1</source>
        <translation>Решение по заявке на размножение № %1</translation>
    </message>
    <message>
        <source>%1: %2
Originator: %3
Requester: %4; copies asked: %5
Purpose: %6
%7</source>
        <translation>Учётный № %1: %2
Сторона-источник: %3
Заявитель: %4; запрошено экземпляров: %5
Цель размножения: %6
%7</translation>
    </message>
    <message>
        <source>&amp;Permit</source>
        <translation>&amp;Разрешить</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>&amp;Отказать</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Подписывает:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Кем выдано:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Copies authorised:</source>
        <translation>Разрешено &amp;экземпляров:</translation>
    </message>
    <message>
        <source>Reason for the re&amp;fusal:</source>
        <translation>При&amp;чина отказа:</translation>
    </message>
    <message>
        <source>Optional: the order by which you act for the head</source>
        <translation>Необязательно: приказ, на основании которого вы действуете за руководителя</translation>
    </message>
    <message>
        <source>No. of the originator&apos;s letter</source>
        <translation>№ письма стороны-источника</translation>
    </message>
    <message>
        <source>The originator who answered in writing</source>
        <translation>Сторона-источник, давшая письменный ответ</translation>
    </message>
</context>
<context>
    <name>DegreeDialog</name>
    <message>
        <source>Secrecy degree: dossier %1</source>
        <translation>Степень секретности: дело № %1</translation>
    </message>
    <message>
        <source>The secrecy degree of the information is established before the damage is assessed (p.9). If the information and its carriers hold no state secrets, the conclusion states no amount (p.11).</source>
        <translation>Степень секретности сведений устанавливается до определения размера ущерба (п. 9). Если сведения и их носители не содержат государственных секретов, размер ущерба в заключении не указывается (п. 11).</translation>
    </message>
    <message>
        <source>No state secrets</source>
        <translation>Государственные секреты отсутствуют</translation>
    </message>
    <message>
        <source>Secrecy &amp;degree:</source>
        <translation>&amp;Степень секретности:</translation>
    </message>
    <message>
        <source>&amp;Content of the information:</source>
        <translation>С&amp;одержание сведений:</translation>
    </message>
    <message>
        <source>&amp;Establish</source>
        <translation>&amp;Установить</translation>
    </message>
</context>
<context>
    <name>Derivation</name>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Printout of Grif</source>
        <translation>Распечатка Grif</translation>
    </message>
    <message>
        <source>Export of Grif</source>
        <translation>Файл экспорта Grif</translation>
    </message>
</context>
<context>
    <name>Destruction</name>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Signed by the commission</source>
        <translation>Подписан комиссией</translation>
    </message>
    <message>
        <source>Approved by the head</source>
        <translation>Утверждён руководителем</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Исполнен</translation>
    </message>
    <message>
        <source>Written notice of the originator</source>
        <translation>Письменное уведомление стороны-источника</translation>
    </message>
    <message>
        <source>Expiry of the storage period</source>
        <translation>Истечение срока хранения</translation>
    </message>
    <message>
        <source>Decision of the organisation</source>
        <translation>Решение организации</translation>
    </message>
    <message>
        <source>Chair of the commission</source>
        <translation>Председатель комиссии</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Signed in the program</source>
        <translation>Подписано в программе</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Подписано на бумаге</translation>
    </message>
</context>
<context>
    <name>DestructionActsModel</name>
    <message>
        <source>Act No.</source>
        <translation>Акт №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ уничтожения</translation>
    </message>
    <message>
        <source>%1: No. %2 of %3</source>
        <translation>%1: № %2 от %3</translation>
    </message>
</context>
<context>
    <name>DestructionPage</name>
    <message>
        <source>Destruction act %1 is drawn up as a draft.</source>
        <translation>Составлен проект акта уничтожения № %1.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;New act…</source>
        <translation>&amp;Новый акт…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Destruction acts</source>
        <translation>Акты уничтожения</translation>
    </message>
    <message>
        <source>Return list %1: the copies are dispatched to %2.</source>
        <translation>Опись возврата № %1: экземпляры отправлены стороне-источнику (%2).</translation>
    </message>
    <message>
        <source>&amp;Send back…</source>
        <translation>&amp;Вернуть…</translation>
    </message>
    <message>
        <source>&amp;Print return list…</source>
        <translation>&amp;Печать описи возврата…</translation>
    </message>
    <message>
        <source>Return lists</source>
        <translation>Описи возврата</translation>
    </message>
    <message>
        <source>Destruction and returns</source>
        <translation>Уничтожение и возврат</translation>
    </message>
    <message>
        <source>Returns to the originator</source>
        <translation>Возврат стороне-источнику</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>The carrier goes back to its originator: no consent is needed.</source>
        <translation>Носитель возвращается стороне-источнику: согласие не требуется.</translation>
    </message>
    <message>
        <source>This carrier came from the Kyrgyz party (%1). Passing it to anyone else needs the originator&apos;s prior written consent (S001 a.4 p.1.5): give its reference.</source>
        <translation>Этот носитель получен от Кыргызской Стороны (%1). Для его передачи любому другому получателю требуется предварительное письменное согласие стороны-источника (S001 ст. 4 п. 1.5): укажите его реквизиты.</translation>
    </message>
    <message>
        <source>Dispatch a copy</source>
        <translation>Отправка экземпляра</translation>
    </message>
    <message>
        <source>To the other state:</source>
        <translation>В другое государство:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Recipient organisation:</source>
        <translation>Организация-&amp;получатель:</translation>
    </message>
    <message>
        <source>Co&amp;ver letter No.:</source>
        <translation>№ &amp;сопроводительного письма:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;written confirmation:</source>
        <translation>Письменное по&amp;дтверждение получателя:</translation>
    </message>
    <message>
        <source>Confirmation &amp;dated:</source>
        <translation>Дата подтве&amp;рждения:</translation>
    </message>
    <message>
        <source>Under co&amp;ntract:</source>
        <translation>По до&amp;говору:</translation>
    </message>
    <message>
        <source>&amp;Transport method:</source>
        <translation>Способ &amp;транспортировки:</translation>
    </message>
    <message>
        <source>R&amp;oute:</source>
        <translation>Мар&amp;шрут:</translation>
    </message>
    <message>
        <source>&amp;Escort:</source>
        <translation>Сопрово&amp;ждение:</translation>
    </message>
    <message>
        <source>Originator&apos;s &amp;consent:</source>
        <translation>Согласие стороны-&amp;источника:</translation>
    </message>
    <message>
        <source>&amp;International dispatch (S001 a.5 p.3 channels only)</source>
        <translation>&amp;Международная отправка (только по каналам S001 ст. 5 п. 3)</translation>
    </message>
    <message>
        <source>&amp;Large carrier (S001 a.5 p.4)</source>
        <translation>Крупногабаритный &amp;носитель (S001 ст. 5 п. 4)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Choose the channel</source>
        <translation>Выберите канал</translation>
    </message>
    <message>
        <source>Reference of the confirmation of clearance and capability (S001 a.5 p.1)</source>
        <translation>Реквизиты подтверждения допуска и возможности обеспечить защиту (S001 ст. 5 п. 1)</translation>
    </message>
    <message>
        <source>e.g. a special vehicle</source>
        <translation>например, специальный автомобиль</translation>
    </message>
    <message>
        <source>Who accompanies the carrier</source>
        <translation>Кто сопровождает носитель</translation>
    </message>
    <message>
        <source>Reference and date of the written consent</source>
        <translation>Номер и дата письменного согласия</translation>
    </message>
    <message>
        <source>Dispatch of the conclusion: dossier %1</source>
        <translation>Направление заключения: дело № %1</translation>
    </message>
    <message>
        <source>The conclusion with copies of the investigation materials goes to the national security bodies; one copy stays with the protection unit (p.12). The dossier then closes.</source>
        <translation>Заключение с копиями материалов расследования направляется в органы национальной безопасности; один экземпляр остаётся в подразделении по защите государственных секретов (п. 12). После этого дело закрывается.</translation>
    </message>
    <message>
        <source>Outgoing &amp;No.:</source>
        <translation>&amp;Исходящий №:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Дата отправки:</translation>
    </message>
    <message>
        <source>Result also sent to the &amp;pre-trial body:</source>
        <translation>Результат также направлен в &amp;орган досудебного расследования:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Внести</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Loss or disclosure</source>
        <translation>Утрата или разглашение</translation>
    </message>
    <message>
        <source>Claim of the owner of the information source</source>
        <translation>Требование собственника источника сведений</translation>
    </message>
    <message>
        <source>Assigned to the commission</source>
        <translation>Поручено комиссии</translation>
    </message>
    <message>
        <source>Secrecy degree established</source>
        <translation>Степень секретности установлена</translation>
    </message>
    <message>
        <source>Damage assessed</source>
        <translation>Ущерб определён</translation>
    </message>
    <message>
        <source>Agreed with the authorised body</source>
        <translation>Согласовано с уполномоченным органом</translation>
    </message>
    <message>
        <source>Signed by the commission</source>
        <translation>Подписано комиссией</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Internal investigation</source>
        <translation>Служебное расследование</translation>
    </message>
    <message>
        <source>Notice from another body</source>
        <translation>Уведомление другого органа</translation>
    </message>
    <message>
        <source>Court or prosecution order</source>
        <translation>Постановление суда или прокуратуры</translation>
    </message>
    <message>
        <source>Claim of the owner</source>
        <translation>Требование собственника</translation>
    </message>
    <message>
        <source>Standing commission for the protection of state secrets</source>
        <translation>Постоянно действующая комиссия по защите государственных секретов (ПДК)</translation>
    </message>
    <message>
        <source>Expert commission</source>
        <translation>Экспертная комиссия</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Invited specialist</source>
        <translation>Приглашённый специалист</translation>
    </message>
    <message>
        <source>Representative of the body with authority over state secrets</source>
        <translation>Представитель органа, наделённого полномочиями по распоряжению государственными секретами</translation>
    </message>
    <message>
        <source>Representative with special knowledge</source>
        <translation>Представитель, обладающий специальными знаниями</translation>
    </message>
    <message>
        <source>Customer of classified work</source>
        <translation>Заказчик секретных работ</translation>
    </message>
</context>
<context>
    <name>DossierOverview</name>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Case or owner:</source>
        <translation>Факт или собственник:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Assigned, materials:</source>
        <translation>Поручено; поступление материалов:</translation>
    </message>
    <message>
        <source>Deadline (30 days):</source>
        <translation>Срок (30 дней):</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>Комиссия:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место составления заключения:</translation>
    </message>
    <message>
        <source>Secrecy degree:</source>
        <translation>Степень секретности:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Содержание сведений:</translation>
    </message>
    <message>
        <source>Amount of damage:</source>
        <translation>Размер ущерба:</translation>
    </message>
    <message>
        <source>MCI used:</source>
        <translation>Применённый МРП:</translation>
    </message>
    <message>
        <source>Methodology:</source>
        <translation>Методика:</translation>
    </message>
    <message>
        <source>Agreed with:</source>
        <translation>Согласовано с:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Утверждено:</translation>
    </message>
    <message>
        <source>Dispatch or reading:</source>
        <translation>Направление или ознакомление:</translation>
    </message>
    <message>
        <source>case %1 (%2)</source>
        <translation>факт № %1 (%2)</translation>
    </message>
    <message>
        <source>; information of the Kyrgyz party</source>
        <translation>; информация Кыргызской Стороны</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, order %2 of %3</source>
        <translation>%1, приказ № %2 от %3</translation>
    </message>
    <message>
        <source>no state secrets</source>
        <translation>государственные секреты отсутствуют</translation>
    </message>
    <message>
        <source>%1 (date named by %2)</source>
        <translation>%1 (на дату, указанную в документе: %2)</translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1, утверждена: %2</translation>
    </message>
    <message>
        <source>; a lost single copy</source>
        <translation>; утрачен единственный экземпляр</translation>
    </message>
    <message>
        <source>none: the range of p.10</source>
        <translation>нет: диапазон п. 10</translation>
    </message>
    <message>
        <source>needed before the signatures</source>
        <translation>требуется до подписания</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, № %2 от %3</translation>
    </message>
    <message>
        <source>sent under No. %1 of %2</source>
        <translation>направлено исх. № %1 от %2</translation>
    </message>
    <message>
        <source>; the result to %1</source>
        <translation>; результат направлен: %1</translation>
    </message>
    <message>
        <source>read by the owner on %1</source>
        <translation>собственник ознакомлен %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>DossierSignDialog</name>
    <message>
        <source>Sign the conclusion of dossier %1</source>
        <translation>Подписание заключения: дело № %1</translation>
    </message>
    <message>
        <source>A signer of the conclusion confirms with their own user name and password.
Not signed yet: %1</source>
        <translation>Подписывающий заключение подтверждает подпись своими именем пользователя и паролем.
Ещё не подписали: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Подписать</translation>
    </message>
</context>
<context>
    <name>DossierTexts</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 ₸</source>
        <translation>%1 ₸</translation>
    </message>
    <message>
        <source>%1 MCI</source>
        <translation>%1 МРП</translation>
    </message>
    <message>
        <source>MCI %1 of %2</source>
        <translation>МРП %1, действует с %2</translation>
    </message>
    <message>
        <source>A lost document in a single copy: exactly %1 = %2 (p.10); %3</source>
        <translation>Утраченный документ в единственном экземпляре: ровно %1 = %2 (п. 10); %3</translation>
    </message>
    <message>
        <source>Range of p.10: from %1 = from %2; %3</source>
        <translation>Диапазон п. 10: от %1 = от %2; %3</translation>
    </message>
    <message>
        <source>Range of p.10: %1 – %2 = %3 – %4; %5</source>
        <translation>Диапазон п. 10: %1 – %2 = %3 – %4; %5</translation>
    </message>
    <message>
        <source>none: no state secrets</source>
        <translation>нет: государственные секреты отсутствуют</translation>
    </message>
    <message>
        <source>%1 %2 (assessed by the Kyrgyz party, %3)</source>
        <translation>%1 %2 (оценка Кыргызской Стороны, %3)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>no term (p.14)</source>
        <translation>срок не установлен (п. 14)</translation>
    </message>
    <message>
        <source>signed in Grif</source>
        <translation>подписано в Grif</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>подписано на бумаге</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ещё не подписано</translation>
    </message>
    <message>
        <source>does not sign</source>
        <translation>не подписывает</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Print the conclusion</source>
        <translation>Печать заключения</translation>
    </message>
    <message>
        <source>Approve the conclusion</source>
        <translation>Утверждение заключения</translation>
    </message>
    <message>
        <source>Approve the conclusion of dossier %1 as the head of the organisation?</source>
        <translation>Утвердить заключение по делу № %1 в качестве руководителя организации?</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Дело № %1</translation>
    </message>
    <message>
        <source>Damage-assessment dossier No. %1: %2</source>
        <translation>Дело по оценке ущерба № %1: %2</translation>
    </message>
    <message>
        <source>Indicator (p.8)</source>
        <translation>Показатель (п. 8)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Set &amp;indicator…</source>
        <translation>&amp;Внести показатель…</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Secrecy &amp;degree…</source>
        <translation>&amp;Степень секретности…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>Определить &amp;ущерб…</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>Со&amp;гласование…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Подписать…</translation>
    </message>
    <message>
        <source>Record paper si&amp;gnature…</source>
        <translation>Внести подпись на &amp;бумаге…</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>У&amp;твердить</translation>
    </message>
    <message>
        <source>Dispa&amp;tch…</source>
        <translation>&amp;Направить…</translation>
    </message>
    <message>
        <source>Owner has &amp;read…</source>
        <translation>&amp;Ознакомление собственника…</translation>
    </message>
    <message>
        <source>P&amp;rint conclusion…</source>
        <translation>Печать &amp;заключения…</translation>
    </message>
</context>
<context>
    <name>DossiersModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Case or owner</source>
        <translation>Факт или собственник</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Commission chair</source>
        <translation>Председатель комиссии</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Размер ущерба</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Dossier %1 is assigned to the commission.</source>
        <translation>Дело № %1 поручено комиссии.</translation>
    </message>
    <message>
        <source>Damage-assessment dossiers</source>
        <translation>Дела по оценке ущерба</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Поручить оценку ущерба…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Print conclusion…</source>
        <translation>Печать &amp;заключения…</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <source>End contract %1</source>
        <translation>Прекращение договора № %1</translation>
    </message>
    <message>
        <source>Contract %1: %2. Nothing new comes under it once it has ended; what was received under it stays protected.</source>
        <translation>Договор %1: %2. После прекращения договора по нему ничего больше не поступает; полученное по нему продолжает защищаться.</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Дата прекращения:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>e.g. terminated by the parties&apos; agreement of 01.03.2026</source>
        <translation>например, расторгнут по соглашению сторон от 01.03.2026</translation>
    </message>
    <message>
        <source>E&amp;nd the contract</source>
        <translation>Пре&amp;кратить договор</translation>
    </message>
</context>
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
        <source>A copy in the state «%1» cannot be moved this way.</source>
        <translation>С экземпляром в состоянии «%1» такое действие невозможно.</translation>
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
        <source>The key file %1 is missing or damaged, so the store cannot be opened, not even with the recovery code. Put back the key file from the latest backup of this store, or ask the administrator.</source>
        <translation>Файл ключей %1 отсутствует или повреждён, поэтому базу данных невозможно открыть даже с кодом восстановления. Верните на место файл ключей из последней резервной копии этой базы данных или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This store is bound to a workstation whose keyring does not answer: the keyring is locked or its entry is gone, or this is another workstation. Unlock the keyring (log in to the desktop again) and retry; to move the store to this workstation, an administrator runs grif-cli bind --recovery with the recovery code.</source>
        <translation>Эта база данных привязана к рабочей станции, хранилище ключей которой не отвечает: хранилище ключей заблокировано, запись в нём удалена или это другая рабочая станция. Разблокируйте хранилище ключей (повторно войдите в сеанс рабочего стола) и повторите попытку; чтобы перенести базу данных на эту рабочую станцию, администратор выполняет команду grif-cli bind --recovery с кодом восстановления.</translation>
    </message>
    <message>
        <source>The store is read-only here, so nothing can be changed. To work in it, copy the store with its .keys file to a folder you may write to, or ask the administrator for write access, then open it again.</source>
        <translation>Здесь база данных доступна только для чтения, поэтому вносить изменения невозможно. Чтобы работать с ней, скопируйте базу данных вместе с её файлом .keys в папку, в которую у вас есть право записи, или попросите администратора предоставить право записи, затем откройте её снова.</translation>
    </message>
    <message>
        <source>The backup in %1 cannot be used: %2. Nothing was restored; use another backup.</source>
        <translation>Резервную копию в папке %1 невозможно использовать: %2. Ничего не восстановлено; используйте другую резервную копию.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2. Check that the medium is inserted, writable and has free space, then make the backup again. The store itself is unchanged.</source>
        <translation>Не удалось записать резервную копию в %1: %2. Проверьте, что носитель вставлен, доступен для записи и на нём есть свободное место, затем создайте резервную копию ещё раз. Сама база данных не изменилась.</translation>
    </message>
    <message>
        <source>The store %1 was last used by a newer version of Grif (schema %2) than this one (%3). Open it with that version or a later one; this version leaves it untouched.</source>
        <translation>База данных %1 в последний раз использовалась более новой версией Grif (схема %2), чем данная (%3). Откройте её в той версии или более поздней; данная версия её не изменяет.</translation>
    </message>
    <message>
        <source>Before bringing the store %1 up to this version, Grif makes a verified backup of it beside it, and that failed: %2. The store was not changed. Free space in its folder (or make the folder writable) and open it again, or install Grif %3 again to keep working with it as it is.</source>
        <translation>Перед обновлением базы данных %1 до этой версии Grif создаёт рядом с ней проверенную резервную копию, но сделать это не удалось: %2. База данных не изменена. Освободите место в её папке (или сделайте папку доступной для записи) и откройте базу данных снова либо снова установите Grif %3, чтобы продолжить работу с ней в прежнем виде.</translation>
    </message>
    <message>
        <source>The store %1 could not be brought up to this version of Grif: %2. It was left exactly as it was. To keep working with it, install Grif %3 again. A verified backup made before the attempt is in %4. Report this message to the program&apos;s maintainers.</source>
        <translation>Не удалось обновить базу данных %1 до этой версии Grif: %2. База данных осталась точно в прежнем виде. Чтобы продолжить работу с ней, снова установите Grif %3. Проверенная резервная копия, созданная перед попыткой обновления, находится в папке %4. Передайте текст этого сообщения разработчикам программы.</translation>
    </message>
    <message>
        <source>The backup was written but its check failed: %1. It was not kept. Make the backup again on another medium; if it fails again, run the integrity check of the store.</source>
        <translation>Резервная копия записана, но не прошла проверку: %1. Она не сохранена. Создайте резервную копию ещё раз на другом носителе; если проверка снова не будет пройдена, выполните проверку целостности базы данных.</translation>
    </message>
    <message>
        <source>The store does not open with this key: the file is damaged or belongs to another key file.</source>
        <translation>База данных не открывается этим ключом: файл повреждён или относится к другому файлу ключей.</translation>
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
        <source>standard input is not UTF-8 text</source>
        <translation>стандартный ввод не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>name the store file to restore into</source>
        <translation>укажите файл базы данных, в который выполняется восстановление</translation>
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
        <source>registration number</source>
        <translation>учётный номер</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>договор</translation>
    </message>
    <message>
        <source>the contract has ended or expired</source>
        <translation>действие договора прекращено или срок его действия истёк</translation>
    </message>
    <message>
        <source>print language</source>
        <translation>язык печати</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <source>the date is before 1950</source>
        <translation>дата ранее 1950 года</translation>
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
        <source>number of days</source>
        <translation>количество дней</translation>
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
    <message>
        <source>action</source>
        <translation>действие</translation>
    </message>
    <message>
        <source>object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>период</translation>
    </message>
    <message>
        <source>the first date is after the last one</source>
        <translation>начальная дата позже конечной</translation>
    </message>
    <message>
        <source>journal record number</source>
        <translation>номер записи журнала</translation>
    </message>
    <message>
        <source>The journal check was cancelled before it was complete.</source>
        <translation>Проверка журнала прервана до её завершения.</translation>
    </message>
    <message>
        <source>The export was cancelled before it was complete.</source>
        <translation>Экспорт прерван до его завершения.</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another place.</source>
        <translation>Не удалось записать файл %1 (%2). Выберите другое место.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место уничтожения</translation>
    </message>
    <message>
        <source>date of the act</source>
        <translation>дата акта</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>основание</translation>
    </message>
    <message>
        <source>reference of the basis</source>
        <translation>номер основания</translation>
    </message>
    <message>
        <source>date of the basis</source>
        <translation>дата основания</translation>
    </message>
    <message>
        <source>method of destruction</source>
        <translation>способ уничтожения</translation>
    </message>
    <message>
        <source>how the method rules out recovery</source>
        <translation>описание того, как исключается восстановление</translation>
    </message>
    <message>
        <source>copies on the act</source>
        <translation>экземпляры, включённые в акт</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <source>member of the commission</source>
        <translation>член комиссии</translation>
    </message>
    <message>
        <source>chair of the commission</source>
        <translation>председатель комиссии</translation>
    </message>
    <message>
        <source>Copy %1 cannot be destroyed: it is not in the safe (%2).</source>
        <translation>Экземпляр %1 невозможно уничтожить: он не находится в сейфе (%2).</translation>
    </message>
    <message>
        <source>Copy %1 is under an open marking-change case and cannot be destroyed.</source>
        <translation>Экземпляр %1 включён в открытое дело об изменении грифа секретности и не может быть уничтожен.</translation>
    </message>
    <message>
        <source>Copy %1 is already on destruction act %2.</source>
        <translation>Экземпляр %1 уже включён в акт уничтожения № %2.</translation>
    </message>
    <message>
        <source>carriers of the other Party are destroyed only on the originator&apos;s written notice (reference and date)</source>
        <translation>носители другой Стороны уничтожаются только по письменному уведомлению стороны-источника (укажите его номер и дату)</translation>
    </message>
    <message>
        <source>own carriers are destroyed when their storage period expires or on a decision</source>
        <translation>собственные носители уничтожаются по истечении срока хранения или по решению организации</translation>
    </message>
    <message>
        <source>one act on an originator&apos;s notice lists the carriers of that originator only</source>
        <translation>в акт, составляемый по уведомлению стороны-источника, включаются носители только этой стороны-источника</translation>
    </message>
    <message>
        <source>a chair and at least two other members, each of them once</source>
        <translation>требуются председатель и не менее двух других членов комиссии, каждый указывается один раз</translation>
    </message>
    <message>
        <source>%1 has no valid clearance covering the highest level on the act</source>
        <translation>у сотрудника %1 нет действующего допуска к наивысшей степени секретности экземпляров, включённых в акт</translation>
    </message>
    <message>
        <source>%1 keeps a copy listed on the act and cannot sit on its commission</source>
        <translation>у сотрудника %1 находится экземпляр, включённый в акт: он не может входить в состав комиссии</translation>
    </message>
    <message>
        <source>not one of the methods the administrator allows</source>
        <translation>не входит в число способов, разрешённых администратором</translation>
    </message>
    <message>
        <source>an executed act can never be changed</source>
        <translation>исполненный акт изменить нельзя</translation>
    </message>
    <message>
        <source>%1 is not on this act&apos;s commission</source>
        <translation>сотрудник %1 не входит в состав комиссии по этому акту</translation>
    </message>
    <message>
        <source>%1 is not the chair of this act&apos;s commission</source>
        <translation>сотрудник %1 не является председателем комиссии по этому акту</translation>
    </message>
    <message>
        <source>%1 has signed already</source>
        <translation>сотрудник %1 уже подписал акт</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>получатель</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>cover letter number</source>
        <translation>номер сопроводительного письма</translation>
    </message>
    <message>
        <source>purpose of copying</source>
        <translation>цель размножения</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>третья сторона</translation>
    </message>
    <message>
        <source>prior written consent of the originator</source>
        <translation>предварительное письменное согласие стороны-источника</translation>
    </message>
    <message>
        <source>who gave the permission</source>
        <translation>кем выдано разрешение</translation>
    </message>
    <message>
        <source>permission reference</source>
        <translation>номер разрешения</translation>
    </message>
    <message>
        <source>permission date</source>
        <translation>дата разрешения</translation>
    </message>
    <message>
        <source>copies authorised</source>
        <translation>количество разрешённых экземпляров</translation>
    </message>
    <message>
        <source>reason for the refusal</source>
        <translation>причина отказа</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>заявитель</translation>
    </message>
    <message>
        <source>location</source>
        <translation>место хранения</translation>
    </message>
    <message>
        <source>the requester has no valid clearance covering this level</source>
        <translation>у заявителя нет действующего допуска этого уровня</translation>
    </message>
    <message>
        <source>the permission must come from the originator</source>
        <translation>разрешение должно быть выдано стороной-источником</translation>
    </message>
    <message>
        <source>more than were asked for</source>
        <translation>больше, чем запрошено</translation>
    </message>
    <message>
        <source>more than the permission has left</source>
        <translation>больше, чем осталось по разрешению</translation>
    </message>
    <message>
        <source>the registration is under the open marking-change case %1: make copies after it closes</source>
        <translation>носитель включён в открытое дело об изменении грифа секретности № %1: изготавливайте экземпляры после закрытия дела</translation>
    </message>
    <message>
        <source>no copy of the registration is in the registry&apos;s safe to copy from</source>
        <translation>в сейфе нет ни одного экземпляра по этому учётному номеру, с которого можно изготовить копию</translation>
    </message>
    <message>
        <source>the recipient has no valid clearance covering this level</source>
        <translation>у получателя нет действующего допуска этого уровня</translation>
    </message>
    <message>
        <source>the copy is on destruction act %1: take it off the act before moving it</source>
        <translation>экземпляр включён в акт уничтожения № %1: прежде чем выполнять это действие, исключите его из акта</translation>
    </message>
    <message>
        <source>not one of the allowed channels</source>
        <translation>не входит в число разрешённых каналов</translation>
    </message>
    <message>
        <source>title</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>number of copies</source>
        <translation>количество экземпляров</translation>
    </message>
    <message>
        <source>number of sheets</source>
        <translation>количество листов</translation>
    </message>
    <message>
        <source>parent registration</source>
        <translation>исходная регистрация</translation>
    </message>
    <message>
        <source>only carriers received from the Kyrgyz party or created jointly with it come under a contract</source>
        <translation>к договору относятся только носители, полученные от Кыргызской Стороны или созданные совместно с ней</translation>
    </message>
    <message>
        <source>marking of the Kyrgyz party</source>
        <translation>гриф Кыргызской Стороны</translation>
    </message>
    <message>
        <source>purpose of transfer</source>
        <translation>цель передачи</translation>
    </message>
    <message>
        <source>derived information cannot have a lower level than its source</source>
        <translation>производная информация не может иметь степень секретности ниже источника</translation>
    </message>
    <message>
        <source>the level must be the comparable Kazakh level of the Kyrgyz marking</source>
        <translation>степень должна быть сопоставимой казахстанской степенью для кыргызского грифа</translation>
    </message>
    <message>
        <source>derivation</source>
        <translation>вид производного документа</translation>
    </message>
    <message>
        <source>journal of the register</source>
        <translation>журнал учёта</translation>
    </message>
    <message>
        <source>state of the copy</source>
        <translation>состояние экземпляра</translation>
    </message>
    <message>
        <source>originator</source>
        <translation>организация-источник</translation>
    </message>
    <message>
        <source>custodian</source>
        <translation>ответственное лицо</translation>
    </message>
    <message>
        <source>copies are made only under a permitted copy request (Copy permissions section)</source>
        <translation>экземпляры изготавливаются только по разрешённой заявке на размножение (раздел «Разрешения на размножение»)</translation>
    </message>
    <message>
        <source>the source is being raised under the open marking-change case %1: register derived carriers after it closes</source>
        <translation>степень секретности исходного носителя повышается по открытому делу об изменении грифа секретности № %1: регистрируйте производные носители после закрытия дела</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>дата ещё не наступила</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>парольная фраза</translation>
    </message>
    <message>
        <source>use at least 12 characters</source>
        <translation>используйте не менее 12 символов</translation>
    </message>
    <message>
        <source>the passphrase is wrong or the file is damaged or not a Grif export</source>
        <translation>парольная фраза неверна, либо файл повреждён или не является файлом экспорта Grif</translation>
    </message>
    <message>
        <source>export file</source>
        <translation>файл экспорта</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <source>the system does not accept this file name: choose another</source>
        <translation>система не допускает такое имя файла: выберите другое</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: save it from Excel as «CSV UTF-8»</source>
        <translation>файл не является текстом в кодировке UTF-8: сохраните его в Excel в формате «CSV UTF-8»</translation>
    </message>
    <message>
        <source>the file is too big for one import (64 MB at most)</source>
        <translation>файл слишком велик для одного импорта (не более 64 МБ)</translation>
    </message>
    <message>
        <source>the file has too many rows for one import (100 000 at most)</source>
        <translation>в файле слишком много строк для одного импорта (не более 100 000)</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV</source>
        <translation>файл не удаётся прочитать как CSV</translation>
    </message>
    <message>
        <source>not a column of the import file</source>
        <translation>такого столбца нет в формате файла импорта</translation>
    </message>
    <message>
        <source>this column is missing from the file</source>
        <translation>этот столбец отсутствует в файле</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>этот столбец встречается дважды</translation>
    </message>
    <message>
        <source>the row does not have as many cells as the header</source>
        <translation>число ячеек в строке не совпадает с числом столбцов в заголовке</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>не является датой (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>не является целым числом</translation>
    </message>
    <message>
        <source>not one of the codes the import accepts</source>
        <translation>не входит в число кодов, допустимых при импорте</translation>
    </message>
    <message>
        <source>the file has no rows to import</source>
        <translation>в файле нет строк для импорта</translation>
    </message>
    <message>
        <source>Row %1 of the file, column %2: %3</source>
        <translation>Строка %1 файла, столбец %2: %3</translation>
    </message>
    <message>
        <source>Row %1 of the file, column %2: %3. Nothing was imported.</source>
        <translation>Строка %1 файла, столбец %2: %3. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>there is nothing to print or export in this selection</source>
        <translation>в этой выборке нет данных для печати или экспорта</translation>
    </message>
    <message>
        <source>selection of the register</source>
        <translation>выборка из реестра</translation>
    </message>
    <message>
        <source>too many rows for one document: narrow the filter</source>
        <translation>слишком много строк для одного документа: сузьте условия отбора</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed, exported or registered.</source>
        <translation>Отменено: ничего не напечатано, не экспортировано и не зарегистрировано.</translation>
    </message>
    <message>
        <source>The document %1 was registered but not produced. The journal records it; note its disposal in the register.</source>
        <translation>Документ %1 зарегистрирован, но не изготовлен. Это зафиксировано в журнале; отметьте в реестре его списание.</translation>
    </message>
    <message>
        <source>a receipt confirmation is printed for carriers received from the other Party</source>
        <translation>подтверждение получения печатается только для носителей, полученных от другой Стороны</translation>
    </message>
    <message>
        <source>new level</source>
        <translation>новая степень секретности</translation>
    </message>
    <message>
        <source>registrations of the notice</source>
        <translation>учётные номера в уведомлении</translation>
    </message>
    <message>
        <source>the registration already has this level</source>
        <translation>носитель уже имеет эту степень секретности</translation>
    </message>
    <message>
        <source>one case either raises or lowers: the registrations of the notice differ</source>
        <translation>в одном деле степень секретности либо повышается, либо понижается: для учётных номеров в уведомлении направление изменения различается</translation>
    </message>
    <message>
        <source>%1 would be below its source %2, which keeps its level: name the source in the notice too</source>
        <translation>степень секретности носителя с учётным № %1 стала бы ниже, чем у исходного носителя № %2, который сохраняет свою степень: укажите в уведомлении и исходный носитель</translation>
    </message>
    <message>
        <source>the act is printed when the case is closed: every copy re-marked</source>
        <translation>акт печатается после закрытия дела, когда гриф переоформлен на всех экземплярах</translation>
    </message>
    <message>
        <source>second person</source>
        <translation>второе лицо</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>the second person must be someone other than the one opening the case</source>
        <translation>вторым лицом должен быть другой сотрудник, а не тот, кто открывает дело</translation>
    </message>
    <message>
        <source>the second person must be a registry clerk, the head of the protection unit or the head of the organisation</source>
        <translation>второе лицо должно быть сотрудником, ведущим реестр, руководителем подразделения по защите государственных секретов или руководителем организации</translation>
    </message>
    <message>
        <source>the second person has no valid clearance for the original level</source>
        <translation>у второго лица нет действующего допуска к исходной степени секретности</translation>
    </message>
    <message>
        <source>lowering or removing a marking needs a second person&apos;s confirmation</source>
        <translation>для понижения степени секретности или снятия грифа требуется подтверждение второго лица</translation>
    </message>
    <message>
        <source>%1 copies are not re-marked yet</source>
        <translation>гриф ещё не переоформлен на %1 экз.</translation>
    </message>
    <message>
        <source>the copy is not in this case or is already ticked off</source>
        <translation>экземпляр не входит в это дело или уже отмечен</translation>
    </message>
    <message>
        <source>a copy that was sent away is ticked off on the recipient&apos;s confirmation: give its reference</source>
        <translation>отправленный экземпляр отмечается по подтверждению получателя: укажите реквизиты подтверждения</translation>
    </message>
    <message>
        <source>the case is closed</source>
        <translation>дело закрыто</translation>
    </message>
    <message>
        <source>the copy&apos;s holder is not cleared for the new level: take the copy back first</source>
        <translation>у сотрудника, которому выдан экземпляр, нет допуска к новой степени секретности: сначала верните экземпляр</translation>
    </message>
    <message>
        <source>Copy %1 is held by someone not cleared for the new level: take it back before closing the case.</source>
        <translation>Экземпляр %1 находится у сотрудника без допуска к новой степени секретности: верните его до закрытия дела.</translation>
    </message>
    <message>
        <source>who issued the notice</source>
        <translation>кем направлено уведомление</translation>
    </message>
    <message>
        <source>notice reference</source>
        <translation>номер уведомления</translation>
    </message>
    <message>
        <source>notice dates</source>
        <translation>даты уведомления</translation>
    </message>
    <message>
        <source>agreement of the other Party</source>
        <translation>согласие другой Стороны</translation>
    </message>
    <message>
        <source>the notice cannot be received before it was written</source>
        <translation>дата получения уведомления не может быть раньше даты уведомления</translation>
    </message>
    <message>
        <source>one case covers the information of one originator</source>
        <translation>одно дело ведётся по информации только одной стороны-источника</translation>
    </message>
    <message>
        <source>%1 is already under the open marking-change case %2</source>
        <translation>носитель с учётным № %1 уже включён в открытое дело об изменении грифа секретности № %2</translation>
    </message>
    <message>
        <source>%1 is already declassified</source>
        <translation>носитель с учётным № %1 уже рассекречен</translation>
    </message>
    <message>
        <source>The marking of received information is changed only on its originator&apos;s notice: the notice must come from %1.</source>
        <translation>Гриф секретности полученной информации изменяется только по уведомлению стороны-источника. Уведомление должно поступить от стороны-источника: %1.</translation>
    </message>
    <message>
        <source>date found</source>
        <translation>дата обнаружения</translation>
    </message>
    <message>
        <source>circumstances</source>
        <translation>обстоятельства</translation>
    </message>
    <message>
        <source>information concerned</source>
        <translation>затронутые сведения</translation>
    </message>
    <message>
        <source>order of the internal investigation</source>
        <translation>приказ о проведении служебного расследования</translation>
    </message>
    <message>
        <source>date of the order</source>
        <translation>дата приказа</translation>
    </message>
    <message>
        <source>findings of the investigation</source>
        <translation>результаты служебного расследования</translation>
    </message>
    <message>
        <source>name the copies concerned or describe the information in words, with its level</source>
        <translation>укажите затронутые экземпляры или опишите сведения и укажите их степень секретности</translation>
    </message>
    <message>
        <source>what the Kyrgyz party was told</source>
        <translation>что сообщено Кыргызской Стороне</translation>
    </message>
    <message>
        <source>date the notice was sent</source>
        <translation>дата направления уведомления</translation>
    </message>
    <message>
        <source>the case does not involve information of the Kyrgyz party</source>
        <translation>факт не касается информации Кыргызской Стороны</translation>
    </message>
    <message>
        <source>date of the check</source>
        <translation>дата проверки</translation>
    </message>
    <message>
        <source>reason for the check</source>
        <translation>причина проверки</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>экземпляр</translation>
    </message>
    <message>
        <source>copy number</source>
        <translation>номер экземпляра</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>an annual check is made as of 1 January</source>
        <translation>ежегодная проверка проводится по состоянию на 1 января</translation>
    </message>
    <message>
        <source>at least three members, each of them once</source>
        <translation>требуется не менее трёх членов комиссии, каждый указывается один раз</translation>
    </message>
    <message>
        <source>%1 has no valid clearance covering the carriers of the check</source>
        <translation>у сотрудника %1 нет действующего допуска к степени секретности проверяемых носителей</translation>
    </message>
    <message>
        <source>finish check %1 before starting another</source>
        <translation>завершите проверку № %1, прежде чем начинать новую</translation>
    </message>
    <message>
        <source>no carriers to check</source>
        <translation>нет носителей для проверки</translation>
    </message>
    <message>
        <source>%1 is not among the carriers of this check: record it as surplus if it is here</source>
        <translation>экземпляр %1 не входит в число носителей этой проверки: если он имеется в наличии, внесите его как излишек</translation>
    </message>
    <message>
        <source>%1 copies are neither found nor marked missing: nothing is skipped silently</source>
        <translation>экземпляров, не отмеченных ни как обнаруженные, ни как не обнаруженные: %1; ни один экземпляр не может остаться без отметки</translation>
    </message>
    <message>
        <source>the check is finished</source>
        <translation>проверка завершена</translation>
    </message>
    <message>
        <source>Copy %1 is no longer where a check finds it (%2).</source>
        <translation>Экземпляр %1 уже не находится там, где его проверяют (%2).</translation>
    </message>
    <message>
        <source>Copy %1 has moved since it was marked missing (now: %2): mark it found or missing again.</source>
        <translation>Экземпляр %1 перемещён после того, как был отмечен как не обнаруженный (сейчас: %2): отметьте его заново как обнаруженный или не обнаруженный.</translation>
    </message>
    <message>
        <source>notice date</source>
        <translation>дата уведомления</translation>
    </message>
    <message>
        <source>copies to return</source>
        <translation>возвращаемые экземпляры</translation>
    </message>
    <message>
        <source>the originator&apos;s confirmation of receipt</source>
        <translation>подтверждение получения стороной-источником</translation>
    </message>
    <message>
        <source>Copy %1 cannot be returned: it is not in the safe (%2).</source>
        <translation>Экземпляр %1 невозможно вернуть: он не находится в сейфе (%2).</translation>
    </message>
    <message>
        <source>a return list holds carriers received from the other Party, from one originator</source>
        <translation>в опись возврата включаются только носители, полученные от другой Стороны, и только от одной стороны-источника</translation>
    </message>
    <message>
        <source>the return is confirmed already</source>
        <translation>возврат уже подтверждён</translation>
    </message>
    <message>
        <source>write the registration number, a slash and the copy number, e.g. 12с/2026 / 3</source>
        <translation>укажите учётный номер, косую черту и номер экземпляра, например 12с/2026 / 3</translation>
    </message>
    <message>
        <source>amount of damage</source>
        <translation>размер ущерба</translation>
    </message>
    <message>
        <source>monthly calculation index</source>
        <translation>месячный расчётный показатель</translation>
    </message>
    <message>
        <source>The amount %1 MCI is outside the range of point 10 for this level: %2.</source>
        <translation>Размер %1 МРП вне диапазона пункта 10 для этой степени секретности: %2.</translation>
    </message>
    <message>
        <source>no monthly calculation index is in force on %1</source>
        <translation>на %1 не действует ни один месячный расчётный показатель</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>дата вступления в силу</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>clearance of the participant</source>
        <translation>допуск участника</translation>
    </message>
    <message>
        <source>%1 has no valid clearance of form %2 or higher, which the information requires</source>
        <translation>У %1 нет действующего допуска по форме %2 или выше, которого требует информация</translation>
    </message>
    <message>
        <source>an expert commission includes an employee of the protection unit</source>
        <translation>в состав экспертной комиссии входит сотрудник подразделения по защите государственных секретов</translation>
    </message>
    <message>
        <source>a commission has one chair, one deputy chair and one secretary</source>
        <translation>в комиссии один председатель, один заместитель председателя и один секретарь</translation>
    </message>
    <message>
        <source>%1 does not sign the conclusion</source>
        <translation>%1 не подписывает заключение</translation>
    </message>
    <message>
        <source>the commission is fixed once the conclusion is being signed</source>
        <translation>после начала подписания заключения состав комиссии не меняется</translation>
    </message>
    <message>
        <source>only the chair is recorded absent (the deputy chair then signs): %1 signs</source>
        <translation>отсутствующим отмечается только председатель (тогда подписывает заместитель): %1 подписывает</translation>
    </message>
    <message>
        <source>the conclusion is signed by the chair (or the deputy chair when the chair is absent) and the secretary: seat them first</source>
        <translation>заключение подписывают председатель (при его отсутствии — заместитель) и секретарь: сначала включите их в состав комиссии</translation>
    </message>
    <message>
        <source>dates of the dossier</source>
        <translation>даты дела</translation>
    </message>
    <message>
        <source>order creating the expert commission</source>
        <translation>приказ о создании экспертной комиссии</translation>
    </message>
    <message>
        <source>owner of the information source</source>
        <translation>собственник источника сведений</translation>
    </message>
    <message>
        <source>loss or disclosure case</source>
        <translation>факт разглашения или утраты</translation>
    </message>
    <message>
        <source>content of the information</source>
        <translation>содержание сведений</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>показатель</translation>
    </message>
    <message>
        <source>methodology</source>
        <translation>методика</translation>
    </message>
    <message>
        <source>assessment of the Kyrgyz party</source>
        <translation>оценка Кыргызской Стороны</translation>
    </message>
    <message>
        <source>agreement with the body with authority</source>
        <translation>согласование с органом, наделённым полномочиями</translation>
    </message>
    <message>
        <source>outgoing number of the dispatch</source>
        <translation>исходящий номер отправки</translation>
    </message>
    <message>
        <source>other matters</source>
        <translation>иные вопросы</translation>
    </message>
    <message>
        <source>the materials cannot reach the commission before the loss or disclosure was found</source>
        <translation>материалы не могут поступить в комиссию раньше, чем выявлена утрата или разглашение</translation>
    </message>
    <message>
        <source>a loss or disclosure is assessed on its case</source>
        <translation>утрата или разглашение оценивается по своему факту</translation>
    </message>
    <message>
        <source>the head has authority over state secrets: no agreement is needed</source>
        <translation>руководитель наделён полномочиями по распоряжению государственными секретами: согласование не требуется</translation>
    </message>
    <message>
        <source>only the owner&apos;s claim has this step</source>
        <translation>этот шаг есть только у требования собственника</translation>
    </message>
    <message>
        <source>the head who assigned the assessment</source>
        <translation>руководитель, поручивший определение ущерба</translation>
    </message>
    <message>
        <source>an assessment under a methodology sums the indicators considered: enter them first</source>
        <translation>определение по методике суммирует учтённые показатели: сначала внесите их</translation>
    </message>
    <message>
        <source>the internal investigation has not confirmed the fact yet: record its findings first</source>
        <translation>служебное расследование ещё не подтвердило факт: сначала внесите его результаты</translation>
    </message>
    <message>
        <source>the notice to the Kyrgyz party is not recorded: it is due at once</source>
        <translation>уведомление Кыргызской Стороны не зарегистрировано: оно направляется незамедлительно</translation>
    </message>
    <message>
        <source>the owner&apos;s claim is not dispatched (p.14)</source>
        <translation>требование собственника не направляется (п. 14)</translation>
    </message>
    <message>
        <source>indicators are set once the degree is established and before the assessment</source>
        <translation>показатели вносятся после установления степени секретности и до определения ущерба</translation>
    </message>
    <message>
        <source>files are added until the conclusion is signed</source>
        <translation>файлы добавляются до подписания заключения</translation>
    </message>
    <message>
        <source>contract number</source>
        <translation>номер договора</translation>
    </message>
    <message>
        <source>date of signing</source>
        <translation>дата подписания</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <source>subject of the contract</source>
        <translation>предмет договора</translation>
    </message>
    <message>
        <source>our authorised body</source>
        <translation>наш уполномоченный орган</translation>
    </message>
    <message>
        <source>authorised body of the Kyrgyz party</source>
        <translation>уполномоченный орган Кыргызской Стороны</translation>
    </message>
    <message>
        <source>specifics of protection</source>
        <translation>особенности защиты</translation>
    </message>
    <message>
        <source>order of resolving disputes and compensating damage</source>
        <translation>порядок разрешения спорных вопросов и возмещения ущерба</translation>
    </message>
    <message>
        <source>list of classified information</source>
        <translation>перечень секретной информации</translation>
    </message>
    <message>
        <source>item of the list</source>
        <translation>пункт перечня</translation>
    </message>
    <message>
        <source>date the contract ended</source>
        <translation>дата прекращения договора</translation>
    </message>
    <message>
        <source>why the contract ended</source>
        <translation>причина прекращения договора</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>регистрация</translation>
    </message>
    <message>
        <source>the date is before the contract was signed</source>
        <translation>дата раньше даты подписания договора</translation>
    </message>
    <message>
        <source>the contract has ended: it can no longer be changed</source>
        <translation>действие договора прекращено: изменить его больше нельзя</translation>
    </message>
    <message>
        <source>give at least one</source>
        <translation>требуется хотя бы одна запись</translation>
    </message>
    <message>
        <source>Invalid value for %1: too many entries (at most %2)</source>
        <translation>Недопустимое значение для «%1»: слишком много записей (не более %2)</translation>
    </message>
    <message>
        <source>written confirmation of the recipient&apos;s clearance and capability</source>
        <translation>письменное подтверждение наличия у получателя допуска и возможности обеспечить защиту</translation>
    </message>
    <message>
        <source>date of the written confirmation</source>
        <translation>дата письменного подтверждения</translation>
    </message>
    <message>
        <source>method of transport</source>
        <translation>способ транспортировки</translation>
    </message>
    <message>
        <source>route</source>
        <translation>маршрут</translation>
    </message>
    <message>
        <source>escort</source>
        <translation>сопровождение</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>место рождения</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>номер паспорта</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>профессия</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>посетители</translation>
    </message>
    <message>
        <source>people to meet</source>
        <translation>лица для встречи</translation>
    </message>
    <message>
        <source>proposed date of the visit</source>
        <translation>предлагаемая дата визита</translation>
    </message>
    <message>
        <source>duration of the visit in days</source>
        <translation>продолжительность визита в днях</translation>
    </message>
    <message>
        <source>organisations to visit</source>
        <translation>организации для посещения</translation>
    </message>
    <message>
        <source>purpose of the visit and questions</source>
        <translation>цель визита и обсуждаемые вопросы</translation>
    </message>
    <message>
        <source>direction of the visit</source>
        <translation>направление визита</translation>
    </message>
    <message>
        <source>impossible date: a visitor is at least 18 and at most 100 years old on the first day of the visit</source>
        <translation>недопустимая дата: в первый день визита посетителю должно быть не менее 18 и не более 100 лет</translation>
    </message>
    <message>
        <source>use 5–30 Latin or Cyrillic letters, digits, spaces or hyphens</source>
        <translation>используйте 5–30 латинских или кириллических букв, цифр, пробелов или дефисов</translation>
    </message>
    <message>
        <source>the same passport number is given twice</source>
        <translation>один и тот же номер паспорта указан дважды</translation>
    </message>
    <message>
        <source>the visit must begin after today</source>
        <translation>визит должен начинаться позже сегодняшнего дня</translation>
    </message>
    <message>
        <source>give a whole number of days from 1 to 365</source>
        <translation>укажите целое число дней от 1 до 365</translation>
    </message>
    <message>
        <source>%1 holds a clearance for «%2» only, below the information to be seen (S001 a.10 p.1, a.4 p.2).</source>
        <translation>Посетитель %1 имеет допуск только к степени «%2», что ниже степени секретности информации для ознакомления (S001 ст. 10 п. 1, ст. 4 п. 2).</translation>
    </message>
    <message>
        <source>the request&apos;s own marking is set below the secrecy degree it names</source>
        <translation>гриф самой заявки ниже указанной в ней степени секретности</translation>
    </message>
    <message>
        <source>reference of the request letter</source>
        <translation>реквизиты письма с заявкой</translation>
    </message>
    <message>
        <source>date the request was sent or received</source>
        <translation>дата отправки или получения заявки</translation>
    </message>
    <message>
        <source>reason for sending the request late</source>
        <translation>причина нарушения срока отправки заявки</translation>
    </message>
    <message>
        <source>reference of the answer</source>
        <translation>реквизиты ответа</translation>
    </message>
    <message>
        <source>date of the answer</source>
        <translation>дата ответа</translation>
    </message>
    <message>
        <source>reason for cancelling</source>
        <translation>причина отмены</translation>
    </message>
    <message>
        <source>date the visitor was registered</source>
        <translation>дата регистрации посетителя</translation>
    </message>
    <message>
        <source>registration record of the visitor</source>
        <translation>запись о регистрации посетителя</translation>
    </message>
    <message>
        <source>attendance of the visitors</source>
        <translation>прибытие посетителей</translation>
    </message>
    <message>
        <source>information shown</source>
        <translation>показанная информация</translation>
    </message>
    <message>
        <source>closing note</source>
        <translation>примечание при закрытии</translation>
    </message>
    <message>
        <source>The request is dated %1 day(s) before the visit; S001 a.10 p.2 requires at least 4 weeks (the last day was %2). Record the reason it is late.</source>
        <translation>Заявка датирована за %1 дн. до визита; S001 ст. 10 п. 2 требует не менее 4 недель (последний день — %2). Укажите причину нарушения срока.</translation>
    </message>
    <message>
        <source>the date is not before the first day of the visit</source>
        <translation>дата должна быть раньше первого дня визита</translation>
    </message>
    <message>
        <source>the date is before the request</source>
        <translation>дата раньше даты заявки</translation>
    </message>
    <message>
        <source>the visit has not begun yet</source>
        <translation>визит ещё не начался</translation>
    </message>
    <message>
        <source>the date lies outside the days of the visit</source>
        <translation>дата выходит за пределы дней визита</translation>
    </message>
    <message>
        <source>say for every visitor whether they came</source>
        <translation>укажите по каждому посетителю, прибыл ли он</translation>
    </message>
    <message>
        <source>nobody came: cancel the visit instead of closing it</source>
        <translation>никто не прибыл: отмените визит, а не закрывайте его</translation>
    </message>
    <message>
        <source>«%1» is above the secrecy degree agreed for the visit: it could not be shown</source>
        <translation>степень секретности «%1» выше согласованной для визита: эта информация не могла быть показана</translation>
    </message>
    <message>
        <source>when nothing was shown, say so in the closing note</source>
        <translation>если ничего не было показано, укажите это в примечании при закрытии</translation>
    </message>
    <message>
        <source>its manifest.json is missing</source>
        <translation>отсутствует её файл manifest.json</translation>
    </message>
    <message>
        <source>its manifest.json is unreadable</source>
        <translation>не удаётся прочитать её файл manifest.json</translation>
    </message>
    <message>
        <source>its manifest.json was changed or belongs to another store (the seal does not match)</source>
        <translation>её файл manifest.json изменён или относится к другой базе данных (контрольная печать не совпадает)</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Резервное копирование отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>its store file is damaged (first bad page %1)</source>
        <translation>файл базы данных в ней повреждён (первая повреждённая страница — %1)</translation>
    </message>
    <message>
        <source>the file %1 is missing or differs from the manifest</source>
        <translation>файл %1 отсутствует или не соответствует манифесту</translation>
    </message>
    <message>
        <source>its audit journal is broken at record %1</source>
        <translation>целостность её журнала регистрации событий нарушена на записи № %1</translation>
    </message>
    <message>
        <source>its journal head differs from the manifest</source>
        <translation>последняя запись её журнала не совпадает с указанной в манифесте</translation>
    </message>
    <message>
        <source>its row counts differ from the manifest</source>
        <translation>количество строк в ней не совпадает с указанным в манифесте</translation>
    </message>
    <message>
        <source>it is not a copy of this store&apos;s journal</source>
        <translation>она не является копией журнала этой базы данных</translation>
    </message>
    <message>
        <source>the folder disappeared (was the medium removed?)</source>
        <translation>папка больше недоступна (не извлечён ли носитель?)</translation>
    </message>
    <message>
        <source>its key file</source>
        <translation>файле ключей базы данных</translation>
    </message>
    <message>
        <source>the workstation&apos;s keyring</source>
        <translation>хранилище ключей рабочей станции</translation>
    </message>
    <message>
        <source>The store was replaced by an older copy: its journal ends at record %1, its key file remembers record %2. Inform the auditor.</source>
        <translation>База данных заменена более старой копией: её журнал заканчивается записью № %1, а в файле ключей зафиксирована запись № %2. Сообщите аудитору.</translation>
    </message>
    <message>
        <source>The store&apos;s journal does not match the one remembered by %3: its record %2 differs (the journal ends at record %1). The store was replaced or its journal was changed. Inform the auditor.</source>
        <translation>Журнал базы данных не совпадает с журналом, сведения о котором сохранены в %3: запись № %2 отличается (журнал заканчивается записью № %1). База данных заменена или её журнал изменён. Сообщите аудитору.</translation>
    </message>
    <message>
        <source>The journal head remembered by %3 is not valid for this store: it was changed, or the store was replaced. Inform the auditor.</source>
        <translation>Сведения о последней записи журнала, сохранённые в %3, недействительны для этой базы данных: они изменены либо база данных заменена. Сообщите аудитору.</translation>
    </message>
    <message>
        <source>the backup is of another register than the one at %1; choose another file name</source>
        <translation>резервная копия относится не к тому реестру, который находится по пути %1; выберите другое имя файла</translation>
    </message>
    <message>
        <source>Administrator (in the backup)</source>
        <translation>Администратор (в резервной копии)</translation>
    </message>
    <message>
        <source>its key file is missing or damaged</source>
        <translation>её файл ключей отсутствует или повреждён</translation>
    </message>
    <message>
        <source>security event</source>
        <translation>событие информационной безопасности</translation>
    </message>
    <message>
        <source>The store %1 was made by an older version of Grif and must be upgraded, which cannot be done while it is read-only. Open it once where it can be written.</source>
        <translation>База данных %1 создана более старой версией Grif и должна быть обновлена, но это невозможно, пока она доступна только для чтения. Откройте её один раз там, где в неё возможна запись.</translation>
    </message>
    <message>
        <source>a number or date</source>
        <translation>число или дата</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>it is out of the range the register can hold</source>
        <translation>значение выходит за пределы диапазона, допустимого в реестре</translation>
    </message>
    <message>
        <source>The store file %1 cannot be opened. Check that the disk or share holding it is connected and that you may read it.</source>
        <translation>Не удаётся открыть файл базы данных %1. Проверьте, что диск или сетевая папка, где он находится, подключены и у вас есть право на чтение этого файла.</translation>
    </message>
    <message>
        <source>The store %1 was not closed properly and is read-only here, so its last changes cannot be read. Open it once where it can be written, then try again.</source>
        <translation>База данных %1 не была закрыта надлежащим образом и здесь доступна только для чтения, поэтому её последние изменения не могут быть прочитаны. Откройте её один раз там, где в неё возможна запись, затем повторите попытку.</translation>
    </message>
    <message>
        <source>the version you used before</source>
        <translation>той версии, которой вы пользовались ранее</translation>
    </message>
</context>
<context>
    <name>ExecuteDialog</name>
    <message>
        <source>Execute destruction act %1</source>
        <translation>Исполнение акта уничтожения № %1</translation>
    </message>
    <message>
        <source>%1 copies (%2 sheets) will be marked destroyed in the register under act %3. The chair and one member of the commission confirm with their own passwords.</source>
        <translation>По акту № %3 в реестре будут отмечены как уничтоженные экземпляры: %1 (листов: %2). Председатель и один из членов комиссии подтверждают это своими паролями.</translation>
    </message>
    <message>
        <source>&amp;Chair&apos;s user name:</source>
        <translation>&amp;Имя пользователя председателя:</translation>
    </message>
    <message>
        <source>Chair&apos;s &amp;password:</source>
        <translation>&amp;Пароль председателя:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Член комиссии:</translation>
    </message>
    <message>
        <source>Member&apos;s pass&amp;word:</source>
        <translation>Па&amp;роль члена комиссии:</translation>
    </message>
    <message>
        <source>Choose the member who confirms</source>
        <translation>Выберите члена комиссии, который подтверждает уничтожение</translation>
    </message>
    <message>
        <source>&amp;Destroy the copies</source>
        <translation>&amp;Уничтожить экземпляры</translation>
    </message>
</context>
<context>
    <name>ExpiringTab</name>
    <message>
        <source>Clearances that end within %1 days or have already ended. A negative number of days means the clearance has expired: the person has no access until it is renewed.</source>
        <translation>Допуски, срок действия которых истекает в течение %1 дн. или уже истёк. Отрицательное число дней означает, что срок действия допуска истёк: до его продления лицо не имеет доступа.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>No clearance ends within this period.</source>
        <translation>В этот период срок действия ни одного допуска не истекает.</translation>
    </message>
    <message>
        <source>form %1</source>
        <translation>форма %1</translation>
    </message>
    <message>
        <source>The clearance has expired.</source>
        <translation>Срок действия допуска истёк.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Save the export</source>
        <translation>Сохранение файла экспорта</translation>
    </message>
    <message>
        <source>Encrypted exports (*.grif)</source>
        <translation>Зашифрованные файлы экспорта (*.grif)</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exported to %1; the file is registered as %2.</source>
        <translation>Экспортировано в %1; файл зарегистрирован под номером %2.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>The rows shown (with the current filter and sort) are written to an encrypted file and the file is registered as a carrier. Give the passphrase to the recipient by another way than the file.</source>
        <translation>Показанные строки (с текущими фильтром и сортировкой) записываются в зашифрованный файл, а файл регистрируется как носитель. Передайте пароль получателю иным путём, чем сам файл.</translation>
    </message>
    <message>
        <source>&amp;Passphrase (12 characters or more):</source>
        <translation>&amp;Пароль шифрования (не менее 12 символов):</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Повторите пароль:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
</context>
<context>
    <name>FaultWarning</name>
    <message>
        <source>Grif — security warning</source>
        <translation>Grif — предупреждение о безопасности</translation>
    </message>
    <message>
        <source>The check at start found a fault in this store.</source>
        <translation>Проверка при запуске выявила нарушение в этой базе данных.</translation>
    </message>
    <message>
        <source>The fault is recorded as a security event. Acknowledge it to confirm you have seen it; then investigate it, and restore the store from a verified backup if it is damaged.</source>
        <translation>Нарушение зарегистрировано как событие информационной безопасности. Подтвердите ознакомление с ним; затем выясните его причины и, если база данных повреждена, восстановите её из проверенной резервной копии.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Подтвердить ознакомление</translation>
    </message>
    <message>
        <source>The fault is recorded as a security event. Stop work with this store and inform the auditor. This warning comes back at every start until an administrator or auditor has acknowledged it.</source>
        <translation>Нарушение зарегистрировано как событие информационной безопасности. Прекратите работу с этой базой данных и сообщите аудитору. Это предупреждение будет появляться при каждом запуске, пока администратор или аудитор не подтвердит ознакомление с ним.</translation>
    </message>
    <message>
        <source>&amp;I will inform the auditor</source>
        <translation>&amp;Я сообщу аудитору</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Investigation material</source>
        <translation>Материал расследования</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <source>Add a file to the dossier</source>
        <translation>Добавление файла в дело</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Сохранение файла</translation>
    </message>
    <message>
        <source>The file %1 could not be read (%2).</source>
        <translation>Не удалось прочитать файл %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2).</source>
        <translation>Не удалось записать файл %1 (%2).</translation>
    </message>
    <message>
        <source>%1 saved to %2. Keep it as the dossier&apos;s material.</source>
        <translation>Файл %1 сохранён в %2. Обращайтесь с ним как с материалом дела.</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Файлы:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size, bytes</source>
        <translation>Размер, байт</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, добавил: %2</translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <source>O&amp;pen file…</source>
        <translation>Отк&amp;рыть файл…</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Findings of the investigation of case %1</source>
        <translation>Результаты служебного расследования по факту № %1</translation>
    </message>
    <message>
        <source>Investigation ordered by %1. Recording the findings closes the case.</source>
        <translation>Служебное расследование назначено приказом № %1. После внесения результатов факт закрывается.</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Результаты:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Grif — new register</source>
        <translation>Grif — новый реестр</translation>
    </message>
    <message>
        <source>Creating the register…</source>
        <translation>Создание реестра…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Сохранение листа с кодом восстановления</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>Сохранено в файл %1. Распечатайте лист, затем удалите файл.</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Ваша организация</translation>
    </message>
    <message>
        <source>These details are printed on acts and conclusions.</source>
        <translation>Эти сведения печатаются в актах и заключениях.</translation>
    </message>
    <message>
        <source>&amp;Organisation name</source>
        <translation>Наименование &amp;организации</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>&amp;Protection unit</source>
        <translation>&amp;Подразделение по защите государственных секретов</translation>
    </message>
    <message>
        <source>Where the register is kept</source>
        <translation>Место хранения реестра</translation>
    </message>
    <message>
        <source>One encrypted file, with its key file beside it.</source>
        <translation>Один зашифрованный файл, рядом с которым хранится файл ключей.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Keep the register on this workstation&apos;s protected disk; back it up to a registered medium.</source>
        <translation>Храните реестр на защищённом диске этой рабочей станции; резервные копии создавайте на учтённом носителе.</translation>
    </message>
    <message>
        <source>New register file</source>
        <translation>Новый файл реестра</translation>
    </message>
    <message>
        <source>Grif registers (*.grif)</source>
        <translation>Реестры Grif (*.grif)</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The administrator manages accounts; this role alone gives no access to the register.</source>
        <translation>Администратор управляет учётными записями; сама по себе эта роль не даёт доступа к реестру.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>&amp;Password (12 characters or more)</source>
        <translation>&amp;Пароль (не менее 12 символов)</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Повто&amp;рите пароль</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Пароли не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <source>Workstation binding</source>
        <translation>Привязка к рабочей станции</translation>
    </message>
    <message>
        <source>&amp;Bind the register to this workstation</source>
        <translation>&amp;Привязать реестр к этой рабочей станции</translation>
    </message>
    <message>
        <source>A secret kept in this computer&apos;s keyring is added to every password, so a copied register does not open elsewhere without the recovery code.</source>
        <translation>К каждому паролю добавляется секретное значение из хранилища ключей этого компьютера, поэтому скопированный реестр не откроется на другом компьютере без кода восстановления.</translation>
    </message>
    <message>
        <source>This computer has no protected keyring, so the register will not be bound: a copied register opens elsewhere with a password.</source>
        <translation>На этом компьютере нет защищённого хранилища ключей, поэтому реестр не будет привязан: скопированный реестр откроется на другом компьютере по паролю.</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Write this code down or print its sheet, seal it and keep it in the safe. It is shown only now. Whoever holds it can open the register without a password.</source>
        <translation>Запишите этот код или распечатайте лист с ним, опечатайте и храните в сейфе. Код показывается только сейчас. Любой, у кого есть этот код, может открыть реестр без пароля.</translation>
    </message>
    <message>
        <source>&amp;Save the sheet as PDF for printing…</source>
        <translation>&amp;Сохранить лист в PDF для печати…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Код записан</translation>
    </message>
    <message>
        <source>Check the written code</source>
        <translation>Проверка записанного кода</translation>
    </message>
    <message>
        <source>Type the characters of the code at these places, from your note.</source>
        <translation>Введите по своей записи символы кода, стоящие на указанных позициях.</translation>
    </message>
    <message>
        <source>No. %1:</source>
        <translation>№ %1:</translation>
    </message>
    <message>
        <source>These characters do not match the code. Check your note.</source>
        <translation>Введённые символы не совпадают с кодом. Проверьте свою запись.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>The user guide is not installed with this copy of Grif.</source>
        <translation>Руководство пользователя не установлено вместе с этой установкой Grif.</translation>
    </message>
    <message>
        <source>Grif — user guide</source>
        <translation>Grif — руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Guide in</source>
        <translation>&amp;Язык руководства</translation>
    </message>
    <message>
        <source>The guide is written in Kazakh and Russian.</source>
        <translation>Руководство написано на казахском и русском языках.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose the CSV file</source>
        <translation>Выбор CSV-файла</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <source>Rows with errors: %1 of %2. Correct the file and choose it again; nothing is imported while any row is wrong.</source>
        <translation>Строк с ошибками: %1 из %2. Исправьте файл и выберите его снова; пока есть ошибочная строка, ничего не импортируется.</translation>
    </message>
    <message>
        <source>Rows ready to register: %1.</source>
        <translation>Строк, готовых к регистрации: %1.</translation>
    </message>
    <message>
        <source>Registering the rows…</source>
        <translation>Регистрация строк…</translation>
    </message>
    <message>
        <source>Registrations imported: %1 (%2 – %3).</source>
        <translation>Импортировано регистраций: %1 (%2 – %3).</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Импорт из CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file of incoming carriers (UTF-8, a header row with the column names).</source>
        <translation>Выберите CSV-файл поступивших носителей (UTF-8, первая строка — названия столбцов).</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Организация-источник</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>IncidentCopiesModel</name>
    <message>
        <source>Registration</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Экз. №</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>Текущее состояние</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>%1 of %2</source>
        <translation>приказ № %1 от %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sent on %1: %2</source>
        <translation>направлено %1: %2</translation>
    </message>
    <message>
        <source>not recorded yet: it is due at once</source>
        <translation>ещё не внесено: направляется незамедлительно</translation>
    </message>
    <message>
        <source>The breach is investigated under the law of the state where it happened; the amount of damage is assessed under the law of the Party whose information it is.</source>
        <translation>Нарушение расследуется по законодательству государства, где оно произошло; размер ущерба определяется по законодательству Стороны, чья информация затронута.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Факт № %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 — факт № %2, состояние: %3</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Found on:</source>
        <translation>Дата обнаружения:</translation>
    </message>
    <message>
        <source>Inventory check:</source>
        <translation>Проверка наличия:</translation>
    </message>
    <message>
        <source>Circumstances:</source>
        <translation>Обстоятельства:</translation>
    </message>
    <message>
        <source>Information concerned:</source>
        <translation>Затронутые сведения:</translation>
    </message>
    <message>
        <source>Investigation ordered:</source>
        <translation>Назначено расследование:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Результаты расследования:</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Кем зарегистрирован:</translation>
    </message>
    <message>
        <source>Notice to the Kyrgyz party:</source>
        <translation>Уведомление Кыргызской Стороне:</translation>
    </message>
    <message>
        <source>&amp;Order investigation…</source>
        <translation>&amp;Назначить расследование…</translation>
    </message>
    <message>
        <source>Record &amp;findings…</source>
        <translation>Внести &amp;результаты…</translation>
    </message>
    <message>
        <source>Record the notice to the &amp;Kyrgyz party…</source>
        <translation>Внести уведомление &amp;Кыргызской Стороне…</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Loss</source>
        <translation>Утрата</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Разглашение</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Проводится расследование</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Дата обнаружения</translation>
    </message>
    <message>
        <source>Copies or information</source>
        <translation>Экземпляры или сведения</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Inventory check</source>
        <translation>Проверка наличия</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Loss and disclosure cases</source>
        <translation>Факты разглашения и утраты</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Зарегистрировать факт…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator of damage: dossier %1</source>
        <translation>Показатель ущерба: дело № %1</translation>
    </message>
    <message>
        <source>Each indicator of p.8 considered: its amount in tenge and why.</source>
        <translation>По каждому рассмотренному показателю п. 8 укажите сумму в тенге и обоснование.</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Показатель:</translation>
    </message>
    <message>
        <source>&amp;Amount, tenge:</source>
        <translation>&amp;Сумма, тенге:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Внести</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>Annual check as of 1 January</source>
        <translation>Ежегодная проверка по состоянию на 1 января</translation>
    </message>
    <message>
        <source>Unscheduled check</source>
        <translation>Внеплановая проверка</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Проводится</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Inventory checks</source>
        <translation>Проверки наличия</translation>
    </message>
    <message>
        <source>&amp;Start a check…</source>
        <translation>&amp;Начать проверку…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>&amp;Печать акта…</translation>
    </message>
</context>
<context>
    <name>InventoryTexts</name>
    <message>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не обнаружен</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверен</translation>
    </message>
    <message>
        <source>Expected: %1 · found: %2 · missing: %3 · not checked: %4 · surplus: %5</source>
        <translation>По учёту: %1 · обнаружено: %2 · не обнаружено: %3 · не проверено: %4 · излишки: %5</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue a copy</source>
        <translation>Выдача экземпляра</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>People cleared for this level</source>
        <translation>Лица, имеющие допуск к этой степени секретности</translation>
    </message>
    <message>
        <source>Order, request or task the copy is issued for</source>
        <translation>Приказ, заявка или задание, для которых выдаётся экземпляр</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Ст&amp;епень секретности:</translation>
    </message>
    <message>
        <source>or Re&amp;gistration No.:</source>
        <translation>или у&amp;чётный №:</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выберите</translation>
    </message>
    <message>
        <source>A registration in the register: its title and level are used</source>
        <translation>Носитель из реестра: используются его наименование и степень секретности</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Доб&amp;авить</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <source>List of classified information</source>
        <translation>Перечень секретной информации</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочая станция</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
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
    <name>LinkRegistrationDialog</name>
    <message>
        <source>Received under contract %1</source>
        <translation>Получено по договору № %1</translation>
    </message>
    <message>
        <source>Contract %1: %2. Give the registration number of a carrier received from the Kyrgyz party or made jointly with it under this contract.</source>
        <translation>Договор %1: %2. Укажите учётный номер носителя, полученного от Кыргызской Стороны или созданного совместно с ней по этому договору.</translation>
    </message>
    <message>
        <source>&amp;Registration No.:</source>
        <translation>&amp;Учётный №:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Привязать</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Grif is locked</source>
        <translation>Grif заблокирован</translation>
    </message>
    <message>
        <source>Enter the password of %1 to continue.</source>
        <translation>Для продолжения работы введите пароль пользователя %1.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Сменить пользователя…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Grif — log in</source>
        <translation>Grif — вход</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Forgot the password…</source>
        <translation>&amp;Забыли пароль…</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it.</source>
        <translation>Новый пароль установлен. Войдите в систему с новым паролем.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Grif — %1</source>
        <translation>Grif — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Сменить пользователя…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>Log out and &amp;quit</source>
        <translation>&amp;Выйти и закрыть программу</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Grif</source>
        <translation>&amp;О программе Grif</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About Grif</source>
        <translation>О программе Grif</translation>
    </message>
    <message>
        <source>Grif %1 — the register of classified carriers.</source>
        <translation>Grif %1 — реестр носителей секретной информации.</translation>
    </message>
</context>
<context>
    <name>MakeCopiesDialog</name>
    <message>
        <source>Registered: %1, copies %2. Write these numbers on the copies.</source>
        <translation>Зарегистрировано: учётный № %1, экз. %2. Проставьте эти номера на экземплярах.</translation>
    </message>
    <message>
        <source>Make copies under request %1</source>
        <translation>Изготовление экземпляров по заявке № %1</translation>
    </message>
    <message>
        <source>%1: %2
Permission: %3, ref. %4</source>
        <translation>Учётный № %1: %2
Разрешение: %3, № %4</translation>
    </message>
    <message>
        <source>%1 of %2 authorised</source>
        <translation>%1 из %2 разрешённых</translation>
    </message>
    <message>
        <source>Copies left:</source>
        <translation>Осталось экземпляров:</translation>
    </message>
    <message>
        <source>&amp;Copies to make now:</source>
        <translation>&amp;Изготовить экземпляров сейчас:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место хранения:</translation>
    </message>
    <message>
        <source>Where the source&apos;s copies are kept, if left empty</source>
        <translation>Если не заполнено — там же, где экземпляры исходного носителя</translation>
    </message>
    <message>
        <source>No copies are left under this permission.</source>
        <translation>Все экземпляры по этому разрешению уже изготовлены.</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>Raise the level</source>
        <translation>Повышение степени секретности</translation>
    </message>
    <message>
        <source>Lower the level</source>
        <translation>Понижение степени секретности</translation>
    </message>
    <message>
        <source>Declassify</source>
        <translation>Рассекречивание</translation>
    </message>
    <message>
        <source>Agreement of 4 July 2006, article 6 item 3: 30 days from receipt of the notice</source>
        <translation>Соглашение от 4 июля 2006 года, статья 6 пункт 3: 30 дней со дня получения уведомления</translation>
    </message>
    <message>
        <source>House rule of this organisation for own and domestic information</source>
        <translation>Внутренний порядок организации для собственной информации и информации казахстанских органов</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Named in the notice</source>
        <translation>Указан в уведомлении</translation>
    </message>
    <message>
        <source>Derived from %1</source>
        <translation>Изготовлен на основе носителя с учётным № %1</translation>
    </message>
    <message>
        <source>Derived from %1; keeps its level</source>
        <translation>Изготовлен на основе носителя с учётным № %1; степень секретности сохраняется</translation>
    </message>
</context>
<context>
    <name>MarkingCasesModel</name>
    <message>
        <source>Case</source>
        <translation>Дело №</translation>
    </message>
    <message>
        <source>Registrations named</source>
        <translation>Учётные номера</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Сторона-источник</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Copies re-marked</source>
        <translation>Гриф переоформлен, экз.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>закрыто %1</translation>
    </message>
</context>
<context>
    <name>MarkingCasesPage</name>
    <message>
        <source>Marking changes</source>
        <translation>Изменение грифа секретности</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>O&amp;riginator:</source>
        <translation>Сторона-&amp;источник:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>С&amp;рок:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Due within %1 days and overdue</source>
        <translation>Истекающие в течение %1 дн. и просроченные</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Print act…</source>
        <translation>&amp;Печать акта…</translation>
    </message>
    <message>
        <source>Marking-change cases</source>
        <translation>Дела об изменении грифа секретности</translation>
    </message>
</context>
<context>
    <name>MarkingTexts</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок истекает сегодня</translation>
    </message>
    <message>
        <source>%1 — due soon</source>
        <translation>%1 — срок скоро истекает</translation>
    </message>
    <message>
        <source>declassified</source>
        <translation>рассекречено</translation>
    </message>
    <message>
        <source>In the safe: the registry re-marks it</source>
        <translation>В сейфе: гриф переоформляет сотрудник, ведущий реестр</translation>
    </message>
    <message>
        <source>Issued: the holder re-marks it</source>
        <translation>Выдан: гриф переоформляет сотрудник, которому он выдан</translation>
    </message>
    <message>
        <source>Sent away: the recipient is told and confirms</source>
        <translation>Отправлен: получатель уведомляется и подтверждает переоформление грифа</translation>
    </message>
    <message>
        <source>Above the holder&apos;s clearance: bring it back first</source>
        <translation>Выше допуска сотрудника: сначала верните экземпляр</translation>
    </message>
    <message>
        <source>Marking change %1: %2</source>
        <translation>Изменение грифа секретности (дело № %1): %2</translation>
    </message>
</context>
<context>
    <name>MciTab</name>
    <message>
        <source>From %1 the MCI is %2 ₸.</source>
        <translation>С %1 МРП составляет %2 ₸.</translation>
    </message>
    <message>
        <source>The value from %1 is removed.</source>
        <translation>Значение, действующее с %1, удалено.</translation>
    </message>
    <message>
        <source>The monthly calculation index by the date it takes effect. A damage assessment uses the value in force on the day the materials reached the commission, or on the date a court or prosecution order names.</source>
        <translation>Месячный расчётный показатель по дате вступления в силу. При определении ущерба применяется значение, действующее на день поступления материалов в комиссию или на дату, указанную в постановлении суда или прокуратуры.</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Tenge</source>
        <translation>Тенге</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <source>&amp;Value, tenge:</source>
        <translation>&amp;Значение, тенге:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Прим&amp;енить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>%1, copy No. %2: %3</source>
        <translation>Учётный № %1, экз. № %2: %3</translation>
    </message>
</context>
<context>
    <name>MoveKind</name>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Issued to a person</source>
        <translation>Выдан сотруднику</translation>
    </message>
    <message>
        <source>Returned by the person</source>
        <translation>Возвращён сотрудником</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <source>Marking changed on the copy</source>
        <translation>Переоформлен гриф секретности</translation>
    </message>
    <message>
        <source>Destroyed under an act</source>
        <translation>Уничтожен по акту</translation>
    </message>
    <message>
        <source>Return to the originator confirmed</source>
        <translation>Возврат стороне-источнику подтверждён</translation>
    </message>
    <message>
        <source>Found missing</source>
        <translation>Не обнаружен при проверке наличия</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Rule: %1 (%2)</source>
        <translation>Основание срока: %1 (%2)</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <translation>Срок: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Registrations that keep their level:</source>
        <translation>Носители, сохраняющие степень секретности:</translation>
    </message>
    <message>
        <source>New marking-change case</source>
        <translation>Новое дело об изменении грифа секретности</translation>
    </message>
    <message>
        <source>Notice &amp;issued by:</source>
        <translation>&amp;Кем направлено уведомление:</translation>
    </message>
    <message>
        <source>Notice &amp;reference:</source>
        <translation>&amp;Номер уведомления:</translation>
    </message>
    <message>
        <source>Notice &amp;date:</source>
        <translation>&amp;Дата уведомления:</translation>
    </message>
    <message>
        <source>Date r&amp;eceived:</source>
        <translation>Дата &amp;получения:</translation>
    </message>
    <message>
        <source>Registrations &amp;named:</source>
        <translation>&amp;Учётные номера:</translation>
    </message>
    <message>
        <source>New &amp;level:</source>
        <translation>Новая &amp;степень секретности:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>Со&amp;гласие:</translation>
    </message>
    <message>
        <source>Agreement da&amp;te:</source>
        <translation>Дата согл&amp;асия:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>The originator, or the authorised official for own information</source>
        <translation>Сторона-источник либо уполномоченное должностное лицо (для собственной информации)</translation>
    </message>
    <message>
        <source>Registration numbers, separated by commas</source>
        <translation>Учётные номера через запятую</translation>
    </message>
    <message>
        <source>Declassify</source>
        <translation>Рассекретить</translation>
    </message>
    <message>
        <source>Choose the new level</source>
        <translation>Выберите новую степень секретности</translation>
    </message>
    <message>
        <source>Jointly created information: the other Party&apos;s agreement</source>
        <translation>Совместно созданная информация: согласие другой Стороны</translation>
    </message>
    <message>
        <source>&amp;Work out affected copies</source>
        <translation>Опр&amp;еделить затрагиваемые экземпляры</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План переоформления</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Экз. №</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Где находится</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Второе лицо</translation>
    </message>
    <message>
        <source>Lowering or removing a marking is confirmed by a second person cleared for the original level, with their own password.</source>
        <translation>Понижение степени секретности или снятие грифа подтверждает своим паролем второе лицо, имеющее допуск к исходной степени секретности.</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New loss or disclosure case</source>
        <translation>Новый факт разглашения или утраты</translation>
    </message>
    <message>
        <source>Record the fact as soon as it is found. A lost copy is marked lost in the register at once; the internal investigation is ordered and its findings recorded on the case.</source>
        <translation>Зарегистрируйте факт сразу после его обнаружения. Утраченный экземпляр сразу отмечается в реестре как утраченный; затем назначается служебное расследование, и его результаты вносятся в сведения о факте.</translation>
    </message>
    <message>
        <source>Registered &amp;copies</source>
        <translation>&amp;Учтённые экземпляры</translation>
    </message>
    <message>
        <source>Information &amp;described in words</source>
        <translation>&amp;Описание сведений</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Date &amp;found:</source>
        <translation>Дата обнару&amp;жения:</translation>
    </message>
    <message>
        <source>C&amp;ircumstances:</source>
        <translation>Обстоя&amp;тельства:</translation>
    </message>
    <message>
        <source>It concerns:</source>
        <translation>Что затронуто:</translation>
    </message>
    <message>
        <source>Co&amp;pies:</source>
        <translation>&amp;Экземпляры:</translation>
    </message>
    <message>
        <source>In&amp;formation concerned:</source>
        <translation>Затронутые &amp;сведения:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Сте&amp;пень секретности:</translation>
    </message>
    <message>
        <source>Information of the &amp;Kyrgyz party is involved</source>
        <translation>Затронута информация &amp;Кыргызской Стороны</translation>
    </message>
    <message>
        <source>Registration / copy No., one a line, e.g. 12с/2026 / 3</source>
        <translation>Учётный № / № экз., по одному в строке, например 12с/2026 / 3</translation>
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
    <name>OrderInvestigationDialog</name>
    <message>
        <source>Order the investigation of case %1</source>
        <translation>Назначение служебного расследования по факту № %1</translation>
    </message>
    <message>
        <source>The number and date of the order by which the internal investigation is made.</source>
        <translation>Номер и дата приказа о проведении служебного расследования.</translation>
    </message>
    <message>
        <source>&amp;Order No.:</source>
        <translation>&amp;Номер приказа:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Дата:</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>The organisation&apos;s details were saved.</source>
        <translation>Сведения об организации сохранены.</translation>
    </message>
</context>
<context>
    <name>OriginatorType</name>
    <message>
        <source>Own organisation</source>
        <translation>Собственная организация</translation>
    </message>
    <message>
        <source>Another Kazakh body</source>
        <translation>Другой казахстанский орган</translation>
    </message>
    <message>
        <source>The Kyrgyz party</source>
        <translation>Кыргызская Сторона</translation>
    </message>
    <message>
        <source>Created jointly with the Kyrgyz party</source>
        <translation>Совместно с Кыргызской Стороной</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Success</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Отказано</translation>
    </message>
</context>
<context>
    <name>OwnerReadDialog</name>
    <message>
        <source>The owner read the conclusion: dossier %1</source>
        <translation>Ознакомление собственника с заключением: дело № %1</translation>
    </message>
    <message>
        <source>%1 read the materials and the conclusion and signed that they did (p.14).</source>
        <translation>Собственник источника сведений (%1) ознакомился с материалами и заключением и расписался об этом (п. 14).</translation>
    </message>
    <message>
        <source>&amp;Read on:</source>
        <translation>&amp;Дата ознакомления:</translation>
    </message>
    <message>
        <source>The owner &amp;attended the commission&apos;s work</source>
        <translation>Собственник &amp;участвовал в работе комиссии</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Внести</translation>
    </message>
</context>
<context>
    <name>PaperSignatureDialog</name>
    <message>
        <source>Signature on the printed conclusion %1</source>
        <translation>Подпись на распечатанном заключении № %1</translation>
    </message>
    <message>
        <source>Choose who signed the printed conclusion by hand.</source>
        <translation>Выберите, кто собственноручно подписал распечатанное заключение.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Signed on paper:</source>
        <translation>&amp;Подписали на бумаге:</translation>
    </message>
    <message>
        <source>&amp;Record the signature</source>
        <translation>&amp;Внести подпись</translation>
    </message>
</context>
<context>
    <name>PaperSignaturesDialog</name>
    <message>
        <source>Signatures on the printed act %1</source>
        <translation>Подписи на распечатанном акте № %1</translation>
    </message>
    <message>
        <source>Tick the members of the commission who signed the printed act %1 by hand.</source>
        <translation>Отметьте членов комиссии, которые собственноручно подписали распечатанный акт № %1.</translation>
    </message>
    <message>
        <source>&amp;Signed on paper:</source>
        <translation>&amp;Подписали на бумаге:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Record the signatures</source>
        <translation>&amp;Внести подписи</translation>
    </message>
</context>
<context>
    <name>PartyNoticeDialog</name>
    <message>
        <source>Notice to the Kyrgyz party: case %1</source>
        <translation>Уведомление Кыргызской Стороне: факт № %1</translation>
    </message>
    <message>
        <source>The Kyrgyz party is told at once of a breach involving its information: the circumstances, the consequences and the measures taken (Agreement, article 12 item 1).</source>
        <translation>Кыргызская Сторона незамедлительно уведомляется о нарушении, затрагивающем её информацию: об обстоятельствах, последствиях и принятых мерах (Соглашение, статья 12 пункт 1).</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Дата направления:</translation>
    </message>
    <message>
        <source>&amp;What it said:</source>
        <translation>&amp;Содержание уведомления:</translation>
    </message>
    <message>
        <source>Circumstances, consequences, measures taken</source>
        <translation>Обстоятельства, последствия, принятые меры</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Внести</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Save the printout</source>
        <translation>Сохранение распечатки</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another place; the printout is already registered, note its disposal.</source>
        <translation>Не удалось записать файл %1 (%2). Выберите другое место; распечатка уже зарегистрирована, отметьте её списание.</translation>
    </message>
    <message>
        <source>Saved to %1. The printout is registered in the register as a carrier; keep it accordingly.</source>
        <translation>Сохранено в %1. Распечатка зарегистрирована в реестре как носитель; храните её соответственно.</translation>
    </message>
    <message>
        <source>Print &amp;language:</source>
        <translation>&amp;Язык печати:</translation>
    </message>
    <message>
        <source>The printout will be registered as a carrier with the highest level of what it contains. You will be asked where to save the PDF.</source>
        <translation>Распечатка будет зарегистрирована как носитель с наивысшей степенью секретности её содержимого. Затем будет предложено выбрать место для PDF-файла.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the register extract</source>
        <translation>Печать выписки из реестра</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Confirm receipt</source>
        <translation>Подтверждение получения</translation>
    </message>
    <message>
        <source>&amp;Confirmation:</source>
        <translation>&amp;Подтверждение:</translation>
    </message>
    <message>
        <source>Number and date of the recipient&apos;s confirmation</source>
        <translation>Номер и дата подтверждения получателя</translation>
    </message>
</context>
<context>
    <name>RecoveryResetDialog</name>
    <message>
        <source>New password with the recovery code</source>
        <translation>Новый пароль по коду восстановления</translation>
    </message>
    <message>
        <source>Use this only when no administrator can log in. The recovery code is on the sheet kept in the safe; its use is recorded in the journal.</source>
        <translation>Используйте эту возможность, только если ни один администратор не может войти в систему. Код восстановления указан на листе, хранящемся в сейфе; его использование фиксируется в журнале регистрации событий.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Код восстановления</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Повторите пароль</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Пароли не совпадают. Введите их ещё раз.</translation>
    </message>
</context>
<context>
    <name>RegisterForms</name>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Reg. No.</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Экз. №</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Кол-во листов</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>У кого находится</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Организация-источник</translation>
    </message>
    <message>
        <source>Incoming No. and date</source>
        <translation>Входящий № и дата</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>Declassified</source>
        <translation>Рассекречено</translation>
    </message>
    <message>
        <source>Custodian: %1</source>
        <translation>Ответственное лицо: %1</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Выдан: %1</translation>
    </message>
    <message>
        <source>Their reference: %1</source>
        <translation>Исходящий № стороны-источника: %1</translation>
    </message>
    <message>
        <source>%1 (this column cannot be sorted)</source>
        <translation>%1 (сортировка по этому столбцу невозможна)</translation>
    </message>
    <message>
        <source>%1 (click to sort)</source>
        <translation>%1 (щёлкните для сортировки)</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Words of the title, a registration number, notes (Ctrl+F)</source>
        <translation>Слова из наименования, учётный номер, примечания (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>С&amp;тепень:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Все степени секретности</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Состо&amp;яние:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>C&amp;ustodian:</source>
        <translation>Ответственное &amp;лицо:</translation>
    </message>
    <message>
        <source>All custodians</source>
        <translation>Все ответственные лица</translation>
    </message>
    <message>
        <source>Ori&amp;ginator:</source>
        <translation>Организация-&amp;источник:</translation>
    </message>
    <message>
        <source>All originators</source>
        <translation>Все организации-источники</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message>
        <source>Any start date</source>
        <translation>Любая начальная дата</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Любая конечная дата</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <source>Show the whole register again</source>
        <translation>Снова показать весь реестр</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n экземпляр</numerusform>
            <numerusform>%n экземпляра</numerusform>
            <numerusform>%n экземпляров</numerusform>
        </translation>
    </message>
    <message>
        <source>Register of carriers</source>
        <translation>Реестр носителей</translation>
    </message>
    <message>
        <source>Register new…</source>
        <translation>Зарегистрировать носитель…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Выдать…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Принять возврат…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>Отправить…</translation>
    </message>
    <message>
        <source>Confirm receipt…</source>
        <translation>Подтвердить получение…</translation>
    </message>
    <message>
        <source>Card (Enter)</source>
        <translation>Карточка (Enter)</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Столбцы…</translation>
    </message>
    <message>
        <source>Copy registration number</source>
        <translation>Копировать учётный номер</translation>
    </message>
    <message>
        <source>&amp;More…</source>
        <translation>&amp;Ещё…</translation>
    </message>
    <message>
        <source>Print extract…</source>
        <translation>Печать выписки…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Импорт из CSV…</translation>
    </message>
    <message>
        <source>Print extract (%1), export CSV (%2), import CSV (%3)</source>
        <translation>Печать выписки (%1), экспорт в CSV (%2), импорт из CSV (%3)</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register a carrier</source>
        <translation>Регистрация носителя</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Носитель</translation>
    </message>
    <message>
        <source>Derived from (copy, extract, translation)</source>
        <translation>Изготовлен на основе другого носителя (копия, выписка, перевод)</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Организация-источник</translation>
    </message>
    <message>
        <source>Incoming and notes</source>
        <translation>Входящие реквизиты и примечания</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Se&amp;rial No.:</source>
        <translation>&amp;Серийный номер:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>Ё&amp;мкость:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>С&amp;тепень секретности:</translation>
    </message>
    <message>
        <source>Registration &amp;date:</source>
        <translation>&amp;Дата регистрации:</translation>
    </message>
    <message>
        <source>&amp;Basis of classification:</source>
        <translation>&amp;Основание засекречивания:</translation>
    </message>
    <message>
        <source>Re&amp;view date:</source>
        <translation>Дата &amp;пересмотра:</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>Кол-во &amp;листов:</translation>
    </message>
    <message>
        <source>Number of c&amp;opies:</source>
        <translation>Кол-во &amp;экземпляров:</translation>
    </message>
    <message>
        <source>Locatio&amp;n:</source>
        <translation>Место &amp;хранения:</translation>
    </message>
    <message>
        <source>Parent reg. No.:</source>
        <translation>Учётный № исходного носителя:</translation>
    </message>
    <message>
        <source>Derivation:</source>
        <translation>Вид производного документа:</translation>
    </message>
    <message>
        <source>Ori&amp;ginator:</source>
        <translation>Организация-&amp;источник:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Н&amp;аименование:</translation>
    </message>
    <message>
        <source>Their &amp;marking:</source>
        <translation>&amp;Гриф Кыргызской Стороны:</translation>
    </message>
    <message>
        <source>Their outgoing No.:</source>
        <translation>Исходящий № стороны-источника:</translation>
    </message>
    <message>
        <source>Of (date):</source>
        <translation>От (дата):</translation>
    </message>
    <message>
        <source>P&amp;urpose of transfer:</source>
        <translation>&amp;Цель передачи:</translation>
    </message>
    <message>
        <source>Contrac&amp;t:</source>
        <translation>Догово&amp;р:</translation>
    </message>
    <message>
        <source>Under &amp;contract:</source>
        <translation>&amp;Зарегистрированный договор:</translation>
    </message>
    <message>
        <source>&amp;Incoming No.:</source>
        <translation>Вход&amp;ящий №:</translation>
    </message>
    <message>
        <source>Incoming dat&amp;e:</source>
        <translation>Дата пост&amp;упления:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>Choose the level</source>
        <translation>Выберите степень секретности</translation>
    </message>
    <message>
        <source>As written on the carrier</source>
        <translation>Как указано на носителе</translation>
    </message>
    <message>
        <source>Descriptive, non-secret wording</source>
        <translation>Описательная несекретная формулировка</translation>
    </message>
    <message>
        <source>Item of the list of classified information</source>
        <translation>Пункт перечня сведений, подлежащих засекречиванию</translation>
    </message>
    <message>
        <source>It may be used only for this purpose (S001 a.4 p.1.4)</source>
        <translation>Информация может использоваться только для этой цели (S001 ст. 4 п. 1.4)</translation>
    </message>
    <message>
        <source>As written, when it is not in the list below</source>
        <translation>Как указано на носителе, если договора нет в списке ниже</translation>
    </message>
    <message>
        <source>Not under a contract</source>
        <translation>Не по договору</translation>
    </message>
    <message>
        <source>Registration number of the source</source>
        <translation>Учётный номер исходного носителя</translation>
    </message>
    <message>
        <source>For a Kyrgyz carrier the level follows its marking.</source>
        <translation>Для носителя Кыргызской Стороны степень секретности определяется его грифом.</translation>
    </message>
</context>
<context>
    <name>RequestDetailsDialog</name>
    <message>
        <source>Copy request %1</source>
        <translation>Заявка на размножение № %1</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Учётный №:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Сторона-источник:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Заявитель:</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>Дата заявки:</translation>
    </message>
    <message>
        <source>Copies asked:</source>
        <translation>Запрошено экземпляров:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Цель размножения:</translation>
    </message>
    <message>
        <source>Third party:</source>
        <translation>Третья сторона:</translation>
    </message>
    <message>
        <source>Originator&apos;s prior written consent:</source>
        <translation>Предварительное письменное согласие стороны-источника:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Permission by:</source>
        <translation>Вид разрешения:</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Кем выдано:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Copies authorised:</source>
        <translation>Разрешено экземпляров:</translation>
    </message>
    <message>
        <source>Copies made:</source>
        <translation>Изготовлено экземпляров:</translation>
    </message>
    <message>
        <source>Copy numbers:</source>
        <translation>Номера экземпляров:</translation>
    </message>
    <message>
        <source>Reason for the refusal:</source>
        <translation>Причина отказа:</translation>
    </message>
    <message>
        <source>Decision recorded by:</source>
        <translation>Кем внесено решение:</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Type the registration number of the carrier to be copied.</source>
        <translation>Введите учётный номер носителя, подлежащего размножению.</translation>
    </message>
    <message>
        <source>%1: %2
Originator: %3</source>
        <translation>Учётный № %1: %2
Сторона-источник: %3</translation>
    </message>
    <message>
        <source>New copy request</source>
        <translation>Новая заявка на размножение</translation>
    </message>
    <message>
        <source>&amp;Registration No.:</source>
        <translation>&amp;Учётный №:</translation>
    </message>
    <message>
        <source>&amp;Copies asked:</source>
        <translation>&amp;Количество экземпляров:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Цель &amp;размножения:</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>За&amp;явитель:</translation>
    </message>
    <message>
        <source>&amp;Third party:</source>
        <translation>&amp;Третья сторона:</translation>
    </message>
    <message>
        <source>Originator&apos;s prior written c&amp;onsent:</source>
        <translation>Предварительное письменное со&amp;гласие стороны-источника:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Why the copies are needed</source>
        <translation>Для чего необходимы экземпляры</translation>
    </message>
    <message>
        <source>Only if the copies go outside the organisation</source>
        <translation>Только если экземпляры передаются за пределы организации</translation>
    </message>
    <message>
        <source>Letter No. and date of the consent</source>
        <translation>Номер и дата письма о согласии</translation>
    </message>
    <message>
        <source>People cleared for this level</source>
        <translation>Лица, имеющие допуск к этой степени секретности</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Enable the account %1</source>
        <translation>Включение учётной записи %1</translation>
    </message>
    <message>
        <source>The account %1 comes back with a new password. Give it to the person in private; they should change it at once.</source>
        <translation>Учётная запись %1 будет включена с новым паролем. Сообщите пароль пользователю лично; пользователь должен сразу его сменить.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Сброс пароля пользователя %1</translation>
    </message>
    <message>
        <source>The old password of %1 stops working. Give the new one to the person in private; they should change it at once.</source>
        <translation>Прежний пароль пользователя %1 перестанет действовать. Сообщите новый пароль пользователю лично; пользователь должен сразу его сменить.</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Установить пароль</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Повторите новый пароль</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>не менее 12 символов</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Пароли не совпадают. Введите их ещё раз.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a register from a backup</source>
        <translation>Восстановление реестра из резервной копии</translation>
    </message>
    <message>
        <source>The backup is checked completely before anything is written. The register it replaces is not deleted: it is kept beside it under a name with &quot;before-restore&quot; and the time. The restore is recorded in the journal of the restored register. Changes made after the backup are not in it.</source>
        <translation>Перед записью резервная копия полностью проверяется. Заменяемый реестр не удаляется: он сохраняется рядом под именем с пометкой «before-restore» и временем восстановления. Восстановление фиксируется в журнале регистрации событий восстановленного реестра. Изменений, внесённых после создания резервной копии, в ней нет.</translation>
    </message>
    <message>
        <source>The backup is checked completely, then restored into a new register file. Use the recovery code from the safe, or the password an administrator had when the backup was made.</source>
        <translation>Резервная копия полностью проверяется, затем восстанавливается в новый файл реестра. Используйте код восстановления, хранящийся в сейфе, или пароль, который был у администратора на момент создания резервной копии.</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>Папка с &amp;резервной копией</translation>
    </message>
    <message>
        <source>Restore &amp;into</source>
        <translation>Восстановить в &amp;файл</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Код восстановления</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>An administrator&apos;s password</source>
        <translation>Пароль администратора</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Chec&amp;k the backup</source>
        <translation>Провери&amp;ть резервную копию</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>Папка с резервной копией</translation>
    </message>
    <message>
        <source>The restored register</source>
        <translation>Файл восстановленного реестра</translation>
    </message>
    <message>
        <source>Grif registers (*.grif)</source>
        <translation>Реестры Grif (*.grif)</translation>
    </message>
    <message>
        <source>Choose the backup folder first.</source>
        <translation>Сначала выберите папку с резервной копией.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <source>The backup is whole. Made %1 by %2 on %3; %4 copies, %5 journal records.</source>
        <translation>Резервная копия не повреждена. Создана %1 пользователем %2 на рабочей станции %3; экземпляров: %4, записей журнала: %5.</translation>
    </message>
    <message>
        <source>Choose the file to restore into.</source>
        <translation>Выберите файл, в который выполняется восстановление.</translation>
    </message>
    <message>
        <source>The register will be closed and replaced by the backup made %1. Continue?</source>
        <translation>Реестр будет закрыт и заменён резервной копией, созданной %1. Продолжить?</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return a copy</source>
        <translation>Возврат экземпляра</translation>
    </message>
    <message>
        <source>Returned by: %1</source>
        <translation>Возвращает: %1</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Return carriers to the originator</source>
        <translation>Возврат носителей стороне-источнику</translation>
    </message>
    <message>
        <source>On the originator&apos;s written notice, copies received from the Kyrgyz party go back to it, all from one originator, through an allowed channel. They leave the register when the originator confirms the receipt.</source>
        <translation>По письменному уведомлению стороны-источника экземпляры, полученные от Кыргызской Стороны, возвращаются ей по разрешённому каналу; все экземпляры должны быть от одной стороны-источника. Они снимаются с учёта в реестре после того, как сторона-источник подтвердит их получение.</translation>
    </message>
    <message>
        <source>Notice &amp;reference:</source>
        <translation>&amp;Номер уведомления:</translation>
    </message>
    <message>
        <source>Notice &amp;date:</source>
        <translation>Да&amp;та уведомления:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>Co&amp;ver letter No.:</source>
        <translation>№ &amp;сопроводительного письма:</translation>
    </message>
    <message>
        <source>Choose the channel</source>
        <translation>Выберите канал</translation>
    </message>
    <message>
        <source>No. of the originator&apos;s notice</source>
        <translation>№ уведомления стороны-источника</translation>
    </message>
    <message>
        <source>&amp;Send back</source>
        <translation>&amp;Вернуть</translation>
    </message>
</context>
<context>
    <name>ReturnListsModel</name>
    <message>
        <source>List No.</source>
        <translation>Опись №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Сторона-источник</translation>
    </message>
    <message>
        <source>Originator&apos;s notice</source>
        <translation>Уведомление стороны-источника</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <source>Sent, awaiting confirmation</source>
        <translation>Отправлено, ожидается подтверждение</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
</context>
<context>
    <name>ReturnViewDialog</name>
    <message>
        <source>Print the return list</source>
        <translation>Печать описи возврата</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <source>Reference of %1&apos;s confirmation that they received the copies of return list %2:</source>
        <translation>Реквизиты подтверждения стороны-источника (%1) о получении экземпляров по описи возврата № %2:</translation>
    </message>
    <message>
        <source>Return list %1</source>
        <translation>Опись возврата № %1</translation>
    </message>
    <message>
        <source>Return list No. %1 of %2</source>
        <translation>Опись возврата № %1 от %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Originator:</source>
        <translation>Сторона-источник:</translation>
    </message>
    <message>
        <source>Originator&apos;s notice:</source>
        <translation>Уведомление стороны-источника:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Cover letter No.:</source>
        <translation>№ сопроводительного письма:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Кем отправлено:</translation>
    </message>
    <message>
        <source>Receipt confirmed:</source>
        <translation>Получение подтверждено:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>&amp;Экземпляры:</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Their marking</source>
        <translation>Гриф Кыргызской Стороны</translation>
    </message>
    <message>
        <source>Copy No.</source>
        <translation>Экз. №</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Кол-во листов</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Confirm receipt…</source>
        <translation>&amp;Подтвердить получение…</translation>
    </message>
    <message>
        <source>P&amp;rint return list…</source>
        <translation>Пе&amp;чать описи возврата…</translation>
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
    <name>Sections</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Marking changes</source>
        <translation>Изменение грифа секретности</translation>
    </message>
    <message>
        <source>Copy permissions</source>
        <translation>Разрешения на размножение</translation>
    </message>
    <message>
        <source>Destruction and returns</source>
        <translation>Уничтожение и возврат</translation>
    </message>
    <message>
        <source>Inventory checks</source>
        <translation>Проверки наличия</translation>
    </message>
    <message>
        <source>Loss and disclosure cases</source>
        <translation>Факты разглашения и утраты</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Дела по оценке ущерба</translation>
    </message>
    <message>
        <source>Visits and contracts</source>
        <translation>Визиты и договоры</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Журнал регистрации событий</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
</context>
<context>
    <name>SecurityEvents</name>
    <message>
        <source>the workstation&apos;s keyring</source>
        <translation>хранилище ключей рабочей станции</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>файле ключей</translation>
    </message>
    <message>
        <source>The store file is cut short: its header says %1 pages, the file holds %2 (pages from %3 on are missing).</source>
        <translation>Файл базы данных усечён: по заголовку страниц — %1, в файле — %2 (отсутствуют страницы начиная с № %3).</translation>
    </message>
    <message>
        <source>The store file is damaged: pages %1 fail their check.</source>
        <translation>Файл базы данных повреждён: страницы %1 не прошли проверку.</translation>
    </message>
    <message>
        <source>The store file is damaged: page %1 fails its check.</source>
        <translation>Файл базы данных повреждён: страница %1 не прошла проверку.</translation>
    </message>
    <message>
        <source>The store file is damaged: a page does not read (%1). The integrity check names the page.</source>
        <translation>Файл базы данных повреждён: не удаётся прочитать страницу (%1). Номер страницы покажет проверка целостности.</translation>
    </message>
    <message>
        <source>Journal records before record %1 were removed.</source>
        <translation>Удалены записи журнала, предшествующие записи № %1.</translation>
    </message>
    <message>
        <source>Journal record %1 is out of order.</source>
        <translation>Нарушен порядок записей журнала: запись № %1.</translation>
    </message>
    <message>
        <source>Journal record %1 was changed, inserted or reordered.</source>
        <translation>Запись журнала № %1 изменена, вставлена или перемещена.</translation>
    </message>
    <message>
        <source>The journal head remembered by %1 is not valid for this store.</source>
        <translation>Сведения о последней записи журнала, сохранённые в %1, недействительны для этой базы данных.</translation>
    </message>
    <message>
        <source>The journal does not match the one %2 remembers: record %1 differs (the journal ends at record %3). The store was replaced or its journal was changed.</source>
        <translation>Журнал не совпадает с журналом, сведения о котором сохранены в %2: запись № %1 отличается (журнал заканчивается записью № %3). База данных заменена или её журнал изменён.</translation>
    </message>
    <message>
        <source>The store is an older copy: its journal ends at record %1, %2 remembers record %3.</source>
        <translation>База данных является более старой копией: её журнал заканчивается записью № %1, а в %2 зафиксирована запись № %3.</translation>
    </message>
    <message>
        <source>%1 failed logins within %2 minutes (%3 – %4); accounts: %5.</source>
        <translation>Неудачных попыток входа: %1 за %2 мин (%3 – %4); учётные записи: %5.</translation>
    </message>
    <message>
        <source>Tries with unknown names: %1.</source>
        <translation>Попыток входа с неизвестными именами пользователей: %1.</translation>
    </message>
    <message>
        <source>found when the store was opened</source>
        <translation>выявлено при открытии базы данных</translation>
    </message>
    <message>
        <source>found by the integrity check</source>
        <translation>выявлено проверкой целостности</translation>
    </message>
    <message>
        <source>found while writing</source>
        <translation>выявлено при записи</translation>
    </message>
    <message>
        <source>found by the check at start</source>
        <translation>выявлено проверкой при запуске</translation>
    </message>
    <message>
        <source>counted at login</source>
        <translation>зафиксировано при входе в систему</translation>
    </message>
    <message>
        <source>[waiting to be written into the journal]</source>
        <translation>[ожидает внесения в журнал]</translation>
    </message>
    <message>
        <source>[seen by %1]</source>
        <translation>[ознакомлен: %1]</translation>
    </message>
    <message>
        <source>[not acknowledged] %1</source>
        <translation>[ознакомление не подтверждено] %1</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Security event</source>
        <translation>Событие информационной безопасности</translation>
    </message>
    <message>
        <source>Acknowledge that you have seen this security event?
%1</source>
        <translation>Подтвердить ознакомление с этим событием информационной безопасности?
%1</translation>
    </message>
    <message>
        <source>Security events (last 30 days)</source>
        <translation>События информационной безопасности (за последние 30 дней)</translation>
    </message>
    <message>
        <source>Double-click an event you have seen to acknowledge it; the acknowledgement is journalled.</source>
        <translation>Чтобы подтвердить ознакомление с событием, дважды щёлкните по нему; подтверждение фиксируется в журнале.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>the PDF is not complete</source>
        <translation>PDF-файл сформирован не полностью</translation>
    </message>
    <message>
        <source>the PDF carries no embedded font</source>
        <translation>в PDF-файл не встроен ни один шрифт</translation>
    </message>
    <message>
        <source>A4, %1 KB, fonts embedded</source>
        <translation>A4, %1 КБ, шрифты встроены</translation>
    </message>
    <message>
        <source>Self-test of the installation</source>
        <translation>Самопроверка установки</translation>
    </message>
    <message>
        <source>Store library</source>
        <translation>Библиотека базы данных</translation>
    </message>
    <message>
        <source>Cipher and schema</source>
        <translation>Шифрование и схема</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Шрифты</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>PDF output</source>
        <translation>Вывод в PDF</translation>
    </message>
    <message>
        <source>Display plugin</source>
        <translation>Модуль экрана</translation>
    </message>
    <message>
        <source>Installed files</source>
        <translation>Установленные файлы</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Хранилище ключей</translation>
    </message>
    <message>
        <source>the %1 translation is missing</source>
        <translation>отсутствует перевод на язык %1</translation>
    </message>
    <message>
        <source>the %1 translation is incomplete</source>
        <translation>перевод на язык %1 неполный</translation>
    </message>
    <message>
        <source>Qt&apos;s own %1 translation is missing</source>
        <translation>отсутствует собственный перевод Qt на язык %1</translation>
    </message>
    <message>
        <source>the display plugin %1 is missing</source>
        <translation>отсутствует модуль экрана %1</translation>
    </message>
    <message>
        <source>the display plugin cannot load: %1</source>
        <translation>модуль экрана не загружается: %1</translation>
    </message>
    <message>
        <source>none here: registers cannot be bound to this workstation</source>
        <translation>отсутствует: привязка реестров к этой рабочей станции невозможна</translation>
    </message>
    <message>
        <source>a source checkout: no list of installed files</source>
        <translation>запуск из исходного кода: списка установленных файлов нет</translation>
    </message>
    <message>
        <source>the list of installed files %1 is missing</source>
        <translation>нет списка установленных файлов %1</translation>
    </message>
    <message>
        <source>files differ from the build: %1</source>
        <translation>файлы отличаются от сборки: %1</translation>
    </message>
    <message>
        <source>files as built: %1</source>
        <translation>файлов в том виде, в каком они собраны: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>bundle: %1</source>
        <translation>сборка: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>Self-test failed: %1 of %2 checks</source>
        <translation>Самопроверка не пройдена: не прошли %1 из %2 проверок</translation>
    </message>
    <message>
        <source>Self-test passed</source>
        <translation>Самопроверка пройдена</translation>
    </message>
    <message>
        <source>the SQLite library has no cipher (not SQLCipher)</source>
        <translation>библиотека SQLite не поддерживает шифрование (это не SQLCipher)</translation>
    </message>
    <message>
        <source>full-text search (FTS5) is missing</source>
        <translation>отсутствует полнотекстовый поиск (FTS5)</translation>
    </message>
    <message>
        <source>the store was written unencrypted</source>
        <translation>база данных записана в незашифрованном виде</translation>
    </message>
    <message>
        <source>a wrong key opened the store</source>
        <translation>база данных открылась с неверным ключом</translation>
    </message>
    <message>
        <source>what was written could not be read back</source>
        <translation>записанные данные не удалось прочитать повторно</translation>
    </message>
    <message>
        <source>encrypted store written and read back, wrong key refused, schema %1</source>
        <translation>зашифрованная база данных записана и прочитана повторно, неверный ключ отклонён, схема %1</translation>
    </message>
    <message>
        <source>Qt cannot load the font %1</source>
        <translation>Qt не может загрузить шрифт %1</translation>
    </message>
    <message>
        <source>the font lacks the letters %1</source>
        <translation>в шрифте отсутствуют буквы %1</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Visit request %1 sent</source>
        <translation>Заявка на визит № %1 направлена</translation>
    </message>
    <message>
        <source>The request went to the coordinating body of the Kyrgyz Republic. The last day to send it in time: %1.</source>
        <translation>Заявка направлена в координирующий орган Кыргызской Республики. Последний день для своевременной отправки: %1.</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Дата отправки:</translation>
    </message>
    <message>
        <source>Visit request %1 received</source>
        <translation>Заявка на визит № %1 получена</translation>
    </message>
    <message>
        <source>The request came from the coordinating body of the Kyrgyz party. The last day it was due: %1.</source>
        <translation>Заявка поступила от координирующего органа Кыргызской Стороны. Последний день срока её направления: %1.</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Дата получения:</translation>
    </message>
    <message>
        <source>Letter &amp;reference:</source>
        <translation>&amp;Реквизиты письма:</translation>
    </message>
    <message>
        <source>Why it is &amp;late:</source>
        <translation>&amp;Причина нарушения срока:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Внести</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Registration number format</source>
        <translation>Формат учётного номера</translation>
    </message>
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
        <source>Days to re-mark own and domestic information (house rule)</source>
        <translation>Срок переоформления грифа собственной информации и информации казахстанских органов, дней (внутренний порядок)</translation>
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
        <source>Registration number prefix</source>
        <translation>Префикс учётного номера</translation>
    </message>
    <message>
        <source>Suffix for Secret</source>
        <translation>Суффикс для «Секретно»</translation>
    </message>
    <message>
        <source>Suffix for Top secret</source>
        <translation>Суффикс для «Совершенно секретно»</translation>
    </message>
    <message>
        <source>Suffix for Of special importance</source>
        <translation>Суффикс для «Особой важности»</translation>
    </message>
    <message>
        <source>Warn this many days before the last day to send a visit request</source>
        <translation>Предупреждать о последнем дне отправки заявки на визит за (дней)</translation>
    </message>
    <message>
        <source>Remind when the last verified backup is older than (days)</source>
        <translation>Напоминать, если последняя проверенная резервная копия старше (дней)</translation>
    </message>
    <message>
        <source>The 30 days of a dossier run from</source>
        <translation>30 дней по делу исчисляются с</translation>
    </message>
    <message>
        <source>Methods of destruction</source>
        <translation>Способы уничтожения</translation>
    </message>
    <message>
        <source>Domestic dispatch channels</source>
        <translation>Каналы отправки внутри страны</translation>
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
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
</context>
<context>
    <name>ShownPanel</name>
    <message>
        <source>Information &amp;shown:</source>
        <translation>Показанная &amp;информация:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Re&amp;gistration No.:</source>
        <translation>&amp;Учётный №:</translation>
    </message>
    <message>
        <source>Or &amp;describe it:</source>
        <translation>Или &amp;опишите:</translation>
    </message>
    <message>
        <source>Add from the &amp;register</source>
        <translation>Добавить из &amp;реестра</translation>
    </message>
    <message>
        <source>Add &amp;text</source>
        <translation>Добавить &amp;текст</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Уда&amp;лить</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign destruction act %1</source>
        <translation>Подписание акта уничтожения № %1</translation>
    </message>
    <message>
        <source>A member of the commission signs act %1 with their own user name and password.
Not signed yet: %2</source>
        <translation>Член комиссии подписывает акт № %1, вводя своё имя пользователя и пароль.
Ещё не подписали: %2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Подписать</translation>
    </message>
</context>
<context>
    <name>StartCheckDialog</name>
    <message>
        <source>Start an inventory check</source>
        <translation>Начало проверки наличия</translation>
    </message>
    <message>
        <source>The check lists every copy that should be present, in the safe or issued. The commission ticks off each one it finds; what it cannot find is marked missing and opens a loss case when the check is finished.</source>
        <translation>В проверку включаются все экземпляры, которые должны быть в наличии, — находящиеся в сейфе или выданные. Комиссия отмечает каждый обнаруженный экземпляр; экземпляры, которые не удалось обнаружить, отмечаются как не обнаруженные, и при завершении проверки по каждому из них регистрируется факт утраты.</translation>
    </message>
    <message>
        <source>All custodians</source>
        <translation>Все ответственные лица</translation>
    </message>
    <message>
        <source>&amp;Kind of check:</source>
        <translation>&amp;Вид проверки:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>По &amp;состоянию на:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>C&amp;ustodian:</source>
        <translation>Ответственное &amp;лицо:</translation>
    </message>
    <message>
        <source>Sa&amp;fe (location):</source>
        <translation>Се&amp;йф (место хранения):</translation>
    </message>
    <message>
        <source>&amp;Commission (chair first, at least three):</source>
        <translation>&amp;Комиссия (первым — председатель, не менее трёх человек):</translation>
    </message>
    <message>
        <source>e.g. change of custodian: order No. and date</source>
        <translation>например, смена ответственного лица: № и дата приказа</translation>
    </message>
    <message>
        <source>empty: every safe; else the location exactly as in the register</source>
        <translation>пусто: все сейфы; иначе место хранения точно как в реестре</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Grif</source>
        <translation>Grif</translation>
    </message>
    <message>
        <source>Welcome to Grif</source>
        <translation>Добро пожаловать в Grif</translation>
    </message>
    <message>
        <source>Create a new register for your organisation, or open an existing register file.</source>
        <translation>Создайте новый реестр для своей организации или откройте существующий файл реестра.</translation>
    </message>
    <message>
        <source>&amp;Create a new register…</source>
        <translation>&amp;Создать новый реестр…</translation>
    </message>
    <message>
        <source>&amp;Open an existing register…</source>
        <translation>&amp;Открыть существующий реестр…</translation>
    </message>
    <message>
        <source>&amp;Restore a register from a backup…</source>
        <translation>&amp;Восстановить реестр из резервной копии…</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Открытие реестра</translation>
    </message>
    <message>
        <source>Grif registers (*.grif);;All files (*)</source>
        <translation>Реестры Grif (*.grif);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Lock in %1</source>
        <translation>Блокировка через %1</translation>
    </message>
    <message>
        <source>No clearance</source>
        <translation>Нет допуска</translation>
    </message>
    <message>
        <source>Form %1 until %2</source>
        <translation>Форма %1 до %2</translation>
    </message>
    <message>
        <source>Form %1 expired %2</source>
        <translation>Форма %1, срок истёк %2</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>С привязкой</translation>
    </message>
    <message>
        <source>Unbound</source>
        <translation>Без привязки</translation>
    </message>
    <message>
        <source>the disk or share holding it is mounted read-only</source>
        <translation>диск или сетевая папка, где она находится, подключены только для чтения</translation>
    </message>
    <message>
        <source>you may not write to the store file or its folder</source>
        <translation>у вас нет права записи в файл базы данных или его папку</translation>
    </message>
    <message>
        <source>Read-only store (%1): you can look and search, nothing can be changed or printed, and this session is not recorded in the journal.</source>
        <translation>База данных доступна только для чтения (%1): возможны просмотр и поиск, изменение и печать невозможны, этот сеанс не фиксируется в журнале.</translation>
    </message>
</context>
<context>
    <name>SurplusDialog</name>
    <message>
        <source>Surplus item of check %1</source>
        <translation>Излишек, выявленный при проверке № %1</translation>
    </message>
    <message>
        <source>Something found that the check does not expect. Describe it (what it is, its marking, where it was found) and copy the numbers from its label, if it has any.</source>
        <translation>Обнаружен предмет, не подлежащий этой проверке. Опишите его (что это, какой на нём гриф, где он обнаружен) и перенесите номера с его маркировки, если они есть.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Registration No. on the label:</source>
        <translation>&amp;Учётный № по маркировке:</translation>
    </message>
    <message>
        <source>&amp;Copy No. on the label:</source>
        <translation>&amp;Номер экземпляра по маркировке:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n copy request(s) wait for your decision</source>
        <translation>
            <numerusform>Ожидает вашего решения %n заявка на размножение</numerusform>
            <numerusform>Ожидают вашего решения %n заявки на размножение</numerusform>
            <numerusform>Ожидают вашего решения %n заявок на размножение</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since it was found</source>
        <translation>
            <numerusform>со дня обнаружения прошёл %n день</numerusform>
            <numerusform>со дня обнаружения прошло %n дня</numerusform>
            <numerusform>со дня обнаружения прошло %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-marked copy</source>
        <translation>Переоформление грифа экземпляра</translation>
    </message>
    <message>
        <source>Have you changed the marking on copy No. %2 of %1 to %3?</source>
        <translation>Вы переоформили гриф экземпляра № %2 учётного № %1 на «%3»?</translation>
    </message>
    <message>
        <source>Case %1 (%2), %3: due %4, %5</source>
        <translation>Дело № %1 (%2), %3: срок %4, %5</translation>
    </message>
    <message>
        <source>Re-mark copy No. %2 of %1 as %3 (case %4): due %5, %6</source>
        <translation>Переоформить гриф экз. № %2 (учётный № %1), новый гриф: %3 (дело № %4); срок %5, %6</translation>
    </message>
    <message>
        <source>Request %1 for %2 by %3: copies asked: %4</source>
        <translation>Заявка № %1, учётный № %2, заявитель: %3; запрошено экземпляров: %4</translation>
    </message>
    <message>
        <source>Marking changes: open cases</source>
        <translation>Изменение грифа секретности: открытые дела</translation>
    </message>
    <message>
        <source>Your copies to re-mark (double-click one once it is re-marked)</source>
        <translation>Ваши экземпляры для переоформления грифа (дважды щёлкните по строке, когда гриф переоформлен)</translation>
    </message>
    <message>
        <source>Copy requests awaiting your decision</source>
        <translation>Заявки на размножение, ожидающие вашего решения</translation>
    </message>
    <message>
        <source>Damage-assessment dossiers: 30-day terms</source>
        <translation>Дела по оценке ущерба: 30-дневные сроки</translation>
    </message>
    <message>
        <source>Notices to the Kyrgyz party not yet recorded</source>
        <translation>Невнесённые уведомления Кыргызской Стороне</translation>
    </message>
    <message>
        <source>Visit request %1: send it by %2, %3</source>
        <translation>Заявка на визит № %1: направить не позднее %2, %3</translation>
    </message>
    <message>
        <source>Visit requests: 4 weeks before the visit (S001 a.10 p.2)</source>
        <translation>Заявки на визит: за 4 недели до визита (S001 ст. 10 п. 2)</translation>
    </message>
    <message>
        <source>Dossier %1 (%2): due %3, %4</source>
        <translation>Дело № %1 (%2): срок %3, %4</translation>
    </message>
    <message>
        <source>Case %1 found on %2: tell the Kyrgyz party at once — %3</source>
        <translation>Факт № %1 обнаружен %2: незамедлительно уведомите Кыргызскую Сторону — %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>You hold no clearance: classified information is not shown to you.</source>
        <translation>У вас нет допуска: секретная информация вам не показывается.</translation>
    </message>
    <message>
        <source>Your clearance expired on %1. Inform the protection unit.</source>
        <translation>Срок действия вашего допуска истёк %1. Сообщите в подразделение по защите государственных секретов.</translation>
    </message>
    <message>
        <source>Your clearance expires on %1. Inform the protection unit.</source>
        <translation>Срок действия вашего допуска истекает %1. Сообщите в подразделение по защите государственных секретов.</translation>
    </message>
    <message>
        <source>Your clearance is valid until %1.</source>
        <translation>Ваш допуск действителен до %1.</translation>
    </message>
    <message>
        <source>This register is bound to this workstation.</source>
        <translation>Этот реестр привязан к данной рабочей станции.</translation>
    </message>
    <message>
        <source>This register is not bound to a workstation: a copied store opens anywhere with a password.</source>
        <translation>Этот реестр не привязан к рабочей станции: скопированная база данных откроется на любом компьютере по паролю.</translation>
    </message>
    <message>
        <source>The keyring could not record the journal head. Unlock the keyring; until then an older copy of the store would go unnoticed.</source>
        <translation>Хранилищу ключей не удалось сохранить номер последней записи журнала. Разблокируйте хранилище ключей; до этого подмена базы данных более старой копией не будет обнаружена.</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>На сегодня сроков исполнения нет.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Изменение данных пользователя %1</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Подразделение</translation>
    </message>
    <message>
        <source>Clearance f&amp;orm</source>
        <translation>Ф&amp;орма допуска</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>Дата &amp;выдачи</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>Дейс&amp;твителен до</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Паро&amp;ль</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Повто&amp;рите пароль</translation>
    </message>
    <message>
        <source>Latin lower-case letters, digits, . _ -</source>
        <translation>строчные латинские буквы, цифры, . _ -</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Form 1 — Of special importance, top secret, secret</source>
        <translation>Форма 1 — особой важности, совершенно секретно, секретно</translation>
    </message>
    <message>
        <source>Form 2 — Top secret, secret</source>
        <translation>Форма 2 — совершенно секретно, секретно</translation>
    </message>
    <message>
        <source>Form 3 — Secret</source>
        <translation>Форма 3 — секретно</translation>
    </message>
    <message>
        <source>hidden — leave empty to keep it</source>
        <translation>скрыт — оставьте пустым, чтобы не изменять</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Первоначальный пароль</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>не менее 12 символов</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Пароли не совпадают. Введите их ещё раз.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>form %1, No. %2, until %3</source>
        <translation>форма %1, № %2, до %3</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>New user (Ctrl+N)</source>
        <translation>Новый пользователь (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>Edit the selected user (Enter)</source>
        <translation>Изменить данные выбранного пользователя (Enter)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>От&amp;ключить</translation>
    </message>
    <message>
        <source>E&amp;nable…</source>
        <translation>&amp;Включить…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation>Пользователь %1 добавлен.</translation>
    </message>
    <message>
        <source>User %1 was saved.</source>
        <translation>Данные пользователя %1 сохранены.</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? Their password stops working at once; the account can be enabled later with a new password.</source>
        <translation>Отключить учётную запись %1 (%2)? Пароль пользователя сразу перестанет действовать; позднее учётную запись можно будет включить с новым паролем.</translation>
    </message>
    <message>
        <source>User %1 was disabled.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <source>User %1 was enabled.</source>
        <translation>Учётная запись %1 включена.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Пароль пользователя %1 сброшен.</translation>
    </message>
</context>
<context>
    <name>VerifyWatch</name>
    <message>
        <source>Checking the journal: %1 of %2 records…</source>
        <translation>Проверка журнала: проверено записей — %1 из %2…</translation>
    </message>
    <message>
        <source>Checking the journal head…</source>
        <translation>Проверка последней записи журнала…</translation>
    </message>
    <message>
        <source>Checking the store file…</source>
        <translation>Проверка файла базы данных…</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Остановить проверку</translation>
    </message>
    <message>
        <source>Store checked at %1: no fault found.</source>
        <translation>База данных проверена %1: нарушений не выявлено.</translation>
    </message>
    <message>
        <source>Store checked at %1: FAULT FOUND (acknowledged).</source>
        <translation>База данных проверена %1: ВЫЯВЛЕНО НАРУШЕНИЕ (ознакомление подтверждено).</translation>
    </message>
    <message>
        <source>Store checked at %1: FAULT FOUND.</source>
        <translation>База данных проверена %1: ВЫЯВЛЕНО НАРУШЕНИЕ.</translation>
    </message>
    <message>
        <source>The check at start did not finish (%1). It runs again at the next start.</source>
        <translation>Проверка при запуске не завершена (%1). Она будет выполнена снова при следующем запуске.</translation>
    </message>
    <message>
        <source>The check at start was stopped. It runs again at the next start.</source>
        <translation>Проверка при запуске остановлена. Она будет выполнена снова при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>The request must be sent by %1, 4 weeks before the visit (S001 a.10 p.2): %2.</source>
        <translation>Заявку необходимо направить не позднее %1 — за 4 недели до визита (S001 ст. 10 п. 2): %2.</translation>
    </message>
    <message>
        <source>Visit request %1: draft</source>
        <translation>Заявка на визит № %1: проект</translation>
    </message>
    <message>
        <source>New visit request</source>
        <translation>Новая заявка на визит</translation>
    </message>
    <message>
        <source>A request for a visit with access to the other Party&apos;s classified information names everything of S001 a.10 p.2. Only people cleared for the information to be seen may visit (a.10 p.1).</source>
        <translation>Заявка на визит с доступом к секретной информации другой Стороны содержит все сведения, предусмотренные S001 ст. 10 п. 2. Визит разрешается только лицам, имеющим допуск к информации, с которой предстоит ознакомиться (ст. 10 п. 1).</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>Proposed &amp;first day:</source>
        <translation>Предлагаемая дата на&amp;чала:</translation>
    </message>
    <message>
        <source>D&amp;uration, days:</source>
        <translation>&amp;Продолжительность, дней:</translation>
    </message>
    <message>
        <source>&amp;Organisations to visit:</source>
        <translation>&amp;Организации для посещения:</translation>
    </message>
    <message>
        <source>&amp;Purpose and questions:</source>
        <translation>&amp;Цель и обсуждаемые вопросы:</translation>
    </message>
    <message>
        <source>&amp;Level of information seen:</source>
        <translation>&amp;Степень секретности информации для ознакомления:</translation>
    </message>
    <message>
        <source>&amp;Marking of the request:</source>
        <translation>&amp;Гриф заявки:</translation>
    </message>
    <message>
        <source>&amp;Under contract:</source>
        <translation>По догово&amp;ру:</translation>
    </message>
    <message>
        <source>Same as the level of information seen</source>
        <translation>Совпадает со степенью секретности информации</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Со&amp;хранить проект</translation>
    </message>
</context>
<context>
    <name>VisitTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>last day today</source>
        <translation>сегодня последний день</translation>
    </message>
    <message>
        <source>%1 — send soon</source>
        <translation>%1 — направьте в ближайшее время</translation>
    </message>
    <message>
        <source>Last day to send: %1, %2</source>
        <translation>Последний день отправки: %1, %2</translation>
    </message>
    <message>
        <source>Last day to send: %1</source>
        <translation>Последний день отправки: %1</translation>
    </message>
    <message>
        <source>Sent late on %1 (the last day was %2) — reason: %3</source>
        <translation>Направлена с нарушением срока %1 (последний день — %2); причина: %3</translation>
    </message>
    <message>
        <source>Sent in time on %1 (the last day was %2)</source>
        <translation>Направлена в срок %1 (последний день — %2)</translation>
    </message>
    <message>
        <source>The request must be sent no later than 4 weeks before the visit (S001 a.10 p.2): the last day was %1, and %2 is %3 day(s) before the visit. Record why it is late.</source>
        <translation>Заявка должна быть направлена не позднее чем за 4 недели до визита (S001 ст. 10 п. 2): последний день — %1, а дата %2 приходится за %3 дн. до визита. Укажите причину нарушения срока.</translation>
    </message>
    <message>
        <source>Surname and name</source>
        <translation>Фамилия и имя</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Passport No.</source>
        <translation>№ паспорта</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Профессия</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
</context>
<context>
    <name>VisitViewDialog</name>
    <message>
        <source>Print the visit request</source>
        <translation>Печать заявки на визит</translation>
    </message>
    <message>
        <source>Needs the personal-data permission.</source>
        <translation>Требуется право доступа к персональным данным.</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <source>%1: No. %2 of %3</source>
        <translation>%1: № %2 от %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>came</source>
        <translation>прибыл</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>не прибыл</translation>
    </message>
    <message>
        <source>Visit request %1</source>
        <translation>Заявка на визит № %1</translation>
    </message>
    <message>
        <source>Visit request No. %1: %2</source>
        <translation>Заявка на визит № %1: %2</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Proposed dates:</source>
        <translation>Предлагаемые даты:</translation>
    </message>
    <message>
        <source>Organisations to visit:</source>
        <translation>Организации для посещения:</translation>
    </message>
    <message>
        <source>Purpose and questions:</source>
        <translation>Цель и обсуждаемые вопросы:</translation>
    </message>
    <message>
        <source>Level of information seen:</source>
        <translation>Степень секретности информации для ознакомления:</translation>
    </message>
    <message>
        <source>Marking of the request:</source>
        <translation>Гриф заявки:</translation>
    </message>
    <message>
        <source>Under contract:</source>
        <translation>По договору:</translation>
    </message>
    <message>
        <source>4 weeks before the visit:</source>
        <translation>За 4 недели до визита:</translation>
    </message>
    <message>
        <source>Request letter:</source>
        <translation>Письмо с заявкой:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Closed or cancelled:</source>
        <translation>Закрыта или отменена:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Кем подготовлена:</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>&amp;Посетители:</translation>
    </message>
    <message>
        <source>People to &amp;meet:</source>
        <translation>&amp;Лица для встречи:</translation>
    </message>
    <message>
        <source>Information &amp;shown:</source>
        <translation>Показанная &amp;информация:</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Прибыл</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Registration record</source>
        <translation>Запись о регистрации</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>Учётный №</translation>
    </message>
    <message>
        <source>Mark &amp;sent…</source>
        <translation>Отметить &amp;отправку…</translation>
    </message>
    <message>
        <source>Mark &amp;received…</source>
        <translation>Отметить п&amp;олучение…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>Внести о&amp;твет…</translation>
    </message>
    <message>
        <source>C&amp;lose the visit…</source>
        <translation>Закрыть &amp;визит…</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit…</source>
        <translation>Отм&amp;енить визит…</translation>
    </message>
    <message>
        <source>Show &amp;personal data</source>
        <translation>Показать персональные &amp;данные</translation>
    </message>
    <message>
        <source>P&amp;rint request…</source>
        <translation>Пе&amp;чать заявки…</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Every field is required (S001 a.10 p.2). The date and place of birth and the passport number are personal data: only people with the personal-data permission see them once the request is saved.</source>
        <translation>Все поля обязательны (S001 ст. 10 п. 2). Дата и место рождения и номер паспорта являются персональными данными: после сохранения заявки их видят только пользователи с правом доступа к персональным данным.</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>&amp;Place of birth:</source>
        <translation>&amp;Место рождения:</translation>
    </message>
    <message>
        <source>C&amp;itizenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>Pass&amp;port No.:</source>
        <translation>Номер &amp;паспорта:</translation>
    </message>
    <message>
        <source>P&amp;rofession:</source>
        <translation>Пр&amp;офессия:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Органи&amp;зация:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>Доп&amp;уск:</translation>
    </message>
</context>
<context>
    <name>VisitorsPanel</name>
    <message>
        <source>&amp;Visitors:</source>
        <translation>Посе&amp;тители:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Our representatives to the Kyrgyz Republic</source>
        <translation>Наши представители в Кыргызскую Республику</translation>
    </message>
    <message>
        <source>Representatives of the Kyrgyz party to us</source>
        <translation>Представители Кыргызской Стороны к нам</translation>
    </message>
    <message>
        <source>Office of the Prime Minister of the Republic of Kazakhstan</source>
        <translation>Канцелярия Премьер-Министра Республики Казахстан</translation>
    </message>
    <message>
        <source>National Security Service of the Kyrgyz Republic</source>
        <translation>Служба национальной безопасности Кыргызской Республики</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Request sent / received</source>
        <translation>Заявка направлена / получена</translation>
    </message>
    <message>
        <source>Visit agreed</source>
        <translation>Визит согласован</translation>
    </message>
    <message>
        <source>Visit refused</source>
        <translation>В визите отказано</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
</context>
<context>
    <name>VisitsAndContractsPage</name>
    <message>
        <source>Visits and contracts</source>
        <translation>Визиты и договоры</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Proposed dates</source>
        <translation>Предлагаемые даты</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Степень секретности</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Days left to send</source>
        <translation>Осталось дней до отправки</translation>
    </message>
    <message>
        <source>sent late</source>
        <translation>направлена с нарушением срока</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <source>Visit request %1 is prepared as a draft. %2</source>
        <translation>Заявка на визит № %1 подготовлена как проект. %2</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Незавершённые</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Новая заявка…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Visit requests</source>
        <translation>Заявки на визит</translation>
    </message>
</context>
</TS>
