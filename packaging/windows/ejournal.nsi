; The Windows installer of «Электронный журнал» (NSIS 3, Unicode). Built on a Windows PC by build.cmd after
; PyInstaller, or anywhere makensis runs:
;   makensis -DPAYLOAD=..\..\dist\ejournal -DVERSION=0.1.0 -DOUTFILE=..\..\dist\ejournal-setup-0.1.0.exe ejournal.nsi
; Per machine into Program Files; Start-menu entries «Электронный журнал» and «Журнал — командная строка»;
; ejournal-cli.exe (the console program the documents name) on the system PATH; an optional page that sets up
; the weekly backup (ejournal-cli backup schedule); the uninstaller removes the program only, never the
; school's data (%LOCALAPPDATA%\ejournal-desktop of each user).

Unicode true
ManifestDPIAware true
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\ejournal"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\ejournal-setup-${VERSION}.exe"
!endif
!define APPNAME "Электронный журнал"
!define CLINAME "Журнал — командная строка"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ejournal"
!define ENVKEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "nsDialogs.nsh"
!include "StrFunc.nsh"
!include "x64.nsh"
!include "WinMessages.nsh"
${StrStr}
${UnStrRep}

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\ejournal"
InstallDirRegKey HKLM "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1049 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1049 "FileDescription" "Установка программы «${APPNAME}»"
VIAddVersionKey /LANG=1049 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1049 "LegalCopyright" "MIT"

!define MUI_ICON "..\..\resources\icons\ejournal.ico"
!define MUI_UNICON "..\..\resources\icons\ejournal.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
Page custom SchedulePage SchedulePageLeave
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\ejournal.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Запустить «${APPNAME}»"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Russian"

Var Dialog
Var DayBox
Var TimeBox
Var Drive1Box
Var Drive2Box
Var LoginBox
Var Day
Var Time
Var Drive1
Var Drive2
Var Login

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Программа работает только в 64-разрядной Windows 10 или 11."
    Abort
  ${EndIf}
  SetRegView 64
  StrCpy $Day "fri"
  StrCpy $Time "18:00"
  StrCpy $Drive1 "E:\ejournal-backups"
  StrCpy $Drive2 "F:\ejournal-backups"
  StrCpy $Login "admin"
FunctionEnd

Section "Программа" SecProgram
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\ejournal.exe" "" "$INSTDIR\ejournal.exe" 0
  CreateShortcut "$SMPROGRAMS\${CLINAME}.lnk" "$SYSDIR\cmd.exe" \
    '/k "cd /d %USERPROFILE% && "$INSTDIR\ejournal-cli.exe" --help"' "$INSTDIR\ejournal-cli.exe" 0

  ; ejournal-cli on the system PATH (the name the recovery sheet, the help and README use).
  ReadRegStr $0 HKLM "${ENVKEY}" "Path"
  ${StrStr} $1 "$0" "$INSTDIR"
  ${If} $1 == ""
    StrLen $2 "$0"
    ${If} $2 > 900
      ; NSIS strings are 1024 characters: a longer PATH would be cut. Say what to add by hand.
      MessageBox MB_ICONINFORMATION "Переменная PATH слишком длинная для автоматического изменения. Добавьте в неё \
        вручную папку $INSTDIR, чтобы команда ejournal-cli работала в любой командной строке."
    ${Else}
      WriteRegExpandStr HKLM "${ENVKEY}" "Path" "$0;$INSTDIR"
      SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
    ${EndIf}
  ${EndIf}
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\App Paths\ejournal-cli.exe" "" "$INSTDIR\ejournal-cli.exe"

  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\ejournal.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section /o "Еженедельная резервная копия по расписанию" SecSchedule
  ; The administrator types the password in the console; without the key kept on this PC
  ; (ejournal-cli --user admin keyring on) the program refuses and says why.
  ExecWait '"$SYSDIR\cmd.exe" /k ""$INSTDIR\ejournal-cli.exe" --user $Login backup schedule --weekly $Day $Time --to "$Drive1" --to "$Drive2""'
SectionEnd

LangString DESC_Program ${LANG_RUSSIAN} "Программа, ярлыки в меню «Пуск» и команда ejournal-cli."
LangString DESC_Schedule ${LANG_RUSSIAN} "Задание планировщика Windows: резервная копия базы на два носителя раз в неделю. \
  Нужно, чтобы ключ базы хранился на этом компьютере."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} $(DESC_Program)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecSchedule} $(DESC_Schedule)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function SchedulePage
  ${IfNot} ${SectionIsSelected} ${SecSchedule}
    Abort
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "Резервная копия по расписанию" "Положение требует копию раз в неделю на два внешних носителя."
  nsDialogs::Create 1018
  Pop $Dialog
  ${NSD_CreateLabel} 0 0 100% 12u "День недели (mon…sun) и время:"
  ${NSD_CreateDropList} 0 14u 40% 80u ""
  Pop $DayBox
  ${NSD_CB_AddString} $DayBox "mon"
  ${NSD_CB_AddString} $DayBox "tue"
  ${NSD_CB_AddString} $DayBox "wed"
  ${NSD_CB_AddString} $DayBox "thu"
  ${NSD_CB_AddString} $DayBox "fri"
  ${NSD_CB_AddString} $DayBox "sat"
  ${NSD_CB_SelectString} $DayBox $Day
  ${NSD_CreateText} 45% 14u 25% 12u $Time
  Pop $TimeBox
  ${NSD_CreateLabel} 0 34u 100% 12u "Папка на первом носителе:"
  ${NSD_CreateText} 0 48u 100% 12u $Drive1
  Pop $Drive1Box
  ${NSD_CreateLabel} 0 66u 100% 12u "Папка на втором носителе:"
  ${NSD_CreateText} 0 80u 100% 12u $Drive2
  Pop $Drive2Box
  ${NSD_CreateLabel} 0 98u 100% 12u "Логин администратора журнала (пароль спросит командная строка):"
  ${NSD_CreateText} 0 112u 40% 12u $Login
  Pop $LoginBox
  nsDialogs::Show
FunctionEnd

Function SchedulePageLeave
  ${NSD_GetText} $DayBox $Day
  ${NSD_GetText} $TimeBox $Time
  ${NSD_GetText} $Drive1Box $Drive1
  ${NSD_GetText} $Drive2Box $Drive2
  ${NSD_GetText} $LoginBox $Login
  ${If} $Drive1 == $Drive2
    MessageBox MB_ICONEXCLAMATION "Укажите два разных носителя."
    Abort
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  ; The program only: the school's database, its key files and backups live in each user's
  ; %LOCALAPPDATA%\ejournal-desktop and on the drives, and stay.
  ; The scheduled backups of the user who uninstalls would start a program that is gone: removed first.
  nsExec::Exec '"$INSTDIR\ejournal-cli.exe" backup schedule --remove weekly'
  Pop $0
  nsExec::Exec '"$INSTDIR\ejournal-cli.exe" backup schedule --remove monthly'
  Pop $0
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${CLINAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\ejournal.exe"
  Delete "$INSTDIR\ejournal-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ReadRegStr $0 HKLM "${ENVKEY}" "Path"
  ${UnStrRep} $1 "$0" ";$INSTDIR" ""
  ${If} $1 != $0
    WriteRegExpandStr HKLM "${ENVKEY}" "Path" "$1"
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  ${EndIf}
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\App Paths\ejournal-cli.exe"
  DeleteRegKey HKLM "${UNINSTKEY}"
SectionEnd
