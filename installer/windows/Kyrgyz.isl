; *** Inno Setup 6.5+ messages in Kyrgyz (Cyrillic) ***
;
; Grif's translation of every message of Inno Setup's Default.isl (Inno Setup 6.5), made for
; Grif's installer (installer/windows/grif.iss). The message names are listed in
; messages-keys.txt beside this file; tests/installer/test_windows_script.py checks that this
; file has each of them, with the same %1-style placeholders as the English text.
; Saved as UTF-8 with a byte order mark, which Inno Setup 6 reads as Unicode.
;
; Note: messages that have no full stop at the end in English have none here either: Inno
; Setup adds it where needed.

[LangOptions]
LanguageName=Кыргызча
LanguageID=$0440
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Орнотуу
SetupWindowTitle=Орнотуу — %1
UninstallAppTitle=Өчүрүү
UninstallAppFullTitle=%1 — өчүрүү

; *** Misc. common
InformationTitle=Маалымат
ConfirmTitle=Ырастоо
ErrorTitle=Ката

; *** SetupLdr messages
SetupLdrStartupMessage=Бул программа компьютериңизге %1 орнотот. Улантасызбы?
LdrCannotCreateTemp=Убактылуу файлды түзүү мүмкүн болгон жок. Орнотуу токтотулду
LdrCannotExecTemp=Убактылуу папкадагы файлды иштетүү мүмкүн болгон жок. Орнотуу токтотулду
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nКата %2: %3
SetupFileMissing=Орнотуу папкасында %1 файлы жок. Көйгөйдү оңдоңуз же орнотуу программасын кайра алыңыз.
SetupFileCorrupt=Орнотуу файлдары бузулган. Орнотуу программасын кайра алыңыз.
SetupFileCorruptOrWrongVer=Орнотуу файлдары бузулган же орнотуу программасынын бул версиясы менен шайкеш келбейт. Көйгөйдү оңдоңуз же орнотуу программасын кайра алыңыз.
InvalidParameter=Буйрук сабында жараксыз параметр берилди:%n%n%1
SetupAlreadyRunning=Орнотуу программасы мурунтан эле иштеп жатат.
WindowsVersionNotSupported=Бул программа компьютериңиздеги Windows версиясын колдобойт.
WindowsServicePackRequired=Бул программа үчүн %1 Service Pack %2 же андан жаңысы керек.
NotOnThisPlatform=Бул программа %1 тутумунда иштебейт.
OnlyOnThisPlatform=Бул программаны %1 тутумунда гана иштетүүгө болот.
OnlyOnTheseArchitectures=Бул программаны төмөнкү процессор архитектураларына арналган Windows версияларына гана орнотууга болот:%n%n%1
WinVersionTooLowError=Бул программа үчүн %1 %2 версиясы же андан жаңысы керек.
WinVersionTooHighError=Бул программаны %1 %2 версиясына же андан жаңысына орнотууга болбойт.
AdminPrivilegesRequired=Бул программаны орнотуу үчүн тутумга администратор катары кириңиз.
PowerUserPrivilegesRequired=Бул программаны орнотуу үчүн тутумга администратор же «Power Users» тобунун мүчөсү катары кириңиз.
SetupAppRunningError=Орнотуу программасы %1 азыр иштеп жатканын аныктады.%n%nАнын бардык терезелерин жаап, улантуу үчүн «OK» баскычын, чыгуу үчүн «Жокко чыгаруу» баскычын басыңыз.
UninstallAppRunningError=Өчүрүү программасы %1 азыр иштеп жатканын аныктады.%n%nАнын бардык терезелерин жаап, улантуу үчүн «OK» баскычын, чыгуу үчүн «Жокко чыгаруу» баскычын басыңыз.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Орнотуу режимин тандоо
PrivilegesRequiredOverrideInstruction=Орнотуу режимин тандаңыз
PrivilegesRequiredOverrideText1=%1 программасын бардык колдонуучулар үчүн (администратордун укуктары керек) же өзүңүз үчүн гана орнотууга болот.
PrivilegesRequiredOverrideText2=%1 программасын өзүңүз үчүн гана же бардык колдонуучулар үчүн (администратордун укуктары керек) орнотууга болот.
PrivilegesRequiredOverrideAllUsers=&Бардык колдонуучулар үчүн орнотуу
PrivilegesRequiredOverrideAllUsersRecommended=&Бардык колдонуучулар үчүн орнотуу (сунушталат)
PrivilegesRequiredOverrideCurrentUser=Өзүм үчүн &гана орнотуу
PrivilegesRequiredOverrideCurrentUserRecommended=Өзүм үчүн &гана орнотуу (сунушталат)

