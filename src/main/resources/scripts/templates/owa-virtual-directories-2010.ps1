[# th:insert="~{_header}" /]
#
# [(${t.c('owaDirs2010.intro')})]
#Requires -Version 2.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    # [(${t.c('owaDirs2010.skipIisReset')})]
    [switch]$SkipIisReset,
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('common.planValues')})]
$ClientAccessServers = [(${q.clientAccessServers})]
# [(${t.c('owaDirs2010.imServerName')})]
$ImServerName = [(${q.imServerName})]
# [(${t.c('owaDirs2010.thumbprint')})]
$CertificateThumbprint = [(${q.thumbprint})]

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c('common.rightShellOwa')})]
    if (-not (Get-Command Set-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw [(${t.q('owaDirs2010.noCmdlet')})]
    }
    # [(${t.c('owaDirs2010.rightServer')})]
    foreach ($server in $ClientAccessServers) {
        $exchangeServer = Get-ExchangeServer -Identity $server
        if (-not $exchangeServer.IsClientAccessServer -or [string]$exchangeServer.AdminDisplayVersion -notlike 'Version 14*') {
            throw ([(${t.f('owaDirs2010.notCas2010', '$server')})])
        }
    }

    foreach ($server in $ClientAccessServers) {
        # [(${t.c('owaDirs2010.identity')})]
        $shortName = $server.Split('.')[0]
        $identity = $shortName + '\owa (Default Web Site)'
        $directory = Get-OwaVirtualDirectory -Identity $identity
        $same = $directory.InstantMessagingEnabled -and
            [string]$directory.InstantMessagingType -eq 'Ocs' -and
            [string]$directory.InstantMessagingServerName -eq $ImServerName -and
            [string]$directory.InstantMessagingCertificateThumbprint -eq $CertificateThumbprint
        if ($same) {
            Write-Host ([(${t.f('owaDirs2010.alreadySet', '$identity')})])
            continue
        }
        if (Test-Change $identity ([(${t.q('owaDirs2010.action')})])) {
            Set-OwaVirtualDirectory -Identity $identity -InstantMessagingEnabled $true -InstantMessagingType OCS `
                -InstantMessagingServerName $ImServerName -InstantMessagingCertificateThumbprint $CertificateThumbprint -Confirm:$false
            Write-Host ([(${t.f('owaDirs2010.set', '$identity')})])
        }
    }

    # [(${t.c('owaDirs2010.iisReset')})]
    $thisComputer = ([System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName())).HostName.ToLowerInvariant()
    if ($SkipIisReset) {
        Write-Warning [(${t.q('owaDirs2010.skipped')})]
    }
    elseif ($ClientAccessServers -notcontains $thisComputer) {
        Write-Warning ([(${t.f('owaDirs2010.otherComputer', '$thisComputer')})])
    }
    elseif (Test-Change $thisComputer 'iisreset /noforce (P-7.5)') {
        & "$env:windir\System32\iisreset.exe" /noforce
        if ($LASTEXITCODE -ne 0) {
            throw ([(${t.f('owaDirs2010.iisResetFailed', '$LASTEXITCODE')})])
        }
        Write-Host [(${t.q('owaDirs2010.iisResetDone')})]
    }

    Complete-Change [(${t.q('owaDirs2010.success')})]
    $exitCode = 0
}
[# th:insert="~{_end}" /]
