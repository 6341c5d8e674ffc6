[# th:insert="~{_header}" /]
#
# [(${t.c('disableIm.intro')})]
# [(${t.c('exchange.errorActionStop')})]
#Requires -Version [(${ex2010 ? '2.0' : '3.0'})]
# [(${t.c('common.ps2')})]
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('disableIm.transcript')})]
[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c('common.rightShellOwa')})]
    if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw [(${t.q('common.noSetOwaVirtualDirectory')})]
    }

    # [(${t.c('disableIm.frontEnd')})]
    $directories = @(Get-OwaVirtualDirectory -ErrorAction Stop)
    if ($directories.Count -eq 0) {
        throw [(${t.q('common.noOwaDirectory')})]
    }
    foreach ($directory in $directories) {
        $identity = [string]$directory.Identity
        if (-not $directory.InstantMessagingEnabled) {
            Write-Host ([(${t.f('disableIm.alreadyOff', '$identity')})])
            continue
        }
        if (Test-Change $identity [(${t.q('disableIm.action')})]) {
            Set-OwaVirtualDirectory -Identity $identity -InstantMessagingEnabled $false -Confirm:$false -ErrorAction Stop
            # [(${t.c('exchange.readBack')})]
            $after = Get-OwaVirtualDirectory -Identity $identity -ErrorAction Stop
            if ($after.InstantMessagingEnabled) {
                throw ([(${t.f('exchange.directoryReadBackFailed', '$identity', '$after.InstantMessagingEnabled', '$after.InstantMessagingType')})])
            }
            Write-Host ([(${t.f('disableIm.switchedOff', '$identity')})])
        }
    }

    Complete-Change [(${t.q('disableIm.success')})]
    $exitCode = 0
}
[# th:insert="~{_end}" /]
