<#
.SYNOPSIS
  Build the ClusterDesk Windows installer: dist\installer\ClusterDesk-<version>-setup.exe.

.DESCRIPTION
  On a Windows 10/11 x64 machine with Python 3.11 (python.org, "py" launcher) and Inno Setup 6:
    1. a clean virtual environment in build\venv-win with the program and PyInstaller;
    2. the Russian translation compiled to app\i18n\*.qm;
    3. the one-folder bundle dist\ClusterDesk\ from installer\clusterdesk.spec;
    4. a quick self-check of the bundle (clusterdesk-cli.exe --version and check);
    5. the installer from installer\clusterdesk.iss, with the version from pyproject.toml.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build.ps1
  powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Iscc "D:\Tools\Inno Setup 6\ISCC.exe"
  powershell -ExecutionPolicy Bypass -File installer\build.ps1 -BundleOnly
  powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Python C:\Python311\python.exe
#>
param(
    [string]$Python = "",   # python.exe to make the venv with; default: the "py -3.11" launcher
    [string]$Iscc = "",
    [switch]$BundleOnly
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
$root = Get-Location

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# The version comes from pyproject.toml only (app/__init__.py carries the same number).
$version = (Select-String -Path pyproject.toml -Pattern '^version\s*=\s*"([^"]+)"').Matches[0].Groups[1].Value
$numbers = @([regex]::Matches($version, '\d+') | ForEach-Object { $_.Value }) + @('0', '0', '0', '0')
$numeric = ($numbers[0..3]) -join '.'
Write-Host "== ClusterDesk $version ($numeric)"

$venv = Join-Path $root "build\venv-win"
$py = Join-Path $venv "Scripts\python.exe"
if (-not (Test-Path $py)) {
    Write-Host "== virtual environment in $venv"
    if ($Python) { Invoke-Checked $Python @("-m", "venv", $venv) }
    else { Invoke-Checked "py" @("-3.11", "-m", "venv", $venv) }
}
Invoke-Checked $py @("-m", "pip", "install", "-q", "--upgrade", "pip")
# Editable, so PyInstaller freezes the app from this checkout (the spec puts it first anyway).
Invoke-Checked $py @("-m", "pip", "install", "-q", "-e", ".", "pyinstaller>=6.10,<7")

Write-Host "== translations"
Invoke-Checked $py @("scripts\build_translations.py", "build")

Write-Host "== bundle (PyInstaller)"
$started = Get-Date
if (Test-Path dist\ClusterDesk) { Remove-Item -Recurse -Force dist\ClusterDesk }
Invoke-Checked $py @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                     "--distpath", "dist", "--workpath", "build\pyinstaller", "installer\clusterdesk.spec")
$size = (Get-ChildItem -Recurse -File dist\ClusterDesk | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("   dist\ClusterDesk: {0:N0} MiB in {1:N0} s" -f $size, ((Get-Date) - $started).TotalSeconds)

Write-Host "== self-check of the bundle"
$check = Join-Path $env:TEMP ("clusterdesk-build-check-" + [guid]::NewGuid())
New-Item -ItemType Directory $check | Out-Null
$env:CLUSTERDESK_HOME = $check
try {
    Push-Location $check  # not the source tree
    Invoke-Checked "$root\dist\ClusterDesk\clusterdesk-cli.exe" @("--version")
    Invoke-Checked "$root\dist\ClusterDesk\clusterdesk-cli.exe" @("--db", "$check\new.sqlite3", "check")
} finally {
    Pop-Location
    Remove-Item Env:\CLUSTERDESK_HOME
    Remove-Item -Recurse -Force $check
}
if ($BundleOnly) { exit 0 }

Write-Host "== installer (Inno Setup)"
if (-not $Iscc) {
    $candidates = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")
    $Iscc = $candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $Iscc) { $Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source }
    if (-not $Iscc) { throw "ISCC.exe not found: install Inno Setup 6 or pass -Iscc PATH" }
}
Invoke-Checked $Iscc @("/Q", "/DAppVersion=$version", "/DAppVersionNumeric=$numeric", "installer\clusterdesk.iss")
$setup = "dist\installer\ClusterDesk-$version-setup.exe"
Write-Host ("== done: $setup ({0:N0} MiB)" -f ((Get-Item $setup).Length / 1MB))
