; *** Inno Setup 6.5+ messages in Kazakh (Cyrillic) ***
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
LanguageName=Қазақ тілі
LanguageID=$043F
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 — жою

; *** Misc. common
InformationTitle=Ақпарат
ConfirmTitle=Растау
ErrorTitle=Қате

; *** SetupLdr messages
SetupLdrStartupMessage=Бұл бағдарлама компьютеріңізге %1 орнатады. Жалғастырасыз ба?
LdrCannotCreateTemp=Уақытша файлды жасау мүмкін болмады. Орнату тоқтатылды
LdrCannotExecTemp=Уақытша қалтадағы файлды іске қосу мүмкін болмады. Орнату тоқтатылды
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nҚате %2: %3
SetupFileMissing=Орнату қалтасында %1 файлы жоқ. Мәселені түзетіңіз немесе орнату бағдарламасын қайта алыңыз.
SetupFileCorrupt=Орнату файлдары бүлінген. Орнату бағдарламасын қайта алыңыз.
SetupFileCorruptOrWrongVer=Орнату файлдары бүлінген немесе орнату бағдарламасының осы нұсқасымен үйлеспейді. Мәселені түзетіңіз немесе орнату бағдарламасын қайта алыңыз.
InvalidParameter=Командалық жолда жарамсыз параметр берілді:%n%n%1
SetupAlreadyRunning=Орнату бағдарламасы қазірдің өзінде жұмыс істеп тұр.
WindowsVersionNotSupported=Бұл бағдарлама компьютеріңіздегі Windows нұсқасын қолдамайды.
WindowsServicePackRequired=Бұл бағдарламаға %1 Service Pack %2 немесе одан жаңасы қажет.
NotOnThisPlatform=Бұл бағдарлама %1 жүйесінде жұмыс істемейді.
OnlyOnThisPlatform=Бұл бағдарламаны тек %1 жүйесінде іске қосуға болады.
OnlyOnTheseArchitectures=Бұл бағдарламаны тек келесі процессор архитектураларына арналған Windows нұсқаларына орнатуға болады:%n%n%1
WinVersionTooLowError=Бұл бағдарламаға %1 %2 нұсқасы немесе одан жаңасы қажет.
WinVersionTooHighError=Бұл бағдарламаны %1 %2 нұсқасына немесе одан жаңасына орнату мүмкін емес.
AdminPrivilegesRequired=Бұл бағдарламаны орнату үшін жүйеге әкімші ретінде кіру керек.
PowerUserPrivilegesRequired=Бұл бағдарламаны орнату үшін жүйеге әкімші немесе «Power Users» тобының мүшесі ретінде кіру керек.
SetupAppRunningError=Орнату бағдарламасы %1 қазір жұмыс істеп тұрғанын анықтады.%n%nОның барлық терезелерін жабыңыз да, жалғастыру үшін «OK» батырмасын, шығу үшін «Болдырмау» батырмасын басыңыз.
UninstallAppRunningError=Жою бағдарламасы %1 қазір жұмыс істеп тұрғанын анықтады.%n%nОның барлық терезелерін жабыңыз да, жалғастыру үшін «OK» батырмасын, шығу үшін «Болдырмау» батырмасын басыңыз.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Орнату режимін таңдау
PrivilegesRequiredOverrideInstruction=Орнату режимін таңдаңыз
PrivilegesRequiredOverrideText1=%1 бағдарламасын барлық пайдаланушылар үшін (әкімші құқықтары қажет) немесе тек өзіңіз үшін орнатуға болады.
PrivilegesRequiredOverrideText2=%1 бағдарламасын тек өзіңіз үшін немесе барлық пайдаланушылар үшін (әкімші құқықтары қажет) орнатуға болады.
PrivilegesRequiredOverrideAllUsers=&Барлық пайдаланушылар үшін орнату
PrivilegesRequiredOverrideAllUsersRecommended=&Барлық пайдаланушылар үшін орнату (ұсынылады)
PrivilegesRequiredOverrideCurrentUser=Тек ө&зім үшін орнату
PrivilegesRequiredOverrideCurrentUserRecommended=Тек ө&зім үшін орнату (ұсынылады)