; *** Misc. errors
ErrorCreatingDir=Орнотуу программасы «%1» папкасын түзө алган жок
ErrorTooManyFilesInDir=«%1» папкасында файл түзүү мүмкүн эмес, анткени анда файлдар өтө көп

; *** Setup common messages
ExitSetupTitle=Орнотуудан чыгуу
ExitSetupMessage=Орнотуу аяктаган жок. Азыр чыксаңыз, программа орнотулбайт.%n%nОрнотууну аягына чыгаруу үчүн орнотуу программасын кийинчерээк кайра иштетсеңиз болот.%n%nОрнотуудан чыгасызбы?
AboutSetupMenuItem=Орнотуу программасы &жөнүндө...
AboutSetupTitle=Орнотуу программасы жөнүндө
AboutSetupMessage=%1, %2 версиясы%n%3%n%n%1 сайты:%n%4
AboutSetupNote=
TranslatorNote=

; *** Buttons
ButtonBack=< &Артка
ButtonNext=&Кийинки >
ButtonInstall=&Орнотуу
ButtonOK=OK
ButtonCancel=Жокко чыгаруу
ButtonYes=&Ооба
ButtonYesToAll=Баарына о&оба
ButtonNo=&Жок
ButtonNoToAll=Баарына ж&ок
ButtonFinish=&Бүтүрүү
ButtonBrowse=&Карап чыгуу...
ButtonWizardBrowse=Карап ч&ыгуу...
ButtonNewFolder=&Жаңы папка түзүү

; *** "Select Language" dialog messages
SelectLanguageTitle=Орнотуу тилин тандоо
SelectLanguageLabel=Орнотуу учурунда колдонула турган тилди тандаңыз.

; *** Common wizard text
ClickNext=Улантуу үчүн «Кийинки», орнотуудан чыгуу үчүн «Жокко чыгаруу» баскычын басыңыз.
BeveledLabel=
BrowseDialogTitle=Папканы карап чыгуу
BrowseDialogLabel=Төмөнкү тизмеден папканы тандап, «OK» баскычын басыңыз.
NewFolderName=Жаңы папка

; *** "Welcome" wizard page
WelcomeLabel1=[name] орнотуу чеберине кош келиңиз
WelcomeLabel2=Бул программа компьютериңизге [name/ver] орнотот.%n%nУлантуудан мурун башка бардык тиркемелерди жабуу сунушталат.

; *** "Password" wizard page
WizardPassword=Сырсөз
PasswordLabel1=Бул орнотуу сырсөз менен корголгон.
PasswordLabel3=Сырсөздү киргизип, улантуу үчүн «Кийинки» баскычын басыңыз. Сырсөздө баш жана кичине тамгалар айырмаланат.
PasswordEditLabel=&Сырсөз:
IncorrectPassword=Киргизилген сырсөз туура эмес. Кайра аракет кылыңыз.

; *** "License Agreement" wizard page
WizardLicense=Лицензиялык келишим
LicenseLabel=Улантуудан мурун төмөнкү маанилүү маалыматты окуп чыгыңыз.
LicenseLabel3=Төмөнкү лицензиялык келишимди окуп чыгыңыз. Орнотууну улантуу үчүн бул келишимдин шарттарын кабыл алышыңыз керек.
LicenseAccepted=Келишимдин шарттарын &кабыл алам
LicenseNotAccepted=Келишимдин шарттарын кабыл ал&байм

; *** "Information" wizard pages
WizardInfoBefore=Маалымат
InfoBeforeLabel=Улантуудан мурун төмөнкү маанилүү маалыматты окуп чыгыңыз.
InfoBeforeClickLabel=Орнотууну улантууга даяр болгондо, «Кийинки» баскычын басыңыз.
WizardInfoAfter=Маалымат
InfoAfterLabel=Улантуудан мурун төмөнкү маанилүү маалыматты окуп чыгыңыз.
InfoAfterClickLabel=Орнотууну улантууга даяр болгондо, «Кийинки» баскычын басыңыз.

