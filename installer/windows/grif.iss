; Grif: the Windows installer (Inno Setup 6.5 or later, Unicode; this file is UTF-8 with a BOM).
;
; It installs the PyInstaller one-folder bundle dist\grif\ (grif.exe, grif-cli.exe and
; _internal\) for all users under Program Files\Grif, with Start-menu shortcuts to the program
; and the user guide, an optional desktop shortcut and an uninstaller, in Kazakh, Russian,
; Kyrgyz or English. Built on a Windows build machine (installer/README.md), from the root:
;
;   iscc /DAppVersion=0.2.0 installer\windows\grif.iss
;
; Output: dist\grif-<version>-setup.exe. It never touches the users' data: the
; registers (.grif), their key files (.keys), backups and each user's data folder
; (%LOCALAPPDATA%\Grif) stay through upgrades and uninstalls. Nothing in it opens a web page
; or looks for updates.

#define AppName "Grif"
; Fixed for every version: Windows finds the installed copy by it (upgrades, uninstall).
#define AppGuid "C3A468C1-9060-4128-871C-E27990567AE2"
; The bundle made by `make bundle` / PyInstaller, relative to this file.
#ifndef BundleDir
  #define BundleDir "..\..\dist\grif"
#endif
; The user guide inside the bundle, relative to the install folder; the shortcut shows it
; with the program's own reader (`grif.exe --guide`), in the interface's language.
#ifndef GuideTarget
  #define GuideTarget "_internal\docs\guide"
#endif

; The version: /DAppVersion=X.Y.Z on the command line, or else __version__ of
; desktop\__init__.py (a line `__version__ = "X.Y.Z"`).
#ifndef AppVersion
  #define VersionFileHandle
  #define VersionFileLine
  #sub ReadVersionLine
    #define VersionFileLine FileRead(VersionFileHandle)
    #if Pos("__version__", VersionFileLine) == 1
      #define public AppVersion Copy(VersionFileLine, Pos('"', VersionFileLine) + 1, RPos('"', VersionFileLine) - Pos('"', VersionFileLine) - 1)
    #endif
  #endsub
  #for {VersionFileHandle = FileOpen(AddBackslash(SourcePath) + "..\..\desktop\__init__.py"); VersionFileHandle && !FileEof(VersionFileHandle) && !Defined(AppVersion); ""} ReadVersionLine
  #if VersionFileHandle
    #expr FileClose(VersionFileHandle)
  #endif
  #ifndef AppVersion
    #error No /DAppVersion=X.Y.Z given and no __version__ found in desktop\__init__.py
  #endif
#endif