; *** Misc. errors
ErrorCreatingDir=Орнату бағдарламасы «%1» қалтасын жасай алмады
ErrorTooManyFilesInDir=«%1» қалтасында файл жасау мүмкін емес, себебі онда файлдар тым көп

; *** Setup common messages
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды аяқтау үшін орнату бағдарламасын кейінірек қайта іске қосуға болады.%n%nОрнатудан шығасыз ба?
AboutSetupMenuItem=Орнату бағдарламасы &туралы...
AboutSetupTitle=Орнату бағдарламасы туралы
AboutSetupMessage=%1, %2 нұсқасы%n%3%n%n%1 сайты:%n%4
AboutSetupNote=
TranslatorNote=

; *** Buttons
ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Болдырмау
ButtonYes=&Иә
ButtonYesToAll=Барлығына и&ә
ButtonNo=&Жоқ
ButtonNoToAll=Барлығына ж&оқ
ButtonFinish=&Аяқтау
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Шол&у...
ButtonNewFolder=&Жаңа қалта жасау

; *** "Select Language" dialog messages
SelectLanguageTitle=Орнату тілін таңдау
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз.

; *** Common wizard text
ClickNext=Жалғастыру үшін «Келесі», орнатудан шығу үшін «Болдырмау» батырмасын басыңыз.
BeveledLabel=
BrowseDialogTitle=Қалтаны шолу
BrowseDialogLabel=Төмендегі тізімнен қалтаны таңдап, «OK» батырмасын басыңыз.
NewFolderName=Жаңа қалта

; *** "Welcome" wizard page
WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
WelcomeLabel2=Бұл бағдарлама компьютеріңізге [name/ver] орнатады.%n%nЖалғастырмас бұрын басқа қолданбалардың барлығын жабу ұсынылады.

; *** "Password" wizard page
WizardPassword=Құпиясөз
PasswordLabel1=Бұл орнату құпиясөзбен қорғалған.
PasswordLabel3=Құпиясөзді енгізіп, жалғастыру үшін «Келесі» батырмасын басыңыз. Құпиясөзде бас және кіші әріптер ажыратылады.
PasswordEditLabel=&Құпиясөз:
IncorrectPassword=Енгізілген құпиясөз дұрыс емес. Қайталап көріңіз.

; *** "License Agreement" wizard page
WizardLicense=Лицензиялық келісім
LicenseLabel=Жалғастырмас бұрын төмендегі маңызды ақпаратты оқып шығыңыз.
LicenseLabel3=Төмендегі лицензиялық келісімді оқып шығыңыз. Орнатуды жалғастыру үшін осы келісімнің шарттарын қабылдауыңыз керек.
LicenseAccepted=Келісімнің шарттарын &қабылдаймын
LicenseNotAccepted=Келісімнің шарттарын қабылдамай&мын

; *** "Information" wizard pages
WizardInfoBefore=Ақпарат
InfoBeforeLabel=Жалғастырмас бұрын төмендегі маңызды ақпаратты оқып шығыңыз.
InfoBeforeClickLabel=Орнатуды жалғастыруға дайын болғанда, «Келесі» батырмасын басыңыз.
WizardInfoAfter=Ақпарат
InfoAfterLabel=Жалғастырмас бұрын төмендегі маңызды ақпаратты оқып шығыңыз.
InfoAfterClickLabel=Орнатуды жалғастыруға дайын болғанда, «Келесі» батырмасын басыңыз.

; *** "User Information" wizard page
WizardUserInfo=Пайдаланушы туралы мәлімет
UserInfoDesc=Өзіңіз туралы мәліметті енгізіңіз.
UserInfoName=&Пайдаланушы аты:
UserInfoOrg=&Ұйым:
UserInfoSerial=&Сериялық нөмір:
UserInfoNameRequired=Атыңызды енгізуіңіз керек.