; *** "User Information" wizard page
WizardUserInfo=Колдонуучу жөнүндө маалымат
UserInfoDesc=Өзүңүз жөнүндө маалыматты киргизиңиз.
UserInfoName=&Колдонуучунун аты:
UserInfoOrg=&Уюм:
UserInfoSerial=&Сериялык номер:
UserInfoNameRequired=Атыңызды киргизишиңиз керек.

; *** "Select Destination Location" wizard page
WizardSelectDir=Орнотуу папкасын тандоо
SelectDirDesc=[name] кайсы папкага орнотулсун?
SelectDirLabel3=Орнотуу программасы [name] программасын төмөнкү папкага орнотот.
SelectDirBrowseLabel=Улантуу үчүн «Кийинки» баскычын басыңыз. Башка папканы тандагыңыз келсе, «Карап чыгуу» баскычын басыңыз.
DiskSpaceGBLabel=Дискте жок дегенде [gb] ГБ бош орун керек.
DiskSpaceMBLabel=Дискте жок дегенде [mb] МБ бош орун керек.
CannotInstallToNetworkDrive=Орнотуу программасы тармактык дискке орното албайт.
CannotInstallToUNCPath=Орнотуу программасы UNC жолуна орното албайт.
InvalidPath=Диск тамгасы бар толук жолду киргизишиңиз керек, мисалы:%n%nC:\APP%n%nже ушундай түрдөгү UNC жолун:%n%n\\server\share
InvalidDrive=Сиз тандаган диск же UNC жалпы ресурсу жок же жеткиликсиз. Башкасын тандаңыз.
DiskSpaceWarningTitle=Дискте орун жетишсиз
DiskSpaceWarning=Орнотуу үчүн жок дегенде %1 КБ бош орун керек, ал эми тандалган дискте болгону %2 КБ бар.%n%nБаары бир улантасызбы?
DirNameTooLong=Папканын аталышы же жол өтө узун.
InvalidDirName=Папканын аталышы жараксыз.
BadDirName32=Папканын аталышында төмөнкү белгилер болбошу керек:%n%n%1
DirExistsTitle=Папка бар
DirExists=Бул папка:%n%n%1%n%nмурунтан эле бар. Баары бир ушул папкага орнотосузбу?
DirDoesntExistTitle=Папка жок
DirDoesntExist=Бул папка:%n%n%1%n%nжок. Аны түзүү керекпи?

; *** "Select Components" wizard page
WizardSelectComponents=Компоненттерди тандоо
SelectComponentsDesc=Кайсы компоненттер орнотулсун?
SelectComponentsLabel2=Орноткуңуз келген компоненттерди тандаңыз, орноткуңуз келбегендеринин белгисин алып салыңыз. Даяр болгондо, «Кийинки» баскычын басыңыз.
FullInstallation=Толук орнотуу
CompactInstallation=Жыйнактуу орнотуу
CustomInstallation=Тандалма орнотуу
NoUninstallWarningTitle=Компоненттер бар
NoUninstallWarning=Орнотуу программасы компьютериңизде төмөнкү компоненттер орнотулганын аныктады:%n%n%1%n%nАлардын белгисин алып салуу аларды өчүрбөйт.%n%nБаары бир улантасызбы?
ComponentSize1=%1 КБ
ComponentSize2=%1 МБ
ComponentsDiskSpaceGBLabel=Тандалган компоненттер үчүн дискте жок дегенде [gb] ГБ орун керек.
ComponentsDiskSpaceMBLabel=Тандалган компоненттер үчүн дискте жок дегенде [mb] МБ орун керек.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Кошумча тапшырмаларды тандоо
SelectTasksDesc=Кайсы кошумча тапшырмалар аткарылсын?
SelectTasksLabel2=[name] орнотулуп жатканда аткарыла турган кошумча тапшырмаларды тандап, «Кийинки» баскычын басыңыз.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=«Баштоо» менюсундагы папканы тандоо
SelectStartMenuFolderDesc=Программанын ярлыктары кайда жайгаштырылсын?
SelectStartMenuFolderLabel3=Орнотуу программасы программанын ярлыктарын «Баштоо» менюсунун төмөнкү папкасында түзөт.
SelectStartMenuFolderBrowseLabel=Улантуу үчүн «Кийинки» баскычын басыңыз. Башка папканы тандагыңыз келсе, «Карап чыгуу» баскычын басыңыз.
MustEnterGroupName=Папканын аталышын киргизишиңиз керек.
GroupNameTooLong=Папканын аталышы же жол өтө узун.
InvalidGroupName=Папканын аталышы жараксыз.
BadGroupName=Папканын аталышында төмөнкү белгилер болбошу керек:%n%n%1
NoProgramGroupCheck2=«Баштоо» менюсунда папка түз&бөө

