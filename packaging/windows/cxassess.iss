; Inno Setup script for the Windows installer; packaging/build runs it after PyInstaller.
; Installs per user by default (no administrator needed on a workshop laptop), adds the
; Start-menu entry, and opens .cxa files with cxassess on double-click.
#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
AppId={{6F1E4C2A-8B7D-4E2F-9C31-5A0D2B7E4C19}
AppName=cxassess
AppVersion={#Version}
AppPublisher=cxassess
AppComments=Customer-centric culture assessment
DefaultDirName={autopf}\cxassess
DefaultGroupName=cxassess
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=cxassess-{#Version}-windows-setup
SetupIconFile=..\..\build\icons\cxassess.ico
UninstallDisplayIcon={app}\cxassess.exe
WizardStyle=modern
Compression=lzma2
SolidCompression=yes

[Tasks]
Name: desktopicon; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "..\..\dist\cxassess\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\cxassess"; Filename: "{app}\cxassess.exe"
Name: "{autodesktop}\cxassess"; Filename: "{app}\cxassess.exe"; Tasks: desktopicon

[Registry]
; HKA is the current user's classes for a per-user install, the machine's for all users.
Root: HKA; Subkey: "Software\Classes\.cxa"; ValueType: string; ValueName: ""; ValueData: "cxassess.Assessment"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cxa\OpenWithProgids"; ValueType: string; ValueName: "cxassess.Assessment"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\cxassess.Assessment"; ValueType: string; ValueName: ""; ValueData: "cxassess assessment"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\cxassess.Assessment\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\cxassess.exe,0"
Root: HKA; Subkey: "Software\Classes\cxassess.Assessment\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\cxassess.exe"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\cxassess.exe\SupportedTypes"; ValueType: string; ValueName: ".cxa"; ValueData: ""

[Run]
Filename: "{app}\cxassess.exe"; Description: "{cm:LaunchProgram,cxassess}"; Flags: nowait postinstall skipifsilent