; *** "Select Destination Location" wizard page
WizardSelectDir=Орнату қалтасын таңдау
SelectDirDesc=[name] қай қалтаға орнатылсын?
SelectDirLabel3=Орнату бағдарламасы [name] бағдарламасын келесі қалтаға орнатады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа қалтаны таңдағыңыз келсе, «Шолу» батырмасын басыңыз.
DiskSpaceGBLabel=Дискіде кемінде [gb] ГБ бос орын қажет.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын қажет.
CannotInstallToNetworkDrive=Орнату бағдарламасы желілік дискіге орната алмайды.
CannotInstallToUNCPath=Орнату бағдарламасы UNC жолына орната алмайды.
InvalidPath=Диск әрпі бар толық жолды енгізуіңіз керек, мысалы:%n%nC:\APP%n%nнемесе мына түрдегі UNC жолын:%n%n\\server\share
InvalidDrive=Сіз таңдаған диск немесе UNC ортақ ресурсы жоқ немесе қолжетімсіз. Басқасын таңдаңыз.
DiskSpaceWarningTitle=Дискіде орын жеткіліксіз
DiskSpaceWarning=Орнату үшін кемінде %1 КБ бос орын қажет, ал таңдалған дискіде тек %2 КБ бар.%n%nБәрібір жалғастырасыз ба?
DirNameTooLong=Қалта атауы немесе жол тым ұзын.
InvalidDirName=Қалта атауы жарамсыз.
BadDirName32=Қалта атауында келесі таңбалар болмауы керек:%n%n%1
DirExistsTitle=Қалта бар
DirExists=Мына қалта:%n%n%1%n%nбұрыннан бар. Бәрібір осы қалтаға орнатасыз ба?
DirDoesntExistTitle=Қалта жоқ
DirDoesntExist=Мына қалта:%n%n%1%n%nжоқ. Оны жасау керек пе?

; *** "Select Components" wizard page
WizardSelectComponents=Құрамдастарды таңдау
SelectComponentsDesc=Қандай құрамдастар орнатылсын?
SelectComponentsLabel2=Орнатқыңыз келетін құрамдастарды таңдаңыз, орнатқыңыз келмейтіндерінің белгісін алып тастаңыз. Дайын болғанда, «Келесі» батырмасын басыңыз.
FullInstallation=Толық орнату
CompactInstallation=Ықшам орнату
CustomInstallation=Таңдамалы орнату
NoUninstallWarningTitle=Құрамдастар бар
NoUninstallWarning=Орнату бағдарламасы компьютеріңізде келесі құрамдастар орнатылғанын анықтады:%n%n%1%n%nОлардың белгісін алып тастау оларды жоймайды.%n%nБәрібір жалғастырасыз ба?
ComponentSize1=%1 КБ
ComponentSize2=%1 МБ
ComponentsDiskSpaceGBLabel=Таңдалған құрамдастарға дискіде кемінде [gb] ГБ орын қажет.
ComponentsDiskSpaceMBLabel=Таңдалған құрамдастарға дискіде кемінде [mb] МБ орын қажет.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Қосымша тапсырмаларды таңдау
SelectTasksDesc=Қандай қосымша тапсырмалар орындалсын?
SelectTasksLabel2=[name] орнату кезінде орындалатын қосымша тапсырмаларды таңдап, «Келесі» батырмасын басыңыз.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=«Бастау» мәзіріндегі қалтаны таңдау
SelectStartMenuFolderDesc=Бағдарлама жарлықтары қай жерге орналастырылсын?
SelectStartMenuFolderLabel3=Орнату бағдарламасы бағдарлама жарлықтарын «Бастау» мәзірінің келесі қалтасында жасайды.
SelectStartMenuFolderBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа қалтаны таңдағыңыз келсе, «Шолу» батырмасын басыңыз.
MustEnterGroupName=Қалта атауын енгізуіңіз керек.
GroupNameTooLong=Қалта атауы немесе жол тым ұзын.
InvalidGroupName=Қалта атауы жарамсыз.
BadGroupName=Қалта атауында келесі таңбалар болмауы керек:%n%n%1
NoProgramGroupCheck2=«Бастау» мәзірінде қалта жас&амау

