[# th:insert="~{_header}" /]
#
# [(${t.c('verifyDisableIm.intro')})]
#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
# [(${t.c('common.ps2')})]
[CmdletBinding()]
param(
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c('common.rightShellOwa')})]
    if (-not (Get-Command Get-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw [(${t.q('verifyDisableIm.noCmdlet')})]
    }

    $directories = @(Get-OwaVirtualDirectory -ErrorAction Stop)
    if ($directories.Count -eq 0) {
        throw [(${t.q('common.noOwaDirectory')})]
    }
    $stillOn = @($directories | Where-Object { $_.InstantMessagingEnabled })
    $directories | Format-Table -Property 'Identity', 'InstantMessagingEnabled', 'InstantMessagingType' -AutoSize | Out-String | Write-Host
    if ($stillOn.Count -gt 0) {
        throw ([(${t.f('verifyDisableIm.stillOn', '(($stillOn | ForEach-Object { [string]$_.Identity }) -join '', '')')})])
    }

    Write-Host [(${t.q('disableIm.success')})]
    $exitCode = 0
}
[# th:insert="~{_end}" /]
