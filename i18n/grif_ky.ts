<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation>Операцияны аткаруу мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>«%1» үчүн жараксыз маани: %2</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters are allowed.</source>
        <translation>%1 өтө узун: эң көп дегенде %2 белги уруксат берилет.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the account is disabled.</source>
        <translation>Колдонуучунун аты же сырсөз туура эмес, же болбосо эсептик жазуу өчүрүлгөн.</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait %1 seconds and try again.</source>
        <translation>Системага кирүүнүн ийгиликсиз аракеттери өтө көп. %1 секунд күтүп, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Logins are locked after repeated failures. Wait %1 minutes or ask the administrator.</source>
        <translation>Кайталанган ийгиликсиз аракеттерден кийин системага кирүү бөгөттөлдү. %1 мүнөт күтүңүз же администраторго кайрылыңыз.</translation>
    </message>
    <message>
        <source>The password is not accepted: %1</source>
        <translation>Сырсөз кабыл алынган жок: %1</translation>
    </message>
    <message>
        <source>You do not have the right to do this (%1). Ask the administrator.</source>
        <translation>Бул аракетти аткарууга укугуңуз жок (%1). Администраторго кайрылыңыз.</translation>
    </message>
    <message>
        <source>Your clearance does not give access to this information.</source>
        <translation>Сизге берилген уруксат бул маалыматка жетүү мүмкүнчүлүгүн бербейт.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>Табылган жок: %1.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>Мурунтан эле бар: %1.</translation>
    </message>
    <message>
        <source>This cannot be done now: %1</source>
        <translation>Бул аракетти азыр аткаруу мүмкүн эмес: %1</translation>
    </message>
    <message>
        <source>The store cannot be used: %1</source>
        <translation>Маалымат базасын колдонуу мүмкүн эмес: %1</translation>
    </message>
    <message>
        <source>No store at %1. Choose an existing store file or create a new one.</source>
        <translation>%1 жолунда маалымат базасы жок. Бар болгон маалымат базасынын файлын тандаңыз же жаңысын түзүңүз.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place for the store.</source>
        <translation>%1 папкасы жок. Маалымат базасы үчүн башка жерди тандаңыз.</translation>
    </message>
    <message>
        <source>A store already exists at %1. Choose another file name.</source>
        <translation>%1 жолунда маалымат базасы мурунтан эле бар. Файлдын башка атын тандаңыз.</translation>
    </message>
    <message>
        <source>The key file %1 is missing or damaged. Restore it from a backup or use the recovery code.</source>
        <translation>%1 ачкыч файлы жок же бузулган. Аны камдык көчүрмөдөн калыбына келтириңиз же калыбына келтирүү кодун колдонуңуз.</translation>
    </message>
    <message>
        <source>The store does not open with this key: the file is damaged or belongs to another key file.</source>
        <translation>Маалымат базасы бул ачкыч менен ачылбайт: файл бузулган же башка ачкыч файлына таандык.</translation>
    </message>
    <message>
        <source>This store is bound to another workstation or its keyring is locked. Unlock the keyring or open the store with the recovery code.</source>
        <translation>Бул маалымат базасы башка жумушчу станцияга байланган же ачкычтар сактагычы бөгөттөлгөн. Ачкычтар сактагычын бөгөттөн чыгарыңыз же маалымат базасын калыбына келтирүү коду менен ачыңыз.</translation>
    </message>
    <message>
        <source>Integrity check failed: %1. Stop work and inform the auditor.</source>
        <translation>Бүтүндүктү текшерүү ийгиликсиз аяктады: %1. Ишти токтотуп, аудиторго кабарлаңыз.</translation>
    </message>
    <message>
        <source>The store was replaced by an older copy: its journal ends at record %1, the workstation remembers record %2. Inform the auditor.</source>
        <translation>Маалымат базасы эскирээк көчүрмө менен алмаштырылган: анын журналы %1 номерлүү жазуу менен бүтөт, ал эми жумушчу станцияда %2 номерлүү жазуу катталган. Аудиторго кабарлаңыз.</translation>
    </message>
    <message>
        <source>The audit record could not be written, so the action was not done: %1</source>
        <translation>Окуяларды каттоо журналына жазуу киргизүү мүмкүн болгон жок, ошондуктан аракет аткарылган жок: %1</translation>
    </message>
    <message>
        <source>The store is in use by another program. Close it and try again.</source>
        <translation>Маалымат базасын башка программа колдонуп жатат. Ал программаны жаап, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>Диск толуп калды. Орун бошотуп, кайра аракет кылыңыз; эч нерсе сакталган жок.</translation>
    </message>
    <message>
        <source>The store is read-only; changes cannot be saved.</source>
        <translation>Маалымат базасы окуу үчүн гана жеткиликтүү; өзгөртүүлөрдү сактоо мүмкүн эмес.</translation>
    </message>
    <message>
        <source>at least 12 characters are required</source>
        <translation>кеминде 12 белги талап кылынат</translation>
    </message>
    <message>
        <source>at most 256 characters are allowed</source>
        <translation>256 белгиден ашпашы керек</translation>
    </message>
    <message>
        <source>it must not contain the user name</source>
        <translation>сырсөздө колдонуучунун аты болбошу керек</translation>
    </message>
    <message>
        <source>it must not contain control characters</source>
        <translation>сырсөздө башкаруучу белгилер болбошу керек</translation>
    </message>
    <message>
        <source>it must not be one repeated character</source>
        <translation>сырсөз бир эле кайталанган белгиден турбашы керек</translation>
    </message>
    <message>
        <source>The recovery code is wrong. Check it against the sheet kept in the safe.</source>
        <translation>Калыбына келтирүү коду туура эмес. Аны сейфте сакталган барак менен салыштырып текшериңиз.</translation>
    </message>
    <message>
        <source>Grif</source>
        <translation>Grif</translation>
    </message>
    <message>
        <source>give form, number, issue and expiry dates together</source>
        <translation>формасын, номерин, берилген жана аяктоо күндөрүн бирге көрсөтүңүз</translation>
    </message>
    <message>
        <source>name the administrator who does this</source>
        <translation>бул аракетти аткарган администраторду көрсөтүңүз</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>колдонуучунун аты</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>фамилиясы, аты, атасынын аты</translation>
    </message>
    <message>
        <source>position</source>
        <translation>кызмат орду</translation>
    </message>
    <message>
        <source>department</source>
        <translation>бөлүм</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>уюм</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>ролдор</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>level</source>
        <translation>жашыруундук даражасы</translation>
    </message>
    <message>
        <source>Kyrgyz marking</source>
        <translation>Кыргыз Тарабынын жашыруундук грифи</translation>
    </message>
    <message>
        <source>clearance</source>
        <translation>уруксат</translation>
    </message>
    <message>
        <source>clearance form</source>
        <translation>уруксаттын формасы</translation>
    </message>
    <message>
        <source>clearance number</source>
        <translation>уруксаттын номери</translation>
    </message>
    <message>
        <source>clearance expiry</source>
        <translation>уруксаттын мөөнөтү</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>толтурулган эмес</translation>
    </message>
    <message>
        <source>wrong type of value</source>
        <translation>маанинин түрү туура эмес</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>башкаруу белгилери бар</translation>
    </message>
    <message>
        <source>use 2–32 lower-case Latin letters, digits, . _ -</source>
        <translation>2–32 кичине латын тамгасын, сандарды, . _ - белгилерин колдонуңуз</translation>
    </message>
    <message>
        <source>the store is not bound to a workstation</source>
        <translation>маалымат базасы жумушчу станцияга байланган эмес</translation>
    </message>
    <message>
        <source>the account is disabled; enable it with a new password</source>
        <translation>эсептик жазуу өчүрүлгөн; аны жаңы сырсөз менен күйгүзүңүз</translation>
    </message>
    <message>
        <source>the last active administrator cannot be removed</source>
        <translation>акыркы активдүү администраторду алып салууга болбойт</translation>
    </message>
    <message>
        <source>the account is already active</source>
        <translation>эсептик жазуу буга чейин эле активдүү</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Жокко чыгарылды: эч нерсе өзгөргөн жок.</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Of special importance</source>
        <translation>Өзгөчө маанилүү</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Абдан жашыруун</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Жашыруун</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Grif — log in</source>
        <translation>Grif — системага кирүү</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
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
        <translation>Системага кирген: %1 (%2)</translation>
    </message>
    <message>
        <source>No clearance in force</source>
        <translation>Күчүндөгү уруксат жок</translation>
    </message>
    <message>
        <source>Clearance up to: %1</source>
        <translation>Уруксат деңгээли: %1 чейин</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>This section is not available yet in this version of Grif.</source>
        <translation>Бул бөлүм Grif'тин ушул версиясында азырынча жок.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Registry clerk</source>
        <translation>Реестрди жүргүзүүчү кызматкер</translation>
    </message>
    <message>
        <source>Head of the protection unit</source>
        <translation>Мамлекеттик сырларды коргоо бөлүмүнүн башчысы</translation>
    </message>
    <message>
        <source>Head of the organisation</source>
        <translation>Уюмдун жетекчиси</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Аткаруучу</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Комиссиянын мүчөсү</translation>
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
        <translation>Жеке маалыматтарга жетүү мүмкүнчүлүгү</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Organisation name</source>
        <translation>Уюмдун аталышы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Protection unit</source>
        <translation>Мамлекеттик сырларды коргоо бөлүмү</translation>
    </message>
    <message>
        <source>Position of the head</source>
        <translation>Жетекчинин кызмат орду</translation>
    </message>
    <message>
        <source>Head&apos;s name (И.О. Фамилия)</source>
        <translation>Жетекчинин аты-жөнү (А.А. Фамилиясы)</translation>
    </message>
    <message>
        <source>Idle lock after (minutes)</source>
        <translation>Аракетсиздиктен кийин бөгөттөө (мүнөт)</translation>
    </message>
    <message>
        <source>Default print language</source>
        <translation>Басып чыгаруунун демейки тили</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейстин тили</translation>
    </message>
    <message>
        <source>Last store opened</source>
        <translation>Акыркы ачылган маалымат базасы</translation>
    </message>
</context>
</TS>
