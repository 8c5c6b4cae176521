; Inno Setup 6 script for ClusterDesk (UTF-8 with a BOM: ISCC needs the BOM for the Russian text).  Built by installer/build.ps1, which passes the version
; from pyproject.toml:
;
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 installer\clusterdesk.iss
;
; Input: the one-folder bundle dist\ClusterDesk\ (installer/clusterdesk.spec).
; Output: dist\installer\ClusterDesk-<version>-setup.exe.
;
; Per-user by default: no administrator rights, installs to %LOCALAPPDATA%\Programs\ClusterDesk
; and registers the .cdpkg association under HKCU.  The first page lets someone with
; administrator rights install for all users instead (Program Files, HKLM).
; The user's data (%LOCALAPPDATA%\ClusterDesk: databases, backups, settings, logs) is never
; inside the program folder; uninstall keeps it unless the user says otherwise.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (installer/build.ps1 reads it from pyproject.toml)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#define AppName "ClusterDesk"
#define AppExe "ClusterDesk.exe"
#define AppUserModelID "ClusterDesk.ClusterDesk"
#define ProgId "ClusterDesk.FieldPackage"

[Setup]
; Keep AppId for ever: it is how an update finds the installed copy.
AppId={{9D185C97-6891-4C47-A097-10C41F914039}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoDescription={#AppName} Setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer.
MinVersion=10.0.17763
SetupIconFile=..\resources\icons\clusterdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
ChangesAssociations=yes
CloseApplications=yes
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
russian.AssociateTask=Открывать полевые пакеты (.cdpkg) в ClusterDesk
english.AssociateTask=Open field packages (.cdpkg) with ClusterDesk
russian.FieldPackage=Полевой пакет ClusterDesk
english.FieldPackage=ClusterDesk field package
russian.DemoShortcut=ClusterDesk — демонстрация
english.DemoShortcut=ClusterDesk — demo
russian.DeleteDataQuestion=Удалить и данные ClusterDesk этого пользователя — базу данных, резервные копии, настройки и журналы в папке
english.DeleteDataQuestion=Also delete this user's ClusterDesk data — the database, backups, settings and logs in
russian.DeleteDataHint=Если не уверены, нажмите «Нет»: данные останутся, и новая установка их подхватит.
english.DeleteDataHint=If unsure, answer No: the data stays and a new install picks it up.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "association"; Description: "{cm:AssociateTask}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An update replaces the whole bundle, so no module of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\ClusterDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"
Name: "{autoprograms}\{cm:DemoShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\.cdpkg"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.cdpkg\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FieldPackage}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --field ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".cdpkg"; ValueData: ""; Flags: uninsdeletekey; Tasks: association

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The user's data folder (app/paths.py: platformdirs' user_data_dir on Windows).  Uninstall
  keeps it: asked interactively with «No» as the default; a silent uninstall keeps it unless
  run with /PURGEDATA (for IT staff removing the program from a shared PC). }
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

function HasSwitch(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Purge: Boolean;
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) then
  begin
    if UninstallSilent() then
      Purge := HasSwitch('/PURGEDATA')
    else
      Purge := SuppressibleMsgBox(CustomMessage('DeleteDataQuestion') + #13#10#13#10 +
                                  DataFolder() + '?' + #13#10#13#10 + CustomMessage('DeleteDataHint'),
                                  mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
    if Purge then
      DelTree(DataFolder(), True, True, True);
  end;
end;