[Setup]
AppId={{{#AppGuid}}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppCopyright={#AppName}
; No AppPublisherURL, AppSupportURL or AppUpdatesURL: the program is for air-gapped machines.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; PySide6 (Qt 6) needs Windows 10 1809 or later.
MinVersion=10.0.17763
WizardStyle=modern
ShowLanguageDialog=yes
LanguageDetectionMethod=uilanguage
UsePreviousLanguage=yes
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\grif.exe
UninstallDisplayName={#AppName} {#AppVersion}
#if FileExists(AddBackslash(SourcePath) + "grif.ico")
SetupIconFile=grif.ico
#endif
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=grif-{#AppVersion}-setup
SetupLogging=yes

[Languages]
Name: "kk"; MessagesFile: "Kazakh.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "ky"; MessagesFile: "Kyrgyz.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.AppComment=Register of carriers of classified information
ru.AppComment=Учёт носителей секретной информации
kk.AppComment=Құпия ақпарат жеткізгіштерін есепке алу
ky.AppComment=Жашыруун маалыматты алып жүрүүчүлөрдү каттоо

en.GuideShortcut=Grif user guide
ru.GuideShortcut=Руководство пользователя Grif
kk.GuideShortcut=Grif пайдаланушы нұсқаулығы
ky.GuideShortcut=Grif колдонуучу колдонмосу

en.ShortcutsGroup=Shortcuts:
ru.ShortcutsGroup=Ярлыки:
kk.ShortcutsGroup=Жарлықтар:
ky.ShortcutsGroup=Ярлыктар:

en.DesktopShortcut=Create a &desktop shortcut
ru.DesktopShortcut=Создать ярлык на &рабочем столе
kk.DesktopShortcut=&Жұмыс үстелінде жарлық жасау
ky.DesktopShortcut=&Иш столунда ярлык түзүү

en.UpgradeTitle=Before you upgrade
ru.UpgradeTitle=Перед обновлением
kk.UpgradeTitle=Жаңартудың алдында
ky.UpgradeTitle=Жаңыртуудан мурун

en.UpgradeSubtitle=Grif %1 is installed on this computer; version %2 will replace it.
ru.UpgradeSubtitle=На компьютере установлен Grif %1; его заменит версия %2.
kk.UpgradeSubtitle=Компьютерде Grif %1 орнатылған; оның орнына %2 нұсқасы орнатылады.
ky.UpgradeSubtitle=Компьютерде Grif %1 орнотулган; анын ордуна %2 версиясы орнотулат.

en.UpgradeBackupWarning=Before you upgrade, make a backup of every register (Administration → Backups, or grif-cli backup) and keep it apart from this computer.%n%nThe registers, their key files (.keys) and the data folders stay as they are: the installer does not touch them. The first time the new version opens a register it makes and checks a backup of it by itself, and only then updates it; if the update fails, the register is left as it was and Grif says how to go back.
ru.UpgradeBackupWarning=Перед обновлением создайте резервную копию каждого реестра («Администрирование → Резервные копии» или grif-cli backup) и храните её отдельно от этого компьютера.%n%nРеестры, их файлы ключей (.keys) и папки данных остаются как есть: программа установки их не затрагивает. Новая версия при первом открытии реестра сама создаёт и проверяет его резервную копию и только после этого обновляет его; если обновление не удастся, реестр останется прежним, а Grif сообщит, как вернуться к прежней версии.
kk.UpgradeBackupWarning=Жаңартудың алдында әр тізілімнің резервтік көшірмесін жасаңыз («Әкімшілендіру → Резервтік көшірмелер» немесе grif-cli backup) және оны осы компьютерден бөлек сақтаңыз.%n%nТізілімдер, олардың кілт файлдары (.keys) және деректер қалталары өзгеріссіз қалады: орнату бағдарламасы оларға тиіспейді. Жаңа нұсқа тізілімді алғаш ашқанда оның резервтік көшірмесін өзі жасап, тексереді, содан кейін ғана оны жаңартады; жаңарту сәтсіз болса, тізілім бұрынғы күйінде қалады, ал Grif бұрынғы нұсқаға қалай оралуға болатынын айтады.
ky.UpgradeBackupWarning=Жаңыртуудан мурун ар бир реестрдин камдык көчүрмөсүн түзүңүз («Администрлөө → Камдык көчүрмөлөр» же grif-cli backup) жана аны бул компьютерден өзүнчө сактаңыз.%n%nРеестрлер, алардын ачкыч файлдары (.keys) жана маалыматтар папкалары өзгөрүүсүз калат: орнотуу программасы аларга тийбейт. Жаңы версия реестрди биринчи жолу ачканда анын камдык көчүрмөсүн өзү түзүп, текшерет жана ошондон кийин гана аны жаңыртат; жаңыртуу ишке ашпаса, реестр мурунку абалында калат, ал эми Grif мурунку версияга кантип кайтууну айтат.

en.DataKeptNote=Grif has been removed from this computer. The registers (.grif files), their key files (.keys), their backups and the users' Grif data folders (AppData\Local\Grif) have not been removed. Remove or destroy them only in the way your organisation prescribes.
ru.DataKeptNote=Grif удалён с компьютера. Реестры (файлы .grif), их файлы ключей (.keys), резервные копии и папки данных Grif пользователей (AppData\Local\Grif) не удалены. Удаляйте или уничтожайте их только в порядке, установленном в вашей организации.
kk.DataKeptNote=Grif компьютерден жойылды. Тізілімдер (.grif файлдары), олардың кілт файлдары (.keys), резервтік көшірмелер және пайдаланушылардың Grif деректер қалталары (AppData\Local\Grif) жойылған жоқ. Оларды тек ұйымыңызда белгіленген тәртіппен өшіріңіз немесе жойыңыз.
ky.DataKeptNote=Grif компьютерден өчүрүлдү. Реестрлер (.grif файлдары), алардын ачкыч файлдары (.keys), камдык көчүрмөлөр жана колдонуучулардын Grif маалыматтар папкалары (AppData\Local\Grif) өчүрүлгөн жок. Аларды уюмуңузда белгиленген тартипте гана өчүрүңүз же жок кылыңыз.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; GroupDescription: "{cm:ShortcutsGroup}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library or Qt plugin of the old version may stay
; beside the new one. Only the program's own folder is emptied; no user data lives there.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\grif.exe"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:GuideShortcut}"; Filename: "{app}\grif.exe"; Parameters: "--guide"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\grif.exe"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Code]
const
  UninstallKey = 'Software\Microsoft\Windows\CurrentVersion\Uninstall\{{#AppGuid}}_is1';

function GrifMessage(const Name: String): String;
begin
  Result := CustomMessage(Name);
  StringChangeEx(Result, '%n', #13#10, True);
end;

function InstalledVersion(): String;
begin
  Result := '';
  if not RegQueryStringValue(HKLM64, UninstallKey, 'DisplayVersion', Result) then
    Result := '';
end;

procedure InitializeWizard();
var
  Previous: String;
  UpgradePage: TOutputMsgWizardPage;
begin
  Previous := InstalledVersion();
  if Previous <> '' then
    UpgradePage := CreateOutputMsgPage(wpWelcome, GrifMessage('UpgradeTitle'),
      FmtMessage(GrifMessage('UpgradeSubtitle'), [Previous, '{#AppVersion}']),
      GrifMessage('UpgradeBackupWarning'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(GrifMessage('DataKeptNote'), mbInformation, MB_OK);
end;