; *** "Ready to Install" wizard page
WizardReady=Орнатуға дайын
ReadyLabel1=Орнату бағдарламасы компьютеріңізге [name] орнатуды бастауға дайын.
ReadyLabel2a=Орнатуды жалғастыру үшін «Орнату» батырмасын, баптауларды қарап шығу немесе өзгерту үшін «Артқа» батырмасын басыңыз.
ReadyLabel2b=Орнатуды жалғастыру үшін «Орнату» батырмасын басыңыз.
ReadyMemoUserInfo=Пайдаланушы туралы мәлімет:
ReadyMemoDir=Орнату қалтасы:
ReadyMemoType=Орнату түрі:
ReadyMemoComponents=Таңдалған құрамдастар:
ReadyMemoGroup=«Бастау» мәзіріндегі қалта:
ReadyMemoTasks=Қосымша тапсырмалар:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel2=Файлдар жүктеліп жатыр...
ButtonStopDownload=Жүктеуді &тоқтату
StopDownload=Жүктеуді шынымен тоқтатқыңыз келе ме?
ErrorDownloadAborted=Жүктеу тоқтатылды
ErrorDownloadFailed=Жүктеу сәтсіз аяқталды: %1 %2
ErrorDownloadSizeFailed=Өлшемін алу сәтсіз аяқталды: %1 %2
ErrorProgress=Орындалу барысы жарамсыз: %1 / %2
ErrorFileSize=Файл өлшемі жарамсыз: %1 күтілген, %2 алынды

; *** TExtractionWizardPage wizard page and ExtractArchive
ExtractingLabel=Файлдар шығарылып жатыр...
ButtonStopExtraction=Шығаруды &тоқтату
StopExtraction=Шығаруды шынымен тоқтатқыңыз келе ме?
ErrorExtractionAborted=Шығару тоқтатылды
ErrorExtractionFailed=Шығару сәтсіз аяқталды: %1

; *** Archive extraction failure details
ArchiveIncorrectPassword=Құпиясөз дұрыс емес
ArchiveIsCorrupted=Архив бүлінген
ArchiveUnsupportedFormat=Архив пішіміне қолдау көрсетілмейді

; *** "Preparing to Install" wizard page
WizardPreparing=Орнатуға дайындық
PreparingDesc=Орнату бағдарламасы компьютеріңізге [name] орнатуға дайындалып жатыр.
PreviousInstallNotCompleted=Алдыңғы бағдарламаны орнату немесе жою аяқталмаған. Оны аяқтау үшін компьютерді қайта іске қосу керек.%n%nКомпьютерді қайта іске қосқаннан кейін [name] орнатуды аяқтау үшін орнату бағдарламасын қайта іске қосыңыз.
CannotContinue=Орнатуды жалғастыру мүмкін емес. Шығу үшін «Болдырмау» батырмасын басыңыз.
ApplicationsFound=Келесі қолданбалар орнату бағдарламасы жаңартуы тиіс файлдарды пайдаланып отыр. Орнату бағдарламасына бұл қолданбаларды автоматты түрде жабуға мүмкіндік беру ұсынылады.
ApplicationsFound2=Келесі қолданбалар орнату бағдарламасы жаңартуы тиіс файлдарды пайдаланып отыр. Орнату бағдарламасына бұл қолданбаларды автоматты түрде жабуға мүмкіндік беру ұсынылады. Орнату аяқталғаннан кейін орнату бағдарламасы оларды қайта іске қосуға тырысады.
CloseApplications=Қолданбаларды &автоматты түрде жабу
DontCloseApplications=Қолданбаларды &жаппау
ErrorCloseApplications=Орнату бағдарламасы барлық қолданбаларды автоматты түрде жаба алмады. Жалғастырмас бұрын жаңартылатын файлдарды пайдаланып отырған барлық қолданбаларды жабу ұсынылады.
PrepareToInstallNeedsRestart=Орнату бағдарламасы компьютерді қайта іске қосуы керек. Компьютер қайта іске қосылғаннан кейін [name] орнатуды аяқтау үшін орнату бағдарламасын қайта іске қосыңыз.%n%nҚазір қайта іске қосасыз ба?