; *** "Ready to Install" wizard page
WizardReady=Орнотууга даяр
ReadyLabel1=Орнотуу программасы компьютериңизге [name] орнотууну баштоого даяр.
ReadyLabel2a=Орнотууну улантуу үчүн «Орнотуу» баскычын, жөндөөлөрдү карап чыгуу же өзгөртүү үчүн «Артка» баскычын басыңыз.
ReadyLabel2b=Орнотууну улантуу үчүн «Орнотуу» баскычын басыңыз.
ReadyMemoUserInfo=Колдонуучу жөнүндө маалымат:
ReadyMemoDir=Орнотуу папкасы:
ReadyMemoType=Орнотуунун түрү:
ReadyMemoComponents=Тандалган компоненттер:
ReadyMemoGroup=«Баштоо» менюсундагы папка:
ReadyMemoTasks=Кошумча тапшырмалар:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel2=Файлдар жүктөлүп жатат...
ButtonStopDownload=Жүктөөнү &токтотуу
StopDownload=Жүктөөнү чын эле токтоткуңуз келеби?
ErrorDownloadAborted=Жүктөө токтотулду
ErrorDownloadFailed=Жүктөө ишке ашкан жок: %1 %2
ErrorDownloadSizeFailed=Өлчөмүн алуу ишке ашкан жок: %1 %2
ErrorProgress=Аткарылуу жүрүшү жараксыз: %1 / %2
ErrorFileSize=Файлдын өлчөмү жараксыз: %1 күтүлгөн, %2 алынды

; *** TExtractionWizardPage wizard page and ExtractArchive
ExtractingLabel=Файлдар чыгарылып жатат...
ButtonStopExtraction=Чыгарууну &токтотуу
StopExtraction=Чыгарууну чын эле токтоткуңуз келеби?
ErrorExtractionAborted=Чыгаруу токтотулду
ErrorExtractionFailed=Чыгаруу ишке ашкан жок: %1

; *** Archive extraction failure details
ArchiveIncorrectPassword=Сырсөз туура эмес
ArchiveIsCorrupted=Архив бузулган
ArchiveUnsupportedFormat=Архивдин бул форматы колдоого алынбайт

; *** "Preparing to Install" wizard page
WizardPreparing=Орнотууга даярдануу
PreparingDesc=Орнотуу программасы компьютериңизге [name] орнотууга даярданып жатат.
PreviousInstallNotCompleted=Мурунку программаны орнотуу же өчүрүү аягына чыккан жок. Аны аягына чыгаруу үчүн компьютерди кайра жүктөө керек.%n%nКомпьютер кайра жүктөлгөндөн кийин [name] орнотууну аягына чыгаруу үчүн орнотуу программасын кайра иштетиңиз.
CannotContinue=Орнотууну улантуу мүмкүн эмес. Чыгуу үчүн «Жокко чыгаруу» баскычын басыңыз.
ApplicationsFound=Төмөнкү тиркемелер орнотуу программасы жаңыртышы керек болгон файлдарды колдонуп жатат. Орнотуу программасына бул тиркемелерди автоматтык түрдө жабууга мүмкүндүк берүү сунушталат.
ApplicationsFound2=Төмөнкү тиркемелер орнотуу программасы жаңыртышы керек болгон файлдарды колдонуп жатат. Орнотуу программасына бул тиркемелерди автоматтык түрдө жабууга мүмкүндүк берүү сунушталат. Орнотуу аяктагандан кийин орнотуу программасы аларды кайра иштетүүгө аракет кылат.
CloseApplications=Тиркемелерди &автоматтык түрдө жабуу
DontCloseApplications=Тиркемелерди &жаппоо
ErrorCloseApplications=Орнотуу программасы бардык тиркемелерди автоматтык түрдө жаба алган жок. Улантуудан мурун жаңыртыла турган файлдарды колдонуп жаткан бардык тиркемелерди жабуу сунушталат.
PrepareToInstallNeedsRestart=Орнотуу программасы компьютерди кайра жүктөшү керек. Компьютер кайра жүктөлгөндөн кийин [name] орнотууну аягына чыгаруу үчүн орнотуу программасын кайра иштетиңиз.%n%nАзыр кайра жүктөйсүзбү?

