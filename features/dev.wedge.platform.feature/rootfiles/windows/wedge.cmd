@echo off
rem Start script of an installed Wedge on Windows (the native Eclipse launcher is not on Maven Central).
rem   wedge [FILE.wedge]          open the workbench (on FILE)
rem   wedge COMMAND [args...]     run a command without the workbench: wedge help lists them
rem Java 21 or newer: JAVA_HOME, else java on PATH. JVM options: WEDGE_VMARGS (default -Xmx1g).
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
if not defined WEDGE_VMARGS set "WEDGE_VMARGS=-Xmx1g"
set "VMARGS=%WEDGE_VMARGS% -Djava.util.logging.config.file=%HERE%logging.properties"

set "FIRST=%~1"
if "%FIRST%"=="" goto workbench
for %%o in (--version -version --help -help -h) do if /i "%FIRST%"=="%%o" goto command
if "%FIRST:~0,1%"=="-" goto workbench
if exist "%FIRST%" goto workbench

:command
"%JAVA%" %VMARGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -application dev.wedge.core.cli -nosplash -data @none %*
exit /b %ERRORLEVEL%

:workbench
"%JAVA%" %VMARGS% -jar "%LAUNCHER%" -nosplash %*
exit /b %ERRORLEVEL%
