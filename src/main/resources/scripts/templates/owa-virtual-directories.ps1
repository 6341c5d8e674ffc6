[# th:insert="~{_header}" /]
#
# [(${t.c('owaDirs.intro')})]
[# th:if="${hasCas}"]# [(${t.c('owaDirs.namedCas')})]
[/]# [(${t.c('owaDirs.idempotent')})]
# [(${t.c('exchange.errorActionStop')})]
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})]),
    # [(${t.ci('before.path', '    # ')})]
    [string]$BeforePath = ''
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c(ex2016 ? 'owaDirs.planValues2016' : 'owaDirs.planValues')})]
$ClientAccessServers = [(${q.clientAccessServers})]

# [(${t.ci(ex2016 ? 'owaDirs.version2016' : 'exchange.version2013', '# ')})]
function Test-Exchange2013($ExchangeServer) {
    return ([string]$ExchangeServer.AdminDisplayVersion -match [(${exVersionPattern})])
}

[# th:insert="~{_common}" /]
[# th:insert="~{_before}" /]
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
            # [(${t.c(ex2016 ? 'owaDirs.rightServer2016' : 'owaDirs.rightServer')})]
            $exchangeServer = Get-ExchangeServer -Identity $server -ErrorAction Stop
            if (-not $exchangeServer.IsClientAccessServer -or -not (Test-Exchange2013 $exchangeServer)) {
                throw ([(${t.f(ex2016 ? 'owaDirs.notServer2016' : 'common.notCas2013', '$server')})])
            }
            $directories += @(Get-OwaVirtualDirectory -Server $server -ErrorAction Stop)
        }
    }
    else {
        # [(${t.ci(ex2016 ? 'owaDirs.only2016' : 'owaDirs.only2013', '        # ')})]
        $versions = @{}
        foreach ($directory in @(Get-OwaVirtualDirectory -ErrorAction Stop)) {
            $serverName = [string]$directory.Server
            if (-not $versions.ContainsKey($serverName)) {
                $versions[$serverName] = Test-Exchange2013 (Get-ExchangeServer -Identity $serverName -ErrorAction Stop)
            }
            if ($versions[$serverName]) {
                $directories += $directory
            }
            else {
                Write-Host ([(${t.f(ex2016 ? 'owaDirs.skippedNot2016' : 'owaDirs.skippedNot2013', '[string]$directory.Identity')})])
            }
        }
    }
    if ($directories.Count -eq 0) {
        throw [(${t.q(ex2016 ? 'owaDirs.noDirectory2016' : 'owaDirs.noDirectory2013')})]
    }

    foreach ($directory in $directories) {
        $identity = [string]$directory.Identity
        if ($directory.InstantMessagingEnabled -and [string]$directory.InstantMessagingType -eq 'Ocs') {
            Write-Host ([(${t.f('common.alreadyEnabled', '$identity')})])
            continue
        }
        if (Test-Change $identity 'Set-OwaVirtualDirectory -InstantMessagingEnabled $true -InstantMessagingType OCS ([(${ex2016 ? 'P-8.10' : 'P-3.1'})])') {
            Save-Before 'OwaVirtualDirectory' $directory @('InstantMessagingEnabled', 'InstantMessagingType')
            Set-OwaVirtualDirectory -Identity $identity -InstantMessagingEnabled $true -InstantMessagingType OCS -Confirm:$false -ErrorAction Stop
            # [(${t.c('exchange.readBack')})]
            $after = Get-OwaVirtualDirectory -Identity $identity -ErrorAction Stop
            if (-not ($after.InstantMessagingEnabled -and [string]$after.InstantMessagingType -eq 'Ocs')) {
                throw ([(${t.f('exchange.directoryReadBackFailed', '$identity', '$after.InstantMessagingEnabled', '$after.InstantMessagingType')})])
            }
            Write-Host ([(${t.f('common.enabled', '$identity')})])
        }
    }

    Complete-Change [(${t.q('owaDirs.success')})]
    $exitCode = 0
}
[# th:insert="~{_end}" /]
