@echo off
rem Start script of an installed Wedge on Windows (the native Eclipse launcher is not on Maven Central).
rem   wedge [FILE.wedge]          open the workbench (on FILE)
rem   wedge COMMAND [args...]     run a command without the workbench: wedge help lists them
rem   wedge --version, wedge --help (also -h)   Wedge's version and plug-ins, the commands: on the console
rem Java 21 or newer: JAVA_HOME, else java on PATH. Memory: the heap may grow to half the machine's memory;
rem WEDGE_VMARGS=-Xmx4g (or any JVM options) overrides. Out of memory, a command stops at once with exit code 71.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
set "JAVA_MAJOR="
if not defined JAVA_HOME goto pathjava
set "JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%JAVA%" goto nojava
rem the version from the JDK's release file (no JVM started for it), as the Linux script reads it
if exist "%JAVA_HOME%\release" for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release"') do for /f "delims=." %%m in (%%v) do set "JAVA_MAJOR=%%m"
if defined JAVA_MAJOR if %JAVA_MAJOR% LSS 21 goto nojava
goto javafound
:pathjava
where java >nul 2>nul || goto nojava
:javafound
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER goto nolauncher
set "VMARGS=-XX:MaxRAMPercentage=50 %WEDGE_VMARGS% -Djava.util.logging.config.file=%HERE%logging.properties -Dslf4j.internal.verbosity=ERROR -Dwedge.launcher=%HERE%wedge.cmd"

set "FIRST=%~1"
if "%FIRST%"=="" goto workbench
rem answered on the console as on Linux and macOS: Windows always has a display, but these never open the workbench
for %%o in (--version -version --help -help -h) do if /i "%FIRST%"=="%%o" goto command
if "%FIRST:~0,1%"=="-" goto workbench
if exist "%FIRST%" if not exist "%FIRST%\*" goto workbench

:command
set "OOM_MARK=%TEMP%\wedge-out-of-memory-%RANDOM%%RANDOM%"
if exist "%OOM_MARK%" del "%OOM_MARK%"
"%JAVA%" %VMARGS% -XX:+ExitOnOutOfMemoryError "-XX:OnOutOfMemoryError=cmd /c type nul > %OOM_MARK%" -Djava.awt.headless=true -jar "%LAUNCHER%" -application dev.wedge.core.cli -nosplash -data @none %*
set "RC=%ERRORLEVEL%"
if exist "%OOM_MARK%" (
  del "%OOM_MARK%"
  echo wedge %1: Wedge ran out of memory and stopped before the command finished; start it with more, for example WEDGE_VMARGS=-Xmx8g. 1>&2
  exit /b 71
)
exit /b %RC%

:workbench
rem the workbench asks for a restart (exit code 23) after a plug-in was installed, updated or removed
"%JAVA%" %VMARGS% -jar "%LAUNCHER%" -nosplash %*
if %ERRORLEVEL%==23 goto workbench
exit /b %ERRORLEVEL%

:nojava
rem the sentences are outside a block, so that a folder with parentheses, C:\Program Files (x86)\..., is printed as it is
if defined JAVA_MAJOR echo wedge: JAVA_HOME (%JAVA_HOME%) is Java %JAVA_MAJOR%; Wedge needs Java 21 or newer: set JAVA_HOME to one. 1>&2
if not defined JAVA_MAJOR if defined JAVA_HOME echo wedge: JAVA_HOME (%JAVA_HOME%) has no bin\java.exe; set JAVA_HOME to a Java 21 or newer. 1>&2
if not defined JAVA_HOME echo wedge: Wedge needs Java 21 or newer, and there is no java on the PATH; set JAVA_HOME to one. 1>&2
exit /b 2

:nolauncher
echo wedge: this installation is incomplete (no launcher in %HERE%plugins). 1>&2
exit /b 2