; *** "Installing" wizard page
WizardInstalling=Орнотуу
InstallingLabel=Орнотуу программасы компьютериңизге [name] орнотуп жатат, күтө туруңуз.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] орнотуу чеберинин иши аяктоодо
FinishedLabelNoIcons=Орнотуу программасы компьютериңизге [name] орнотууну аяктады.
FinishedLabel=Орнотуу программасы компьютериңизге [name] орнотууну аяктады. Программаны орнотулган ярлыктар аркылуу иштетүүгө болот.
ClickFinish=Орнотуудан чыгуу үчүн «Бүтүрүү» баскычын басыңыз.
FinishedRestartLabel=[name] орнотууну аягына чыгаруу үчүн орнотуу программасы компьютерди кайра жүктөшү керек. Азыр кайра жүктөйсүзбү?
FinishedRestartMessage=[name] орнотууну аягына чыгаруу үчүн орнотуу программасы компьютерди кайра жүктөшү керек.%n%nАзыр кайра жүктөйсүзбү?
ShowReadmeCheck=Ооба, README файлын карап чыккым келет
YesRadio=&Ооба, компьютерди азыр кайра жүктөө
NoRadio=&Жок, компьютерди кийинчерээк өзүм кайра жүктөйм
; used for example as 'Run MyProg.exe'
RunEntryExec=%1 иштетүү
; used for example as 'View Readme.txt'
RunEntryShellExec=%1 карап чыгуу

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Орнотуу программасына кийинки диск керек
SelectDiskLabel2=%1-дискти салып, «OK» баскычын басыңыз.%n%nЭгер бул дисктеги файлдар төмөндө көрсөтүлгөндөн башка папкада болсо, туура жолду киргизиңиз же «Карап чыгуу» баскычын басыңыз.
PathLabel=&Жол:
FileNotInDir2=«%1» файлы «%2» ичинен табылган жок. Туура дискти салыңыз же башка папканы тандаңыз.
SelectDirectoryLabel=Кийинки дисктин ордун көрсөтүңүз.

; *** Installation phase messages
SetupAborted=Орнотуу аягына чыккан жок.%n%nКөйгөйдү оңдоп, орнотуу программасын кайра иштетиңиз.
AbortRetryIgnoreSelectAction=Аракетти тандаңыз
AbortRetryIgnoreRetry=&Кайталоо
AbortRetryIgnoreIgnore=Катаны эске албай, &улантуу
AbortRetryIgnoreCancel=Орнотууну жокко чыгаруу
RetryCancelSelectAction=Аракетти тандаңыз
RetryCancelRetry=&Кайталоо
RetryCancelCancel=Жокко чыгаруу

; *** Installation status messages
StatusClosingApplications=Тиркемелер жабылып жатат...
StatusCreateDirs=Папкалар түзүлүп жатат...
StatusExtractFiles=Файлдар чыгарылып жатат...
StatusDownloadFiles=Файлдар жүктөлүп жатат...
StatusCreateIcons=Ярлыктар түзүлүп жатат...
StatusCreateIniEntries=INI жазуулары түзүлүп жатат...
StatusCreateRegistryEntries=Windows реестринин жазуулары түзүлүп жатат...
StatusRegisterFiles=Файлдар катталып жатат...
StatusSavingUninstall=Өчүрүү жөнүндө маалымат сакталып жатат...
StatusRunProgram=Орнотуу аяктап жатат...
StatusRestartingApplications=Тиркемелер кайра иштетилип жатат...
StatusRollback=Өзгөртүүлөр артка кайтарылып жатат...

