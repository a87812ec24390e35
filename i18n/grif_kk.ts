<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation>Операцияны орындау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>«%1» үшін жарамсыз мән: %2</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters are allowed.</source>
        <translation>%1 тым ұзын: ең көбі %2 таңба рұқсат етіледі.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the account is disabled.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате, не болмаса есептік жазба өшірілген.</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait %1 seconds and try again.</source>
        <translation>Жүйеге кірудің сәтсіз әрекеттері тым көп. %1 секунд күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Logins are locked after repeated failures. Wait %1 minutes or ask the administrator.</source>
        <translation>Қайталанған сәтсіз әрекеттерден кейін жүйеге кіру бұғатталды. %1 минут күтіңіз немесе әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>The password is not accepted: %1</source>
        <translation>Құпиясөз қабылданбады: %1</translation>
    </message>
    <message>
        <source>You do not have the right to do this (%1). Ask the administrator.</source>
        <translation>Бұл әрекетті орындауға құқығыңыз жоқ (%1). Әкімшіге жүгініңіз.</translation>
    </message>
    <message>
        <source>Your clearance does not give access to this information.</source>
        <translation>Сізге берілген рұқсат нысаны бұл ақпаратқа қол жеткізуге мүмкіндік бермейді.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>Табылмады: %1.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>Бұрыннан бар: %1.</translation>
    </message>
    <message>
        <source>This cannot be done now: %1</source>
        <translation>Бұл әрекетті қазір орындау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The store cannot be used: %1</source>
        <translation>Мәліметтер базасын пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>No store at %1. Choose an existing store file or create a new one.</source>
        <translation>%1 жолында мәліметтер базасы жоқ. Бар мәліметтер базасының файлын таңдаңыз немесе жаңасын жасаңыз.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place for the store.</source>
        <translation>%1 қалтасы жоқ. Мәліметтер базасы үшін басқа орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>A store already exists at %1. Choose another file name.</source>
        <translation>%1 жолында мәліметтер базасы бұрыннан бар. Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>The key file %1 is missing or damaged. Restore it from a backup or use the recovery code.</source>
        <translation>%1 кілт файлы жоқ немесе бүлінген. Оны резервтік көшірмеден қалпына келтіріңіз немесе қалпына келтіру кодын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The store does not open with this key: the file is damaged or belongs to another key file.</source>
        <translation>Мәліметтер базасы бұл кілтпен ашылмайды: файл бүлінген немесе басқа кілт файлына тиесілі.</translation>
    </message>
    <message>
        <source>This store is bound to another workstation or its keyring is locked. Unlock the keyring or open the store with the recovery code.</source>
        <translation>Бұл мәліметтер базасы басқа жұмыс станциясына байланыстырылған немесе кілттер қоймасы бұғатталған. Кілттер қоймасын бұғаттан шығарыңыз немесе мәліметтер базасын қалпына келтіру кодымен ашыңыз.</translation>
    </message>
    <message>
        <source>Integrity check failed: %1. Stop work and inform the auditor.</source>
        <translation>Тұтастықты тексеру сәтсіз аяқталды: %1. Жұмысты тоқтатып, аудиторға хабарлаңыз.</translation>
    </message>
    <message>
        <source>The store was replaced by an older copy: its journal ends at record %1, the workstation remembers record %2. Inform the auditor.</source>
        <translation>Мәліметтер базасы ескірек көшірмемен ауыстырылған: оның журналы %1 нөмірлі жазбамен аяқталады, ал жұмыс станциясында %2 нөмірлі жазба тіркелген. Аудиторға хабарлаңыз.</translation>
    </message>
    <message>
        <source>The audit record could not be written, so the action was not done: %1</source>
        <translation>Оқиғаларды тіркеу журналына жазба енгізу мүмкін болмады, сондықтан әрекет орындалмады: %1</translation>
    </message>
    <message>
        <source>The store is in use by another program. Close it and try again.</source>
        <translation>Мәліметтер базасын басқа бағдарлама пайдаланып отыр. Сол бағдарламаны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>Диск толып қалды. Орын босатып, қайталап көріңіз; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>The store is read-only; changes cannot be saved.</source>
        <translation>Мәліметтер базасы тек оқу үшін қолжетімді; өзгерістерді сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>at least 12 characters are required</source>
        <translation>кемінде 12 таңба қажет</translation>
    </message>
    <message>
        <source>at most 256 characters are allowed</source>
        <translation>256 таңбадан аспауы тиіс</translation>
    </message>
    <message>
        <source>it must not contain the user name</source>
        <translation>құпиясөзде пайдаланушы аты болмауы тиіс</translation>
    </message>
    <message>
        <source>it must not contain control characters</source>
        <translation>құпиясөзде басқару таңбалары болмауы тиіс</translation>
    </message>
    <message>
        <source>it must not be one repeated character</source>
        <translation>құпиясөз бір ғана қайталанатын таңбадан тұрмауы тиіс</translation>
    </message>
    <message>
        <source>The recovery code is wrong. Check it against the sheet kept in the safe.</source>
        <translation>Қалпына келтіру коды қате. Оны сейфте сақталған парақпен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>Grif</source>
        <translation>Grif</translation>
    </message>
    <message>
        <source>give form, number, issue and expiry dates together</source>
        <translation>нысанын, нөмірін, берілген және аяқталу күндерін бірге көрсетіңіз</translation>
    </message>
    <message>
        <source>name the administrator who does this</source>
        <translation>осы әрекетті орындайтын әкімшіні көрсетіңіз</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>пайдаланушы аты</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <source>department</source>
        <translation>бөлімше</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>рөлдер</translation>
    </message>
    <message>
        <source>role</source>
        <translation>рөл</translation>
    </message>
    <message>
        <source>level</source>
        <translation>құпиялылық дәрежесі</translation>
    </message>
    <message>
        <source>Kyrgyz marking</source>
        <translation>Қырғыз Тарабының құпиялылық белгісі</translation>
    </message>
    <message>
        <source>clearance</source>
        <translation>рұқсат нысаны</translation>
    </message>
    <message>
        <source>clearance form</source>
        <translation>рұқсат нысанының түрі</translation>
    </message>
    <message>
        <source>clearance number</source>
        <translation>рұқсат нөмірі</translation>
    </message>
    <message>
        <source>clearance expiry</source>
        <translation>рұқсаттың қолданылу мерзімі</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>толтырылмаған</translation>
    </message>
    <message>
        <source>wrong type of value</source>
        <translation>мәннің түрі дұрыс емес</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>басқару таңбалары бар</translation>
    </message>
    <message>
        <source>use 2–32 lower-case Latin letters, digits, . _ -</source>
        <translation>2–32 кіші латын әрпін, цифрларды, . _ - таңбаларын пайдаланыңыз</translation>
    </message>
    <message>
        <source>the store is not bound to a workstation</source>
        <translation>мәліметтер базасы жұмыс станциясына байланыстырылмаған</translation>
    </message>
    <message>
        <source>the account is disabled; enable it with a new password</source>
        <translation>есептік жазба өшірілген; оны жаңа құпиясөзбен қосыңыз</translation>
    </message>
    <message>
        <source>the last active administrator cannot be removed</source>
        <translation>соңғы белсенді әкімшіні алып тастауға болмайды</translation>
    </message>
    <message>
        <source>the account is already active</source>
        <translation>есептік жазба қазірдің өзінде белсенді</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Бас тартылды: ештеңе өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Of special importance</source>
        <translation>Аса маңызды</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Өте құпия</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Құпия</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Grif — log in</source>
        <translation>Grif — жүйеге кіру</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
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
        <translation>Жүйеге кірген: %1 (%2)</translation>
    </message>
    <message>
        <source>No clearance in force</source>
        <translation>Қолданыстағы рұқсат нысаны жоқ</translation>
    </message>
    <message>
        <source>Clearance up to: %1</source>
        <translation>Рұқсат деңгейі: %1 дейін</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>This section is not available yet in this version of Grif.</source>
        <translation>Бұл бөлім Grif-тің осы нұсқасында әлі жоқ.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Registry clerk</source>
        <translation>Тізілімді жүргізетін қызметкер</translation>
    </message>
    <message>
        <source>Head of the protection unit</source>
        <translation>Мемлекеттік құпияларды қорғау бөлімшесінің басшысы</translation>
    </message>
    <message>
        <source>Head of the organisation</source>
        <translation>Ұйым басшысы</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Access to personal data</source>
        <translation>Дербес деректерге қол жеткізу</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Organisation name</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Protection unit</source>
        <translation>Мемлекеттік құпияларды қорғау бөлімшесі</translation>
    </message>
    <message>
        <source>Position of the head</source>
        <translation>Басшының лауазымы</translation>
    </message>
    <message>
        <source>Head&apos;s name (И.О. Фамилия)</source>
        <translation>Басшының аты-жөні (А.Ә. Тегі)</translation>
    </message>
    <message>
        <source>Idle lock after (minutes)</source>
        <translation>Әрекетсіздіктен кейін бұғаттау (минут)</translation>
    </message>
    <message>
        <source>Default print language</source>
        <translation>Басып шығарудың әдепкі тілі</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>Last store opened</source>
        <translation>Соңғы ашылған мәліметтер базасы</translation>
    </message>
</context>
</TS>
