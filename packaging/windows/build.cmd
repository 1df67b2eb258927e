@echo off
rem Build the Windows installer on a Windows 10/11 PC with Python 3.11 (python.org) and NSIS 3 (nsis.sourceforge.io):
rem   packaging\windows\build.cmd
rem gives dist\ejournal (the program, smoke-tested) and dist\ejournal-setup-VERSION.exe.
setlocal
cd /d "%~dp0\..\.."
if not exist .venv\Scripts\python.exe py -3.11 -m venv .venv || goto :error
.venv\Scripts\python -m pip install --quiet -e ".[test,package]" || goto :error
.venv\Scripts\python -m ejournal_desktop.ui.translations compile || goto :error
.venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\ejournal.spec || goto :error
.venv\Scripts\python packaging\smoke_test.py dist\ejournal || goto :error
for /f %%v in ('.venv\Scripts\python -c "import ejournal_desktop; print(ejournal_desktop.__version__)"') do set VERSION=%%v
set MAKENSIS=makensis
if exist "%ProgramFiles(x86)%\NSIS\makensis.exe" set MAKENSIS="%ProgramFiles(x86)%\NSIS\makensis.exe"
%MAKENSIS% /DVERSION=%VERSION% /DPAYLOAD=%CD%\dist\ejournal /DOUTFILE=%CD%\dist\ejournal-setup-%VERSION%.exe packaging\windows\ejournal.nsi || goto :error
echo Installer: dist\ejournal-setup-%VERSION%.exe
exit /b 0
:error
echo Build failed (exit %errorlevel%).
exit /b 1
