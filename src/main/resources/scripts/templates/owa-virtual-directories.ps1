[# th:insert="~{_header}" /]
#
# [(${t.c('owaDirs.intro')})]
[# th:if="${hasCas}"]# [(${t.c('owaDirs.namedCas')})]
[/]# [(${t.c('owaDirs.idempotent')})]
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('owaDirs.planValues')})]
$ClientAccessServers = [(${q.clientAccessServers})]

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c('common.rightShellOwa')})]
    if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw [(${t.q('common.noSetOwaVirtualDirectory')})]
    }

    $directories = @()
    if ($ClientAccessServers.Count -gt 0) {
        foreach ($server in $ClientAccessServers) {
            # [(${t.c('owaDirs.rightServer')})]
            $exchangeServer = Get-ExchangeServer -Identity $server
            if (-not $exchangeServer.IsClientAccessServer -or [string]$exchangeServer.AdminDisplayVersion -notlike 'Version 15*') {
                throw ([(${t.f('common.notCas2013', '$server')})])
            }
            $directories += @(Get-OwaVirtualDirectory -Server $server)
        }
    }
    else {
        $directories = @(Get-OwaVirtualDirectory)
    }
    if ($directories.Count -eq 0) {
        throw [(${t.q('common.noOwaDirectory')})]
    }

    foreach ($directory in $directories) {
        if ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') {
            Write-Host ([(${t.f('common.alreadyEnabled', '$directory.Identity')})])
            continue
        }
        if (Test-Change ([string]$directory.Identity) 'Set-OwaVirtualDirectory -InstantMessagingEnabled $true -InstantMessagingType OCS (P-3.1)') {
            Set-OwaVirtualDirectory -Identity $directory.Identity -InstantMessagingEnabled $true -InstantMessagingType OCS -Confirm:$false
            Write-Host ([(${t.f('common.enabled', '$directory.Identity')})])
        }
    }

    Complete-Change [(${t.q('owaDirs.success')})]
    $exitCode = 0
}
[# th:insert="~{_end}" /]