; *** Misc. errors
ErrorInternal2=Ички ката: %1
ErrorFunctionFailedNoCode=%1 ишке ашкан жок
ErrorFunctionFailed=%1 ишке ашкан жок; коду %2
ErrorFunctionFailedWithMessage=%1 ишке ашкан жок; коду %2.%n%3
ErrorExecutingProgram=Файлды иштетүү мүмкүн болгон жок:%n%1

; *** Registry errors
ErrorRegOpenKey=Windows реестринин ачкычын ачуудагы ката:%n%1\%2
ErrorRegCreateKey=Windows реестринин ачкычын түзүүдөгү ката:%n%1\%2
ErrorRegWriteKey=Windows реестринин ачкычына жазуудагы ката:%n%1\%2

; *** INI errors
ErrorIniEntry=«%1» файлында INI жазуусун түзүүдөгү ката.

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=Бул файлды &өткөрүп жиберүү (сунушталбайт)
FileAbortRetryIgnoreIgnoreNotRecommended=Катаны эске албай, &улантуу (сунушталбайт)
SourceIsCorrupted=Баштапкы файл бузулган
SourceDoesntExist=«%1» баштапкы файлы жок
SourceVerificationFailed=Баштапкы файлды текшерүү ишке ашкан жок: %1
VerificationSignatureDoesntExist=«%1» кол тамга файлы жок
VerificationSignatureInvalid=«%1» кол тамга файлы жараксыз
VerificationKeyNotFound=«%1» кол тамга файлы белгисиз ачкычты колдонот
VerificationFileNameIncorrect=Файлдын аталышы туура эмес
VerificationFileTagIncorrect=Файлдын теги туура эмес
VerificationFileSizeIncorrect=Файлдын өлчөмү туура эмес
VerificationFileHashIncorrect=Файлдын хеши туура эмес
ExistingFileReadOnly2=Бар файлды алмаштыруу мүмкүн болгон жок, анткени ал окуу үчүн гана деп белгиленген.
ExistingFileReadOnlyRetry=«Окуу үчүн гана» атрибутун алып салып, &кайталоо
ExistingFileReadOnlyKeepExisting=Бар файлды &калтыруу
ErrorReadingExistingDest=Бар файлды окуу учурунда ката кетти:
FileExistsSelectAction=Аракетти тандаңыз
FileExists2=Файл мурунтан эле бар.
FileExistsOverwriteExisting=Бар файлды &кайра жазуу
FileExistsKeepExisting=Бар файлды к&алтыруу
FileExistsOverwriteOrKeepAll=Кийинки карама-каршылыктарда да ушундай &кылуу
ExistingFileNewerSelectAction=Аракетти тандаңыз
ExistingFileNewer2=Бар файл орнотуу программасы орнотууга аракет кылып жаткан файлдан жаңыраак.
ExistingFileNewerOverwriteExisting=Бар файлды &кайра жазуу
ExistingFileNewerKeepExisting=Бар файлды к&алтыруу (сунушталат)
ExistingFileNewerOverwriteOrKeepAll=Кийинки карама-каршылыктарда да ушундай &кылуу
ErrorChangingAttr=Бар файлдын атрибуттарын өзгөртүү учурунда ката кетти:
ErrorCreatingTemp=Максаттуу папкада файл түзүү учурунда ката кетти:
ErrorReadingSource=Баштапкы файлды окуу учурунда ката кетти:
ErrorCopying=Файлды көчүрүү учурунда ката кетти:
ErrorDownloading=Файлды жүктөө учурунда ката кетти:
ErrorExtracting=Архивди чыгаруу учурунда ката кетти:
ErrorReplacingExistingFile=Бар файлды алмаштыруу учурунда ката кетти:
ErrorRestartReplace=RestartReplace ишке ашкан жок:
ErrorRenamingTemp=Максаттуу папкадагы файлдын атын өзгөртүү учурунда ката кетти:
ErrorRegisterServer=DLL/OCX каттоо мүмкүн болгон жок: %1
ErrorRegSvr32Failed=RegSvr32 %1 чыгуу коду менен ишке ашкан жок
ErrorRegisterTypeLib=Типтер китепканасын каттоо мүмкүн болгон жок: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 бит
UninstallDisplayNameMark64Bit=64 бит
UninstallDisplayNameMarkAllUsers=Бардык колдонуучулар
UninstallDisplayNameMarkCurrentUser=Учурдагы колдонуучу