; *** "Installing" wizard page
WizardInstalling=Орнату
InstallingLabel=Орнату бағдарламасы компьютеріңізге [name] орнатып жатыр, күте тұрыңыз.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] орнату шеберінің жұмысы аяқталуда
FinishedLabelNoIcons=Орнату бағдарламасы компьютеріңізге [name] орнатуды аяқтады.
FinishedLabel=Орнату бағдарламасы компьютеріңізге [name] орнатуды аяқтады. Бағдарламаны орнатылған жарлықтар арқылы іске қосуға болады.
ClickFinish=Орнатудан шығу үшін «Аяқтау» батырмасын басыңыз.
FinishedRestartLabel=[name] орнатуды аяқтау үшін орнату бағдарламасы компьютерді қайта іске қосуы керек. Қазір қайта іске қосасыз ба?
FinishedRestartMessage=[name] орнатуды аяқтау үшін орнату бағдарламасы компьютерді қайта іске қосуы керек.%n%nҚазір қайта іске қосасыз ба?
ShowReadmeCheck=Иә, README файлын қарап шыққым келеді
YesRadio=&Иә, компьютерді қазір қайта іске қосу
NoRadio=&Жоқ, компьютерді кейінірек өзім қайта іске қосамын
; used for example as 'Run MyProg.exe'
RunEntryExec=%1 іске қосу
; used for example as 'View Readme.txt'
RunEntryShellExec=%1 қарап шығу

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Орнату бағдарламасына келесі диск керек
SelectDiskLabel2=%1-дискіні салып, «OK» батырмасын басыңыз.%n%nОсы дискідегі файлдар төменде көрсетілгеннен басқа қалтада болса, дұрыс жолды енгізіңіз немесе «Шолу» батырмасын басыңыз.
PathLabel=&Жол:
FileNotInDir2=«%1» файлы «%2» ішінен табылмады. Дұрыс дискіні салыңыз немесе басқа қалтаны таңдаңыз.
SelectDirectoryLabel=Келесі дискінің орнын көрсетіңіз.

; *** Installation phase messages
SetupAborted=Орнату аяқталмады.%n%nМәселені түзетіп, орнату бағдарламасын қайта іске қосыңыз.
AbortRetryIgnoreSelectAction=Әрекетті таңдаңыз
AbortRetryIgnoreRetry=&Қайталау
AbortRetryIgnoreIgnore=Қатені елемей, &жалғастыру
AbortRetryIgnoreCancel=Орнатуды болдырмау
RetryCancelSelectAction=Әрекетті таңдаңыз
RetryCancelRetry=&Қайталау
RetryCancelCancel=Болдырмау

; *** Installation status messages
StatusClosingApplications=Қолданбалар жабылып жатыр...
StatusCreateDirs=Қалталар жасалып жатыр...
StatusExtractFiles=Файлдар шығарылып жатыр...
StatusDownloadFiles=Файлдар жүктеліп жатыр...
StatusCreateIcons=Жарлықтар жасалып жатыр...
StatusCreateIniEntries=INI жазбалары жасалып жатыр...
StatusCreateRegistryEntries=Windows тізілімінің жазбалары жасалып жатыр...
StatusRegisterFiles=Файлдар тіркеліп жатыр...
StatusSavingUninstall=Жою туралы мәлімет сақталып жатыр...
StatusRunProgram=Орнату аяқталып жатыр...
StatusRestartingApplications=Қолданбалар қайта іске қосылып жатыр...
StatusRollback=Өзгерістер кері қайтарылып жатыр...

