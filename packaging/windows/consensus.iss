; Inno Setup 6 script: the Windows installer around the PyInstaller folder (dist\consensus).
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\consensus /DOutputDir=..\..\dist packaging\windows\consensus.iss
; Installs for the current user by default (no administrator needed; the first page offers all users).
; The app's folder only: the workspace (%LOCALAPPDATA%\Consensus), the window's settings
; (HKCU\Software\Consensus) and the logs are the user's and are never touched by installing, updating
; (same AppId: the new version replaces the old in place) or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\consensus"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6B1F3C52-8E0A-4C1E-9D7B-3A5F2E8C4D19}
AppName=Consensus
AppVersion={#AppVersion}
AppVerName=Consensus {#AppVersion}
AppPublisher=The Consensus developers
DefaultDirName={autopf}\Consensus
DefaultGroupName=Consensus
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Consensus-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\consensus.ico
UninstallDisplayIcon={app}\Consensus.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the consensus-app command to PATH (for the command line)"; Flags: unchecked

[Files]
; Replace the whole folder on an update: a library left from an older version must not load.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Consensus"; Filename: "{app}\Consensus.exe"
Name: "{autodesktop}\Consensus"; Filename: "{app}\Consensus.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; \
    ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\Consensus.exe"; Parameters: "--demo"; Description: "Open Consensus on the demo workspace"; \
    Flags: nowait postinstall skipifsilent

[Code]
function NotOnPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