; *** Post-installation errors
ErrorOpeningReadme=README файлын ачуу учурунда ката кетти.
ErrorRestartingComputer=Орнотуу программасы компьютерди кайра жүктөй алган жок. Муну кол менен аткарыңыз.

; *** Uninstaller messages
UninstallNotFound=«%1» файлы жок. Өчүрүү мүмкүн эмес.
UninstallOpenError=«%1» файлын ачуу мүмкүн болгон жок. Өчүрүү мүмкүн эмес
UninstallUnsupportedVer=«%1» өчүрүү журналынын форматын өчүрүү программасынын бул версиясы тааныбайт. Өчүрүү мүмкүн эмес
UninstallUnknownEntry=Өчүрүү журналынан белгисиз жазуу (%1) табылды
ConfirmUninstall=%1 программасын жана анын бардык компоненттерин толугу менен өчүргүңүз келеби?
UninstallOnlyOnWin64=Бул программаны 64 биттик Windows тутумунда гана өчүрүүгө болот.
OnlyAdminCanUninstall=Бул программаны администратордун укуктары бар колдонуучу гана өчүрө алат.
UninstallStatusLabel=%1 компьютериңизден өчүрүлүп жатат, күтө туруңуз.
UninstalledAll=%1 компьютериңизден ийгиликтүү өчүрүлдү.
UninstalledMost=%1 өчүрүү аяктады.%n%nАйрым элементтерди өчүрүү мүмкүн болгон жок. Аларды кол менен өчүрсөңүз болот.
UninstalledAndNeedsRestart=%1 өчүрүүнү аягына чыгаруу үчүн компьютерди кайра жүктөө керек.%n%nАзыр кайра жүктөйсүзбү?
UninstallDataCorrupted=«%1» файлы бузулган. Өчүрүү мүмкүн эмес

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Жалпы файл өчүрүлсүнбү?
ConfirmDeleteSharedFile2=Тутумдун маалыматы боюнча төмөнкү жалпы файлды эми эч бир программа колдонбойт. Өчүрүү программасы бул жалпы файлды өчүрсүнбү?%n%nЭгер бул файлды дагы эле колдонгон программалар болсо, ал өчүрүлгөндөн кийин алар туура иштебей калышы мүмкүн. Ишенимиңиз жок болсо, «Жок» баскычын тандаңыз. Файлды тутумда калтыруу эч кандай зыян келтирбейт.
SharedFileNameLabel=Файлдын аталышы:
SharedFileLocationLabel=Орду:
WizardUninstalling=Өчүрүүнүн абалы
StatusUninstalling=%1 өчүрүлүп жатат...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=%1 орнотулуп жатат.
ShutdownBlockReasonUninstallingApp=%1 өчүрүлүп жатат.

; Inno Setup's standard custom messages, for scripts that use them.

[CustomMessages]

NameAndVersion=%1, %2 версиясы
AdditionalIcons=Кошумча ярлыктар:
CreateDesktopIcon=&Иш столунда ярлык түзүү
CreateQuickLaunchIcon=&Тез иштетүү панелинде ярлык түзүү
ProgramOnTheWeb=%1 интернетте
UninstallProgram=%1 өчүрүү
LaunchProgram=%1 иштетүү
AssocFileExtension=%1 программасын %2 кеңейтүүсү бар файлдар менен &байланыштыруу
AssocingFileExtension=%1 программасы %2 кеңейтүүсү бар файлдар менен байланыштырылып жатат...
AutoStartProgramGroupDescription=Автоматтык иштетүү:
AutoStartProgram=%1 автоматтык түрдө иштетүү
AddonHostProgramNotFound=%1 сиз тандаган папкадан табылган жок.%n%nБаары бир улантасызбы?