; *** Misc. errors
ErrorInternal2=Ішкі қате: %1
ErrorFunctionFailedNoCode=%1 сәтсіз аяқталды
ErrorFunctionFailed=%1 сәтсіз аяқталды; коды %2
ErrorFunctionFailedWithMessage=%1 сәтсіз аяқталды; коды %2.%n%3
ErrorExecutingProgram=Файлды іске қосу мүмкін болмады:%n%1

; *** Registry errors
ErrorRegOpenKey=Windows тізілімінің кілтін ашу кезіндегі қате:%n%1\%2
ErrorRegCreateKey=Windows тізілімінің кілтін жасау кезіндегі қате:%n%1\%2
ErrorRegWriteKey=Windows тізілімінің кілтіне жазу кезіндегі қате:%n%1\%2

; *** INI errors
ErrorIniEntry=«%1» файлында INI жазбасын жасау кезіндегі қате.

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=Бұл файлды &өткізіп жіберу (ұсынылмайды)
FileAbortRetryIgnoreIgnoreNotRecommended=Қатені елемей, &жалғастыру (ұсынылмайды)
SourceIsCorrupted=Бастапқы файл бүлінген
SourceDoesntExist=«%1» бастапқы файлы жоқ
SourceVerificationFailed=Бастапқы файлды тексеру сәтсіз аяқталды: %1
VerificationSignatureDoesntExist=«%1» қолтаңба файлы жоқ
VerificationSignatureInvalid=«%1» қолтаңба файлы жарамсыз
VerificationKeyNotFound=«%1» қолтаңба файлы белгісіз кілтті пайдаланады
VerificationFileNameIncorrect=Файл атауы дұрыс емес
VerificationFileTagIncorrect=Файл тегі дұрыс емес
VerificationFileSizeIncorrect=Файл өлшемі дұрыс емес
VerificationFileHashIncorrect=Файл хеші дұрыс емес
ExistingFileReadOnly2=Бар файлды ауыстыру мүмкін болмады, себебі ол тек оқуға арналған деп белгіленген.
ExistingFileReadOnlyRetry=«Тек оқу үшін» төлсипатын алып тастап, &қайталау
ExistingFileReadOnlyKeepExisting=Бар файлды &қалдыру
ErrorReadingExistingDest=Бар файлды оқу кезінде қате пайда болды:
FileExistsSelectAction=Әрекетті таңдаңыз
FileExists2=Файл бұрыннан бар.
FileExistsOverwriteExisting=Бар файлды &қайта жазу
FileExistsKeepExisting=Бар файлды қ&алдыру
FileExistsOverwriteOrKeepAll=Келесі қайшылықтарда да осылай &істеу
ExistingFileNewerSelectAction=Әрекетті таңдаңыз
ExistingFileNewer2=Бар файл орнату бағдарламасы орнатқысы келген файлдан жаңарақ.
ExistingFileNewerOverwriteExisting=Бар файлды &қайта жазу
ExistingFileNewerKeepExisting=Бар файлды қ&алдыру (ұсынылады)
ExistingFileNewerOverwriteOrKeepAll=Келесі қайшылықтарда да осылай &істеу
ErrorChangingAttr=Бар файлдың төлсипаттарын өзгерту кезінде қате пайда болды:
ErrorCreatingTemp=Мақсатты қалтада файл жасау кезінде қате пайда болды:
ErrorReadingSource=Бастапқы файлды оқу кезінде қате пайда болды:
ErrorCopying=Файлды көшіру кезінде қате пайда болды:
ErrorDownloading=Файлды жүктеу кезінде қате пайда болды:
ErrorExtracting=Архивті шығару кезінде қате пайда болды:
ErrorReplacingExistingFile=Бар файлды ауыстыру кезінде қате пайда болды:
ErrorRestartReplace=RestartReplace сәтсіз аяқталды:
ErrorRenamingTemp=Мақсатты қалтадағы файлдың атын өзгерту кезінде қате пайда болды:
ErrorRegisterServer=DLL/OCX тіркеу мүмкін болмады: %1
ErrorRegSvr32Failed=RegSvr32 %1 шығу кодымен сәтсіз аяқталды
ErrorRegisterTypeLib=Типтер кітапханасын тіркеу мүмкін болмады: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 бит
UninstallDisplayNameMark64Bit=64 бит
UninstallDisplayNameMarkAllUsers=Барлық пайдаланушылар
UninstallDisplayNameMarkCurrentUser=Ағымдағы пайдаланушы

