@echo off
rem Start script of an installed Wedge on Windows (the native Eclipse launcher is not on Maven Central).
rem   wedge [FILE.wedge]          open the workbench (on FILE)
rem   wedge COMMAND [args...]     run a command without the workbench: wedge help lists them
rem Java 21 or newer: JAVA_HOME, else java on PATH. Memory: the heap may grow to half the machine's memory;
rem WEDGE_VMARGS=-Xmx4g (or any JVM options) overrides. Out of memory, a command stops at once with exit code 71.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (
  echo wedge: this installation is incomplete ^(no launcher in %HERE%plugins^). 1>&2
  exit /b 2
)
set "VMARGS=-XX:MaxRAMPercentage=50 %WEDGE_VMARGS% -Djava.util.logging.config.file=%HERE%logging.properties -Dslf4j.internal.verbosity=ERROR"

set "FIRST=%~1"
if "%FIRST%"=="" goto workbench
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