; *** Post-installation errors
ErrorOpeningReadme=README файлын ашу кезінде қате пайда болды.
ErrorRestartingComputer=Орнату бағдарламасы компьютерді қайта іске қоса алмады. Мұны қолмен орындаңыз.

; *** Uninstaller messages
UninstallNotFound=«%1» файлы жоқ. Жою мүмкін емес.
UninstallOpenError=«%1» файлын ашу мүмкін болмады. Жою мүмкін емес
UninstallUnsupportedVer=«%1» жою журналының пішімін жою бағдарламасының бұл нұсқасы танымайды. Жою мүмкін емес
UninstallUnknownEntry=Жою журналынан белгісіз жазба (%1) табылды
ConfirmUninstall=%1 бағдарламасын және оның барлық құрамдастарын толығымен жойғыңыз келе ме?
UninstallOnlyOnWin64=Бұл бағдарламаны тек 64 биттік Windows жүйесінде жоюға болады.
OnlyAdminCanUninstall=Бұл бағдарламаны тек әкімші құқықтары бар пайдаланушы жоя алады.
UninstallStatusLabel=%1 компьютеріңізден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 компьютеріңізден сәтті жойылды.
UninstalledMost=%1 жою аяқталды.%n%nКейбір элементтерді жою мүмкін болмады. Оларды қолмен жоюға болады.
UninstalledAndNeedsRestart=%1 жоюды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
UninstallDataCorrupted=«%1» файлы бүлінген. Жою мүмкін емес

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Ортақ файл жойылсын ба?
ConfirmDeleteSharedFile2=Жүйенің мәліметі бойынша келесі ортақ файлды енді ешбір бағдарлама пайдаланбайды. Жою бағдарламасы осы ортақ файлды жойсын ба?%n%nЕгер бұл файлды әлі де пайдаланып отырған бағдарламалар болса, ол жойылғаннан кейін олар дұрыс жұмыс істемеуі мүмкін. Сенімді болмасаңыз, «Жоқ» батырмасын таңдаңыз. Файлды жүйеде қалдыру ешқандай зиян келтірмейді.
SharedFileNameLabel=Файл атауы:
SharedFileLocationLabel=Орны:
WizardUninstalling=Жою күйі
StatusUninstalling=%1 жойылып жатыр...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=%1 орнатылып жатыр.
ShutdownBlockReasonUninstallingApp=%1 жойылып жатыр.

; Inno Setup's standard custom messages, for scripts that use them.

[CustomMessages]

NameAndVersion=%1, %2 нұсқасы
AdditionalIcons=Қосымша жарлықтар:
CreateDesktopIcon=&Жұмыс үстелінде жарлық жасау
CreateQuickLaunchIcon=&Жылдам іске қосу тақтасында жарлық жасау
ProgramOnTheWeb=%1 интернетте
UninstallProgram=%1 жою
LaunchProgram=%1 іске қосу
AssocFileExtension=%1 бағдарламасын %2 кеңейтімді файлдармен &байланыстыру
AssocingFileExtension=%1 бағдарламасы %2 кеңейтімді файлдармен байланыстырылып жатыр...
AutoStartProgramGroupDescription=Автоматты іске қосу:
AutoStartProgram=%1 автоматты түрде іске қосу
AddonHostProgramNotFound=%1 сіз таңдаған қалтадан табылмады.%n%nБәрібір жалғастырасыз ба?
